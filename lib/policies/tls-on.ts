/** Outside the sandbox, the deployment's TLS stays on: etcd's client certificates and Postgres' ssl depend on it. */
import type { Policy } from './policy';

export const tlsOn: Policy = {
  id: 'tls-on',
  level: 'error',
  summary: 'outside the sandbox, TLS is on (etcd with client certificates, Postgres, pgbouncer and nginx over TLS)',
  check: (d, { sandbox }) =>
    sandbox || d.tls.enabled
      ? []
      : [
          `deployment ${d.name} has TLS off: etcd then takes any client (anyone on the network can rewrite a cluster's leader key) and passwords cross the network in clear text: keep the default Tls.generatedCa(), or bring your CA with Tls.existingCa({...}).`,
        ],
};
