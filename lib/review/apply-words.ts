/**
 * What applying a changed file does to the node's services, in a reviewer's words: from the
 * file's apply command (lib/plan's `apply` of each file), e.g. `systemctl reload pgbouncer`.
 */

/** The step scripts that apply a file, and what each does to the running services. */
const SCRIPTS: Readonly<Record<string, string>> = {
  'patroni-reload.sh': 'Patroni reload (a parameter that needs a restart is reported, not restarted)',
  'patroni-dcs.sh': "Patroni's dynamic configuration pushed to the DCS",
  'pg-users.sh': 'roles, users and databases applied by the leader',
  'haproxy-reload.sh': 'HAProxy reload',
  'pg-reload.sh': 'Postgres reload',
};

/** One part of an apply command (`a && b`), as a service action. */
function partWords(part: string): string | undefined {
  const systemctl = /^systemctl (reload|restart) (\S+)$/.exec(part);
  if (systemctl) return `${systemctl[1]} ${systemctl[2]}`;
  if (part === 'systemctl daemon-reload') return undefined;
  // A check before the reload (nginx -t, promtool, amtool, dnsmasq --test) stops a bad file.
  if (/^(nginx -t|promtool check|amtool check-config|dnsmasq --test)/.test(part)) return undefined;
  const script = /\/([\w.-]+\.sh)$/.exec(part);
  if (script && script[1] in SCRIPTS) return SCRIPTS[script[1]];
  return `\`${part}\``;
}

/** The service actions of an apply command; empty when the file takes effect by itself. */
export function serviceActions(apply: string): string[] {
  if (apply.trim() === '') return [];
  return apply
    .split('&&')
    .map((part) => partWords(part.trim()))
    .filter((words): words is string => words !== undefined);
}

/** The sentence for one file: what its apply does. */
export function applyWords(apply: string): string {
  const actions = serviceActions(apply);
  return actions.length > 0 ? actions.join(', then ') : 'no reload: takes effect by itself or at the next restart';
}
