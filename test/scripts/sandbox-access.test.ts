/** What npm run sandbox prints at the end: computed from the local sandbox's model. */
import { localSandboxModel, sandboxAccess } from '../../stacks/sandbox-access';

describe('sandbox access', () => {
  const options = { stack: 'sandbox-local', key: '.sandbox/ssh/id_ed25519', destroy: 'npm run sandbox:destroy' };

  it('gives psql URLs of 5433 and 5434 on the VIPs, the portal with its Host header, SSH and the way out', () => {
    expect(sandboxAccess(localSandboxModel('sandbox-local'), options)).toEqual([
      'sandbox-local is up: meta 10.10.10.10, node-1 10.10.10.11, node-2 10.10.10.12, node-3 10.10.10.13',
      '',
      'psql postgres://dbuser_meta:DBUser.Meta@10.10.10.2:5433/meta   # pg-meta read-write, pooled',
      'psql postgres://dbuser_meta:DBUser.Meta@10.10.10.2:5434/meta   # pg-meta read-only, replicas',
      'psql postgres://dbuser_test:DBUser.Test@10.10.10.3:5433/test   # pg-test read-write, pooled',
      'psql postgres://dbuser_test:DBUser.Test@10.10.10.3:5434/test   # pg-test read-only, replicas',
      "curl -H 'Host: p.pigsty' http://10.10.10.10/   # Prometheus, through the portal on meta",
      "curl -H 'Host: a.pigsty' http://10.10.10.10/   # Alertmanager",
      'ssh -i .sandbox/ssh/id_ed25519 dba@10.10.10.11   # then: sudo patronictl -c /etc/patroni/patroni.yml list',
      '',
      "These are the sandbox's documented demo passwords. Remove it with: npm run sandbox:destroy",
    ]);
  });

  it('lists the three meta nodes of sandbox-local-3meta', () => {
    expect(sandboxAccess(localSandboxModel('sandbox-local-3meta'), { ...options, stack: 'sandbox-local-3meta' })[0]).toBe(
      'sandbox-local-3meta is up: meta-1 10.10.10.10, meta-2 10.10.10.14, meta-3 10.10.10.15, node-1 10.10.10.11, node-2 10.10.10.12, node-3 10.10.10.13',
    );
  });
});
