/** The company-repo example synthesizes, with its custom service and secrets from variables. */
import { Testing } from 'cdktf';
import { OrdersStack } from '../../examples/orders/stack';
import { configFiles } from '../helpers/stacks';

describe('examples/orders', () => {
  const stack = new OrdersStack(Testing.app(), 'orders');
  const config = JSON.parse(Testing.synth(stack, true));
  const files = configFiles(config);

  it('declares the secrets as sensitive variables with a value rule', () => {
    expect(config.variable.pigsty_superuser_password).toMatchObject({ sensitive: true, type: 'string' });
    expect(config.variable.pigsty_superuser_password.validation[0].condition).toContain('regex(');
  });

  it('serves the custom standby service on every pg-orders node', () => {
    const haproxy = files.filter((r) => r.path === '/etc/haproxy/haproxy.cfg' && r.content.includes('pg-orders'));
    expect(haproxy).toHaveLength(3);
    for (const file of haproxy) {
      expect(file.content).toContain('listen pg-orders-standby\n    bind *:5435');
      expect(file.content).toContain('http-check send meth OPTIONS uri /replica?lag=16777216B');
    }
  });

  it('keeps the business password a live, sensitive reference', () => {
    const userlist = files.find((r) => r.path === '/etc/pgbouncer/userlist.txt')!;
    expect(userlist.content).toMatch(/^\$\{sensitive\(".*\$\{var\.orders_password\}.*"\)\}$/);
  });

  it('forms one etcd cluster of the three meta nodes', () => {
    const etcd = files.find((r) => r.path === '/etc/etcd/etcd.conf.yml')!;
    expect(etcd.content).toContain('initial-cluster: meta-1=http://10.20.0.10:2380,meta-2=http://10.20.0.11:2380,meta-3=http://10.20.0.12:2380');
  });
});
