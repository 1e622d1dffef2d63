/**
 * The company-repo example synthesizes, with its custom service and secrets from variables, and
 * is a project of its own (scripts/check-install.sh installs it and runs its `npx cdktf synth`).
 */
import * as fs from 'fs';
import * as path from 'path';
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
    expect(etcd.content).toContain('initial-cluster: meta-1=https://10.20.0.10:2380,meta-2=https://10.20.0.11:2380,meta-3=https://10.20.0.12:2380');
  });

  it('is a project of its own: the package by path, a cdktf app, a tsconfig', () => {
    const dir = path.join(__dirname, '..', '..', 'examples', 'orders');
    const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    const pkg = read('package.json') as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
      allowScripts: Record<string, boolean>;
    };
    const root = read('../../package.json') as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg.dependencies['cdktf-pigsty']).toBe('file:../..');
    // The same pins as the package, so one copy of cdktf and constructs is installed.
    expect(pkg.dependencies.cdktf).toBe(root.dependencies.cdktf);
    expect(pkg.dependencies.constructs).toBe(root.dependencies.constructs);
    expect(pkg.devDependencies['cdktf-cli']).toBe(root.devDependencies['cdktf-cli']);
    expect(pkg.allowScripts['cdktf-pigsty']).toBe(true);
    expect(fs.readFileSync(path.join(dir, '.npmrc'), 'utf8')).toMatch(/^install-links=true$/m);
    expect((read('cdktf.json') as { app: string }).app).toBe('npx ts-node --transpile-only main.ts');
    expect(read('tsconfig.json')).toMatchObject({ compilerOptions: { strict: true } });
    expect(fs.readFileSync(path.join(dir, 'main.ts'), 'utf8')).toContain("synthApp((app) => {\n  new OrdersStack(app, 'orders');");
  });
});
