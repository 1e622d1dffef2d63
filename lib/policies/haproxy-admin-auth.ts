/**
 * The HAProxy admin page (which can drain and disable servers) asks for a password. Every
 * database node's haproxy.cfg sets `stats auth` from the haproxyAdminPassword secret, so the
 * policy holds that secret to be set; validation's secret rules ask the same of a literal value.
 */
import type { Policy } from './policy';

export const haproxyAdminAuth: Policy = {
  id: 'haproxy-admin-auth',
  level: 'error',
  summary: 'the HAProxy admin page (port haproxyAdmin) has a password',
  check: (d) =>
    d.clusters.length > 0 && !d.secrets.haproxyAdminPassword
      ? [`secret haproxyAdminPassword is empty: the HAProxy admin page of every database node would have no password; set one (DeploymentSecrets).`]
      : [],
};
