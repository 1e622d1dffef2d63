/**
 * The plan-time safety rail: a plan that destroys the node of a cluster's primary (by the spec's
 * role), the last member of a cluster, or the last meta node is refused before apply, naming the
 * address, unless an override is set: `allowDestroy: true` on the PgCluster (in this synth or in
 * the applied one), or the cluster's, node's or instance's name in `--allow-destroy` /
 * PIGSTY_ALLOW_DESTROY. A replaced machine counts: its disk goes with it.
 */
import { AddressBook } from './addresses';
import type { ManifestNode } from './manifest';
import { destroys, PlannedChange } from './terraform-plan';

export type RailRule = 'primary' | 'last-member' | 'last-meta' | 'unknown-role';

export interface Violation {
  readonly rule: RailRule;
  /** The machine resource the plan destroys. */
  readonly address: string;
  readonly message: string;
}

/** Said beside every refusal and every destroy: the plan cannot see a switched primary. */
export const RUNTIME_PRIMARY_NOTE =
  "The plan knows a cluster's primary only by the spec's role: a primary that Patroni switched at run time (failover, switchover) is not known to it. Check `patronictl list` before applying a plan that destroys a database node.";

interface DestroyedNode {
  readonly deployment: string;
  readonly node: string;
  /** The first destroyed machine resource of the node. */
  readonly address: string;
  readonly known?: ManifestNode;
  /** From the address when no manifest knows the node. */
  readonly instance?: { readonly cluster: string; readonly name: string };
}

/** Every node whose machine the plan destroys or replaces. */
export function destroyedNodes(book: AddressBook, changes: readonly PlannedChange[]): DestroyedNode[] {
  const found = new Map<string, DestroyedNode>();
  for (const change of changes) {
    if (!destroys(change)) continue;
    const role = book.roleOf(change.resource);
    if (!role || role.role.kind !== 'machine') continue;
    const key = `${role.deployment}/${role.role.node}`;
    if (found.has(key)) continue;
    found.set(key, {
      deployment: role.deployment,
      node: role.role.node,
      address: change.address,
      known: book.node(role.deployment, role.role.node),
      instance: role.instance,
    });
  }
  return [...found.values()];
}

/** The rail's refusals; empty when the plan may be applied. `allow`: names overriding it ('*' for all). */
export function checkPlan(book: AddressBook, changes: readonly PlannedChange[], allow: readonly string[] = []): Violation[] {
  const allowed = (...names: string[]): boolean => allow.includes('*') || names.some((name) => allow.includes(name));
  const violations: Violation[] = [];
  const destroyed = destroyedNodes(book, changes);
  const gone = new Set(destroyed.map((n) => `${n.deployment}/${n.node}`));
  for (const node of destroyed) {
    const instance = node.known?.instance ?? (node.instance && { ...node.instance, seq: NaN });
    if (!instance) continue;
    const cluster = book.cluster(node.deployment, instance.cluster);
    if (book.allowsDestroy(node.deployment, instance.cluster) || allowed(instance.cluster, node.node, instance.name)) continue;
    const member = cluster?.instances.find((i) => i.name === instance.name);
    if (!member) {
      violations.push({
        rule: 'unknown-role',
        address: node.address,
        message: `${node.address} destroys node ${node.node} (${instance.name} of cluster ${instance.cluster}), which no manifest knows, so its role cannot be checked: pass --before <the pigsty-manifest.json of the applied configuration>, or allow it (allowDestroy: true on the PgCluster, or --allow-destroy ${instance.name}).`,
      });
    } else if (member.role === 'primary') {
      violations.push({
        rule: 'primary',
        address: node.address,
        message: `${node.address} destroys node ${node.node}, the primary of cluster ${instance.cluster} (${instance.name}, by the spec's role): switch the primary over first and make another member primary in the spec, or set allowDestroy: true on PgCluster ${instance.cluster} (or --allow-destroy ${instance.cluster}).`,
      });
    }
  }
  // The last member of a cluster, and the last meta node: every existing one destroyed.
  const deployments = new Set(destroyed.map((n) => n.deployment));
  for (const deployment of deployments) {
    const mine = destroyed.filter((n) => n.deployment === deployment);
    const clusters = new Set(mine.map((n) => n.known?.instance?.cluster ?? n.instance?.cluster).filter((c): c is string => c !== undefined));
    for (const name of clusters) {
      const members = new Set(book.cluster(deployment, name)?.instances.map((i) => i.node) ?? []);
      for (const n of mine) if ((n.known?.instance?.cluster ?? n.instance?.cluster) === name) members.add(n.node);
      if (![...members].every((m) => gone.has(`${deployment}/${m}`))) continue;
      if (book.allowsDestroy(deployment, name) || allowed(name)) continue;
      const first = mine.find((n) => (n.known?.instance?.cluster ?? n.instance?.cluster) === name)!;
      violations.push({
        rule: 'last-member',
        address: first.address,
        message: `${first.address}: the plan destroys every member of cluster ${name} (${[...members].join(', ')}), and its data with them: set allowDestroy: true on PgCluster ${name} in a change of its own first (or --allow-destroy ${name}).`,
      });
    }
    const metas = new Set([
      ...(book
        .deployment(deployment)
        ?.nodes.filter((n) => n.meta)
        .map((n) => n.name) ?? []),
      ...(book.before?.deployments
        .find((d) => d.name === deployment)
        ?.nodes.filter((n) => n.meta)
        .map((n) => n.name) ?? []),
      ...mine.filter((n) => n.known?.meta || (!n.known && !n.instance)).map((n) => n.node),
    ]);
    const metaGone = mine.filter((n) => metas.has(n.node));
    if (metas.size > 0 && [...metas].every((m) => gone.has(`${deployment}/${m}`)) && !allowed(...metaGone.map((n) => n.node))) {
      violations.push({
        rule: 'last-meta',
        address: metaGone[0].address,
        message: `${metaGone[0].address}: the plan destroys every meta node of deployment ${deployment} (${[...metas].join(', ')}): the DCS, and so every cluster's leader lock, goes with them. Keep one, or allow it with --allow-destroy ${metaGone[0].node}.`,
      });
    }
  }
  return violations;
}

/** The override names from PIGSTY_ALLOW_DESTROY and the --allow-destroy flags. */
export function allowList(env: string | undefined, flags: readonly string[]): string[] {
  return [...(env ?? '').split(','), ...flags.flatMap((f) => f.split(','))].map((s) => s.trim()).filter(Boolean);
}
