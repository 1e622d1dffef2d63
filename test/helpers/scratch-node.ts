/**
 * A throwaway "node" on this host: a copy-on-write overlay of the host's root file system,
 * in private mount, network and PID namespaces. Files land at their real paths, addresses are
 * the node's own, and every process dies with the namespace when the script ends. Needs root.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RunResult, run } from './programs';

export interface ScratchFile {
  readonly path: string;
  readonly content: string;
  readonly owner?: string;
  readonly mode?: string;
}

export interface ScratchNodeOptions {
  readonly files: readonly ScratchFile[];
  /** Addresses (with prefix) put on a dummy interface. */
  readonly addresses: readonly string[];
  readonly interfaceName?: string;
  /** Bash, run as root inside the node before the files are installed (groups their owners name). */
  readonly prepare?: string;
  /** Bash, run as root inside the node after the files are in place. */
  readonly script: string;
  readonly timeoutMs?: number;
}

export function runInScratchNode(options: ScratchNodeOptions): RunResult {
  if (process.getuid && process.getuid() !== 0) throw new Error('scratch nodes need root (unshare, mount); run the tests as root as CI does');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-node-'));
  try {
    for (const dir of ['upper', 'work', 'root', 'stage']) fs.mkdirSync(path.join(work, dir));
    const install = options.files.map((file, i) => {
      fs.writeFileSync(path.join(work, 'stage', String(i)), file.content);
      const [user, group] = (file.owner ?? 'root:root').split(':');
      return `install -D -o ${user} -g ${group} -m ${file.mode ?? '0644'} /stage/${i} '${file.path}'`;
    });
    const iface = options.interfaceName ?? 'eth0';
    const inner = [
      'set -euo pipefail',
      'ip link set lo up',
      // A veth pair stands in for the NIC: this kernel may lack the dummy driver.
      `ip link add ${iface} type veth peer name ${iface}p && ip link set ${iface} up && ip link set ${iface}p up`,
      ...options.addresses.map((address) => `ip addr add ${address} dev ${iface}`),
      options.prepare ?? '',
      ...install,
      options.script,
    ].join('\n');
    fs.writeFileSync(path.join(work, 'stage', 'run.sh'), inner);
    const root = path.join(work, 'root');
    const outer = [
      'set -euo pipefail',
      'mount --make-rprivate /',
      `mount -t overlay overlay -o lowerdir=/,upperdir=${work}/upper,workdir=${work}/work ${root}`,
      `mount --rbind /dev ${root}/dev`,
      `mount -t proc proc ${root}/proc`,
      `mount --rbind /sys ${root}/sys`,
      `mount -t tmpfs tmpfs ${root}/run`,
      `mount -t tmpfs tmpfs ${root}/tmp`,
      `mkdir -p ${root}/stage && mount --bind ${work}/stage ${root}/stage`,
      // /run is fresh: recreate what the packages expect there.
      `chroot ${root} bash -c 'install -d -o postgres -g postgres -m 2775 /run/postgresql && install -d -o haproxy -g haproxy /run/haproxy && exec bash /stage/run.sh'`,
    ].join('\n');
    return run('unshare', ['--mount', '--net', '--pid', '--fork', '--mount-proc', 'bash', '-c', outer], {
      timeout: options.timeoutMs ?? 180_000,
    });
  } finally {
    // The overlay is unmounted with its namespace; only the directories remain.
    fs.rmSync(work, { recursive: true, force: true });
  }
}
