/** Prometheus runs without its lifecycle endpoints (POST /-/quit, /-/reload): systemctl reload sends SIGHUP. */
import { PATHS } from '../../lib/render/paths';
import { fileOf, renderAllNodes, sandboxModel } from '../helpers/fixtures';

describe('Prometheus control endpoints', () => {
  const meta = renderAllNodes(sandboxModel())[0];

  it('are not enabled: neither lifecycle nor admin API in its arguments', () => {
    const args = fileOf(meta, PATHS.prometheusDefault);
    expect(args).toContain('--config.file=');
    expect(args).not.toContain('--web.enable-lifecycle');
    expect(args).not.toContain('--web.enable-admin-api');
  });

  it('are not needed to apply a changed config', () => {
    const config = meta.files.find((f) => f.path === PATHS.prometheusConfig)!;
    expect(config.apply).toMatch(/systemctl reload prometheus$/);
  });
});

describe('Alertmanager and Grafana', () => {
  const meta = renderAllNodes(sandboxModel())[0];

  it('listen on 127.0.0.1 only: nginx holds the node address', () => {
    expect(fileOf(meta, PATHS.alertmanagerDefault)).toContain('--web.listen-address=127.0.0.1:9093 ');
    expect(fileOf(meta, PATHS.grafanaIni)).toMatch(/^http_addr = 127\.0\.0\.1$/m);
    expect(fileOf(meta, PATHS.nginxConfig)).toContain('listen 10.10.10.10:9093;');
    expect(fileOf(meta, PATHS.nginxConfig)).toContain('listen 10.10.10.10:3000;');
  });

  it('keep the admin password out of the htpasswd file, which only nginx reads', () => {
    const file = meta.files.find((f) => f.path === PATHS.portalHtpasswd)!;
    expect(file).toMatchObject({ owner: 'root:www-data', mode: '0640', secret: true });
    expect(file.content).toMatch(/^admin:\$6\$[./0-9A-Za-z]{16}\$[./0-9A-Za-z]{86}$/m);
    expect(file.content).not.toContain('Pigsty.Grafana');
  });
});
