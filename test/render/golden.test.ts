/** Every rendered file of the sandbox, compared with its golden copy (UPDATE_GOLDEN=1 refreshes). */
import { buildMetaData, buildNetworkConfig } from '../../lib/cloudinit';
import { expectGolden } from '../helpers/golden';
import { renderAllNodes, sandboxModel } from '../helpers/fixtures';

describe('golden files', () => {
  const d = sandboxModel();
  const configs = renderAllNodes(d);

  for (const config of configs) {
    describe(config.node.name, () => {
      it.each(config.files.map((file) => [file.path, file] as const))('%s', (path, file) => {
        expectGolden(`sandbox/${config.node.name}${path}`, file.content);
      });
      it('network-config and meta-data', () => {
        expectGolden(`sandbox/${config.node.name}/cloud-init/network-config`, buildNetworkConfig(d, config.node, ['10.10.10.1']));
        expectGolden(`sandbox/${config.node.name}/cloud-init/meta-data`, buildMetaData(d, config.node));
      });
    });
  }

  it('renders the consul variant of Patroni and vip-manager', () => {
    const consul = sandboxModel({ dcs: { kind: 'consul' } });
    const node1 = renderAllNodes(consul)[1];
    for (const path of ['/etc/patroni/patroni.yml', '/etc/vip-manager.yml']) {
      expectGolden(`consul/node-1${path}`, node1.files.find((f) => f.path === path)!.content);
    }
  });

  it('renders the etcd v3 variant of Patroni and etcd', () => {
    const v3 = sandboxModel({ dcs: { etcdApi: 'v3' } });
    const [meta] = renderAllNodes(v3);
    for (const path of ['/etc/patroni/patroni.yml', '/etc/etcd/etcd.conf.yml']) {
      expectGolden(`etcd-v3/meta${path}`, meta.files.find((f) => f.path === path)!.content);
    }
  });
});
