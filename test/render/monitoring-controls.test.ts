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
