/** Outside the sandbox, no secret and no user's password is one of the sandbox's documented ones. */
import type { ResolvedDeployment } from '../model';
import { isDeferred, SANDBOX_PG_META, SANDBOX_PG_TEST, SANDBOX_SECRETS } from '../model';
import type { Policy } from './policy';

/** Every password the sandbox documents (lib/model/sandbox.ts): its secrets and its users'. */
const DEMO_PASSWORDS: ReadonlySet<string> = new Set([
  ...Object.values(SANDBOX_SECRETS),
  ...[SANDBOX_PG_META, SANDBOX_PG_TEST].flatMap((cluster) => (cluster.users ?? []).map((user) => user.password ?? '')).filter(Boolean),
]);

const isDemo = (value: string | undefined): boolean => value !== undefined && !isDeferred(value) && DEMO_PASSWORDS.has(value);

export const noDemoPasswords: Policy = {
  id: 'no-demo-passwords',
  level: 'error',
  summary: "outside the sandbox, no password is one of the sandbox's documented demo passwords",
  check: (d: ResolvedDeployment, { sandbox }) => {
    if (sandbox) return [];
    const secrets = Object.entries(d.secrets).filter(([, value]) => isDemo(value));
    const fromSecrets = new Set(Object.values(d.secrets));
    // The platform's own roles (postgres, replicator, ...) carry the secrets above: named once, there.
    const users = d.clusters.flatMap((cluster) =>
      cluster.users.filter((user) => isDemo(user.password) && !fromSecrets.has(user.password!)).map((user) => `${cluster.name}/${user.name}`),
    );
    const named = [...(secrets.length ? [`secrets ${secrets.map(([name]) => name).join(', ')}`] : []), ...(users.length ? [`users ${users.join(', ')}`] : [])];
    return named.length === 0
      ? []
      : [`${named.join('; ')} use the sandbox's documented demo passwords: use DeploymentSecrets.fromVariables() and passwords of your own.`];
  },
};
