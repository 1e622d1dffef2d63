import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { buildUserData, sizeOf } from '../../lib/cloudinit';
import { renderAllNodes, sandboxModel } from '../helpers/fixtures';
import { requireProgram, runOk } from '../helpers/programs';

describe('user-data', () => {
  const d = sandboxModel();
  const [meta, node1, node2] = renderAllNodes(d);
  const doc = (config: typeof meta) => parse(buildUserData(d, config));

  it('creates the admin user with the keys, sudo and no password', () => {
    expect(doc(node1).users).toEqual([
      expect.objectContaining({ name: 'dba', sudo: 'ALL=(ALL) NOPASSWD:ALL', lock_passwd: true, ssh_authorized_keys: d.admin.sshKeys }),
    ]);
  });

  it('turns password logins off with an sshd drop-in written before sshd starts, which the real sshd applies', () => {
    // Not cloud-init's ssh_pwauth: that restarts ssh in the middle of first boot.
    expect(doc(node1)).not.toHaveProperty('ssh_pwauth');
    const dropIn = (doc(node1).write_files as { path: string; content: string; defer?: boolean }[]).find((f) => f.path.startsWith('/etc/ssh/sshd_config.d/'))!;
    expect(dropIn).toMatchObject({ path: '/etc/ssh/sshd_config.d/10-pigsty.conf' });
    expect(dropIn.defer).toBeUndefined();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-sshd-'));
    try {
      fs.writeFileSync(path.join(dir, '10-pigsty.conf'), dropIn.content);
      // As Debian 12's sshd_config: the drop-ins first, then a later setting that they override.
      fs.writeFileSync(path.join(dir, 'sshd_config'), `Include ${dir}/*.conf\nPasswordAuthentication yes\nKbdInteractiveAuthentication yes\n`);
      runOk('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(dir, 'host_key')]);
      // sshd wants its privilege separation directory; a private /run keeps the host's untouched.
      const sshd = ['-T', '-f', path.join(dir, 'sshd_config'), '-h', path.join(dir, 'host_key'), '-o', `PidFile=${dir}/pid`];
      const effective = runOk('unshare', [
        '--mount',
        'sh',
        '-c',
        'mount -t tmpfs tmpfs /run && mkdir /run/sshd && exec "$0" "$@"',
        requireProgram('sshd'),
        ...sshd,
      ]).stdout;
      expect(effective).toMatch(/^passwordauthentication no$/m);
      expect(effective).toMatch(/^kbdinteractiveauthentication no$/m);
      expect(effective).toMatch(/^pubkeyauthentication yes$/m);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes secret files 0600 and defers files owned by package users until packages exist', () => {
    const files = doc(node1).write_files as { path: string; permissions: string; owner?: string; defer?: boolean }[];
    expect(files.find((f) => f.path === '/etc/patroni/patroni.env')).toMatchObject({ permissions: '0600', defer: true });
    expect(files.find((f) => f.path === '/etc/pgbouncer/userlist.txt')).toMatchObject({ permissions: '0600', owner: 'postgres:postgres', defer: true });
    // Written before packages install: keeps Debian from creating and starting its own cluster.
    expect(files.find((f) => f.path.startsWith('/etc/postgresql-common/'))?.defer).toBeUndefined();
    expect(files[0]).toMatchObject({ path: '/usr/sbin/policy-rc.d' });
  });

  it('starts the DCS first on the meta node, without waiting for a quorum, then the rest', () => {
    const runcmd: string[] = doc(meta).runcmd;
    expect(runcmd[0]).toBe('rm -f /usr/sbin/policy-rc.d');
    expect(runcmd.slice(-2)).toEqual([
      'systemctl restart --no-block etcd',
      'systemctl restart chrony prometheus-node-exporter dnsmasq nginx prometheus prometheus-alertmanager grafana-server patroni pgbouncer haproxy vip-manager prometheus-postgres-exporter pigsty-pgbouncer-exporter',
    ]);
    expect(runcmd).toContain('systemctl disable --now --no-reload postgresql');
    // Grafana comes from its vendor's signed apt source, before the units start.
    expect(runcmd.findIndex((c) => c.includes('apt.grafana.com/gpg.key'))).toBeLessThan(runcmd.indexOf('systemctl daemon-reload'));
    expect(runcmd).toContain('rm -f /etc/nginx/sites-enabled/default');
  });

  it('lets a replica join only in its bootstrap step', () => {
    const runcmd: string[] = doc(node2).runcmd;
    expect(runcmd).toContain(
      'systemctl enable --no-reload chrony prometheus-node-exporter pgbouncer haproxy vip-manager prometheus-postgres-exporter pigsty-pgbouncer-exporter patroni',
    );
    expect(runcmd.filter((command) => command.startsWith('systemctl restart'))).toEqual([
      'systemctl restart chrony prometheus-node-exporter pgbouncer haproxy vip-manager prometheus-postgres-exporter pigsty-pgbouncer-exporter',
    ]);
  });

  it('installs the packages of a database node', () => {
    expect(doc(node1).packages).toEqual(
      expect.arrayContaining(['postgresql-15', 'patroni', 'pgbouncer', 'haproxy', 'vip-manager', 'prometheus-postgres-exporter']),
    );
    expect(doc(node1).packages).not.toContain('etcd-server');
    expect(doc(meta).packages).toContain('etcd-server');
  });

  it('reports its size', () => {
    const text = buildUserData(d, node1);
    expect(sizeOf(text)).toBe(Buffer.byteLength(text));
    expect(sizeOf(text)).toBeGreaterThan(10_000);
  });
});

describe('user-data in offline mode', () => {
  const d = sandboxModel({ guest: { packageSource: 'meta' } });
  const [meta, node1] = renderAllNodes(d);

  it('points a database node at the meta repository only, and waits for it at first boot', () => {
    const doc = parse(buildUserData(d, node1));
    expect(doc.apt).toEqual({ preserve_sources_list: false, sources_list: 'deb [trusted=yes] http://10.10.10.10:80/repo ./\n' });
    expect(doc.bootcmd.map((c: string[]) => c.slice(0, 3).join(' '))).toEqual([
      'cloud-init-per once pigsty-offline-sources',
      'cloud-init-per once pigsty-wait-repo',
    ]);
    expect(doc.bootcmd[1][5]).toContain('curl -sf -o /dev/null "$r/Packages"');
  });

  it('leaves the meta node on its own sources: it builds the repository', () => {
    const doc = parse(buildUserData(d, meta));
    expect(doc.apt).toBeUndefined();
    expect(doc.packages).toContain('dpkg-dev');
  });
});
