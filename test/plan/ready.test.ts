/**
 * The ready step's commands, run by bash against stand-ins for the node's sudo, cloud-init,
 * systemctl, journalctl and tail: a failed first boot is reported with cloud-init's status, every
 * failed unit and the end of its journal, and the output log; a good one only says so.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildModel, sandboxSpec } from '../../lib/model';
import { planDeployment, readyId } from '../../lib/plan';
import { TEST_KEYS, TEST_SSH_KEY, TEST_TRAITS } from '../helpers/fixtures';

const plan = planDeployment(buildModel(sandboxSpec([TEST_SSH_KEY])), TEST_TRAITS, TEST_KEYS);
const ready = plan.steps.find((step) => step.id === readyId('meta'))!;
if (ready.run.kind !== 'inline') throw new Error('ready runs inline commands');
const commands = ready.run.commands;

function onNode(cloudInitFails: boolean): { status: number | null; out: string } {
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-ready-'));
  const stub = (name: string, body: string) => fs.writeFileSync(path.join(bin, name), `#!/bin/bash\n${body}\n`, { mode: 0o755 });
  stub('sudo', '[ "$1" = -n ] && shift; exec "$@"');
  stub(
    'cloud-init',
    `if [ "$2" = --wait ]; then echo status: ${cloudInitFails ? 'error' : 'done'}; exit ${cloudInitFails ? 1 : 0}; fi; echo 'status: error'; echo 'errors: runcmd failed'`,
  );
  stub(
    'systemctl',
    `[ "$*" = "list-units --state=failed --no-legend --plain" ] || exit 3
echo 'systemd-tmpfiles-setup.service loaded failed failed Create Volatile Files and Directories'
echo 'haproxy.service loaded failed failed HAProxy Load Balancer'`,
  );
  stub('journalctl', '[ "$1 $3 $4 $5" = "-u -n 12 --no-pager" ] || exit 3; echo "journal of $2: Main process exited, status=219/CGROUP"');
  stub('tail', 'echo "end of $3"');
  stub('hostname', 'echo meta');
  const result = spawnSync('/bin/bash', ['-c', commands.join('\n')], { encoding: 'utf8', env: { PATH: `${bin}:/usr/bin:/bin`, HOME: bin } });
  fs.rmSync(bin, { recursive: true, force: true });
  return { status: result.status, out: result.stdout + result.stderr };
}

describe('the ready step', () => {
  it('names every failed unit with the end of its journal when first boot failed, and fails', () => {
    const { status, out } = onNode(true);
    expect(status).toBe(1);
    expect(out).toBe(
      [
        'status: error',
        'errors: runcmd failed',
        'failed unit systemd-tmpfiles-setup.service:',
        'journal of systemd-tmpfiles-setup.service: Main process exited, status=219/CGROUP',
        'failed unit haproxy.service:',
        'journal of haproxy.service: Main process exited, status=219/CGROUP',
        'end of /var/log/cloud-init-output.log',
        '',
      ].join('\n'),
    );
  });

  it('says cloud-init is done when it is', () => {
    expect(onNode(false)).toEqual({ status: 0, out: 'cloud-init done on meta\n' });
  });
});
