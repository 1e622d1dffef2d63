/**
 * steps.env: the contract between the renderers and the step scripts (assets/steps). Every path,
 * port and address a script needs comes from here, so no script repeats what the model knows.
 * lib.sh reads it as data (KEY=value lines, nothing executed), beside itself in the steps dir.
 */
import type { ResolvedDeployment, ResolvedNode } from '../model';
import { etcdUrls } from './dcs-endpoints';
import { PATHS } from './paths';
import { header, lines } from './text';

/** Every key starts with this; lib.sh refuses any other key. */
export const STEPS_ENV_PREFIX = 'PIGSTY_';

/** Values need no quoting in shell, in systemd's EnvironmentFile syntax nor in lib.sh's reader. */
const SAFE_VALUE = /^[A-Za-z0-9_./:,@+=-]*$/;
const SAFE_KEY = new RegExp(`^${STEPS_ENV_PREFIX}[A-Z0-9_]+$`);

const local = (port: number): string => `127.0.0.1:${port}`;

/** The variables of a node, in file order: those of every node, then a database member's, then a meta node's. */
export function stepsEnv(d: ResolvedDeployment, node: ResolvedNode): Record<string, string> {
  const env: Record<string, string> = {
    PIGSTY_DCS_KIND: d.dcs.kind,
    // etcd: every server (etcdctl --endpoints); consul: this node's agent.
    PIGSTY_DCS_ENDPOINTS: d.dcs.kind === 'consul' ? `http://${local(d.ports.consulHttp)}` : etcdUrls(d).join(','),
  };
  // etcd over TLS, as its root user: the DCS step checks the quorum and sets up etcd's users and roles with it.
  if (d.tls.enabled && node.isMeta && d.dcs.kind === 'etcd') {
    Object.assign(env, { PIGSTY_TLS_CA: PATHS.tlsCa, PIGSTY_ETCD_ROOT_CERT: PATHS.etcdRootCert, PIGSTY_ETCD_ROOT_KEY: PATHS.etcdRootKey });
  }
  if (node.instance) {
    Object.assign(env, {
      PIGSTY_CLUSTER: node.instance.cluster,
      PIGSTY_PATRONI_API: local(d.ports.patroni),
      PIGSTY_PATRONI_CONFIG: PATHS.patroniConfig,
      PIGSTY_PATRONI_ENV: PATHS.patroniEnv,
      PIGSTY_PATRONI_DCS_CONFIG: PATHS.patroniDcsConfig,
      PIGSTY_PG_ROLES_SQL: PATHS.pgRolesSql,
      PIGSTY_PG_PASSWORDS_SQL: PATHS.pgPasswordsSql,
      PIGSTY_HAPROXY_CONFIG: PATHS.haproxyConfig,
      PIGSTY_HAPROXY_ENV: PATHS.haproxyEnv,
      PIGSTY_HAPROXY_ADMIN_API: local(d.ports.haproxyAdmin),
    });
  }
  if (node.isMeta) {
    Object.assign(env, {
      PIGSTY_PROMETHEUS_API: local(d.infra.prometheus.port),
      PIGSTY_REPO_DIR: PATHS.repoDir,
    });
  }
  for (const [key, value] of Object.entries(env)) {
    if (!SAFE_KEY.test(key)) throw new Error(`steps.env: key ${key} is not ${STEPS_ENV_PREFIX}[A-Z0-9_]+`);
    if (!SAFE_VALUE.test(value)) throw new Error(`steps.env: ${key}=${value} has a character outside ${SAFE_VALUE.source}`);
  }
  return env;
}

/** The file: KEY=value lines, unquoted (every value is in SAFE_VALUE). */
export function renderStepsEnv(d: ResolvedDeployment, node: ResolvedNode): string {
  return lines(
    header(),
    '# What the step scripts in this directory need: read by lib.sh as data, never run.',
    Object.entries(stepsEnv(d, node)).map(([key, value]) => `${key}=${value}`),
  );
}
