/**
 * The Markdown of a plan review, for a pull-request comment: destroys first and loud, the safety
 * rail's refusals, the nodes created, then per cluster and node which config files change (the
 * line diff of plain files, `(sensitive)` for secret ones) and what applying them reloads or
 * restarts, and which steps run and why. It reads only redacted changes (terraform-plan.ts); as a
 * second guard, every string the plan marks sensitive is scrubbed from the text.
 */
import { createTwoFilesPatch } from 'diff';
import { AddressBook, AddressRole } from './addresses';
import { applyWords, serviceActions } from './apply-words';
import { destroyedNodes, RUNTIME_PRIMARY_NOTE, Violation } from './check';
import { ChangeKind, kindOf, PlannedChange, SENSITIVE } from './terraform-plan';

/** Longest diff shown per file; the rest is counted. */
const MAX_DIFF_LINES = 120;

export interface SummaryInput {
  readonly book: AddressBook;
  readonly changes: readonly PlannedChange[];
  readonly violations: readonly Violation[];
  /** Strings that must not appear (every value the plan marks sensitive). */
  readonly secrets: readonly string[];
  /** A Mermaid diagram of the deployment, shown folded at the end. */
  readonly diagram?: string;
}

const VERB: Record<ChangeKind, string> = { create: 'created', destroy: 'destroyed', replace: 'replaced', update: 'updated', none: 'unchanged' };

/** A fence longer than any backtick run in the text, so the text cannot close it. */
function fence(text: string, info = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${info}\n${text.endsWith('\n') ? text : `${text}\n`}${ticks}`;
}

const code = (text: string): string => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);

interface FileTriggers {
  readonly content?: unknown;
  readonly owner?: unknown;
  readonly mode?: unknown;
  readonly apply?: unknown;
}

const triggersOf = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && 'triggers_replace' in value
    ? (((value as { triggers_replace: unknown }).triggers_replace ?? {}) as Record<string, unknown>)
    : {};

/** The unified diff of a plain file, cut to MAX_DIFF_LINES, as lines of the section; or why there is none. */
function fileDiff(path: string, before: unknown, after: unknown): string[] {
  if (before === SENSITIVE || after === SENSITIVE) return [`  ${code(path)} is ${SENSITIVE}: a secret file, its text is not shown`];
  const old = typeof before === 'string' ? before : '';
  const now = typeof after === 'string' ? after : '';
  if (old === now) return [];
  const lines = createTwoFilesPatch(`a${path}`, `b${path}`, old, now, '', '', { context: 3 })
    .split('\n')
    .filter((line) => !line.startsWith('===='));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const shown = lines.slice(0, MAX_DIFF_LINES);
  if (lines.length > shown.length) shown.push(`… ${lines.length - shown.length} more lines`);
  return ['', fence(shown.join('\n'), 'diff'), ''];
}

/** What changed in a file's install besides its text. */
function installChanges(before: FileTriggers, after: FileTriggers): string[] {
  return (['owner', 'mode', 'apply'] as const)
    .filter((key) => before[key] !== undefined && after[key] !== undefined && before[key] !== after[key])
    .map((key) => `${key} ${code(String(before[key]))} → ${code(String(after[key]))}`);
}

interface NodeSection {
  readonly deployment: string;
  readonly node: string;
  readonly lines: string[];
  readonly services: Set<string>;
}

function nodeTitle(book: AddressBook, deployment: string, node: string): string {
  const known = book.node(deployment, node);
  if (!known) return `node ${node}`;
  const parts = [known.ip];
  if (known.meta) parts.push('meta node');
  if (known.instance) {
    const role = book.cluster(deployment, known.instance.cluster)?.instances.find((i) => i.name === known.instance!.name)?.role;
    parts.push(`${known.instance.name}${role ? `, ${role} by spec` : ''}`);
  }
  return `node ${node} (${parts.join(', ')})`;
}

/** Which trigger keys differ between before and after, secret ones said as such. */
function changedTriggers(change: PlannedChange): string[] {
  const before = triggersOf(change.before);
  const after = triggersOf(change.after);
  const unknown = triggersOf(change.afterUnknown);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after), ...Object.keys(unknown)])].sort();
  return keys.flatMap((key) => {
    if (unknown[key] === true) return [`${key} (known after apply)`];
    if (before[key] === SENSITIVE || after[key] === SENSITIVE) return JSON.stringify(before[key]) === JSON.stringify(after[key]) ? [] : [`${key} ${SENSITIVE}`];
    return JSON.stringify(before[key]) === JSON.stringify(after[key]) ? [] : [key];
  });
}

/** Every line of every plain (not redacted) string of the changes: text the plan shows anyway. */
function plainLines(changes: readonly PlannedChange[]): Set<string> {
  const lines = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value !== SENSITIVE) for (const line of value.split('\n')) lines.add(line.trim());
    } else if (value !== null && typeof value === 'object') {
      for (const item of Object.values(value)) walk(item);
    }
  };
  for (const change of changes) {
    walk(change.before);
    walk(change.after);
  }
  return lines;
}

/**
 * The second guard: replaces every sensitive string, and every line of one that no plain value
 * of the plan has too (a header comment is not a secret; a KEY=value line is), by SENSITIVE.
 */
function scrub(text: string, secrets: readonly string[], plain: Set<string>): string {
  let out = text;
  const lines = secrets.flatMap((s) => s.split('\n').map((l) => l.trim())).filter((l) => !plain.has(l));
  // Longest first, so a secret inside another is not left half-replaced.
  const pieces = [...new Set([...secrets, ...lines])].filter((s) => s.length >= 6).sort((a, b) => b.length - a.length);
  for (const piece of pieces) out = out.split(piece).join(SENSITIVE);
  return out;
}

export function renderSummary(input: SummaryInput): string {
  const { book, changes } = input;
  const out: string[] = [];
  const count = (kind: ChangeKind) => changes.filter((c) => kindOf(c) === kind).length;
  out.push(
    `## Terraform plan review`,
    '',
    `${count('create')} to create, ${count('replace')} to replace, ${count('update')} to update in place, **${count('destroy')} to destroy**.`,
    '',
  );

  const destroyed = destroyedNodes(book, changes);
  if (destroyed.length > 0 || count('destroy') > 0) {
    out.push(
      '> [!CAUTION]',
      `> **This plan destroys ${destroyed.length} node${destroyed.length === 1 ? '' : 's'}** and ${count('destroy')} resource instance(s).`,
    );
    for (const node of destroyed) {
      const how = changes.find((c) => c.address === node.address);
      out.push(
        `> - **${nodeTitle(book, node.deployment, node.node)}**: machine ${how && kindOf(how) === 'replace' ? '**replaced** (its disk is lost)' : '**destroyed**'} (${code(node.address)})`,
      );
    }
    if (destroyed.length > 0) out.push(`>`, `> ${RUNTIME_PRIMARY_NOTE}`);
    out.push('');
  }
  if (input.violations.length > 0) {
    out.push('### Refused by the safety rail', '', '> [!WARNING]', '> `pigsty-plan --check` fails for this plan: do not apply it as it is.', '');
    for (const v of input.violations) out.push(`- **${v.rule}**: ${v.message}`);
    out.push('');
  }
  const destroyedOther = changes.filter((c) => kindOf(c) === 'destroy' && book.roleOf(c.resource)?.role.kind !== 'machine');
  if (destroyedOther.length > 0) {
    out.push('### Destroyed resources', '');
    for (const c of destroyedOther) out.push(`- ${code(c.address)}${c.reason ? ` (${c.reason})` : ''}`);
    out.push('');
  }

  // Nodes whose machine is created fresh: listed, their files only counted.
  const created = new Map<string, AddressRole>();
  for (const c of changes) {
    const role = book.roleOf(c.resource);
    if (role?.role.kind === 'machine' && kindOf(c) === 'create') created.set(`${role.deployment}/${role.role.node}`, role);
  }
  if (created.size > 0) {
    out.push('### Nodes created', '');
    for (const role of created.values()) {
      if (role.role.kind !== 'machine') continue;
      const node = role.role.node;
      const files = changes.filter((c) => {
        const r = book.roleOf(c.resource);
        return r?.role.kind === 'files' && r.role.node === node && r.deployment === role.deployment;
      }).length;
      out.push(`- **${nodeTitle(book, role.deployment, node)}**: a new machine, ${files} config files written at first boot and by its files step`);
    }
    out.push('');
  }

  // Config files and static bundles, per node.
  const sections = new Map<string, NodeSection>();
  const sectionOf = (deployment: string, node: string): NodeSection => {
    const key = `${deployment}/${node}`;
    let section = sections.get(key);
    if (!section) sections.set(key, (section = { deployment, node, lines: [], services: new Set() }));
    return section;
  };
  const steps: string[] = [];
  const others: string[] = [];
  for (const c of changes) {
    const kind = kindOf(c);
    if (kind === 'none') continue;
    const role = book.roleOf(c.resource);
    if (!role) {
      others.push(`- ${code(c.address)}: ${VERB[kind]}`);
      continue;
    }
    const r = role.role;
    if (r.kind === 'files') {
      if (created.has(`${role.deployment}/${r.node}`) || kind === 'destroy') continue;
      const path = String(c.index);
      const before = triggersOf(c.before) as FileTriggers;
      const after = triggersOf(c.after) as FileTriggers;
      const section = sectionOf(role.deployment, r.node);
      const apply = typeof after.apply === 'string' ? after.apply : (book.node(role.deployment, r.node)?.files[path]?.apply ?? '');
      const extra = installChanges(before, after);
      section.lines.push(`- ${code(path)} ${VERB[kind]}; on apply: ${applyWords(apply)}${extra.length > 0 ? `; ${extra.join(', ')}` : ''}`);
      for (const action of serviceActions(apply)) section.services.add(action);
      section.lines.push(...fileDiff(path, before.content, after.content));
    } else if (r.kind === 'static-files') {
      if (created.has(`${role.deployment}/${r.node}`) || kind === 'destroy') continue;
      const before = triggersOf(c.before) as Record<string, FileTriggers>;
      const after = triggersOf(c.after) as Record<string, FileTriggers>;
      const section = sectionOf(role.deployment, r.node);
      const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
      const changed = paths.filter((p) => JSON.stringify(before[p]) !== JSON.stringify(after[p]));
      section.lines.push(`- static files and step scripts ${VERB[kind]} (one bundle): ${changed.map(code).join(', ') || 'no file text changed'}`);
      for (const p of changed) {
        section.lines.push(...fileDiff(p, before[p]?.content, after[p]?.content));
      }
    } else if (r.kind === 'step') {
      if (kind === 'destroy') continue;
      if (created.has(`${role.deployment}/${r.node}`)) {
        steps.push(`- ${code(r.step)} on ${r.node} (${code(r.what)}): runs on the new node`);
        continue;
      }
      const why = kind === 'create' ? 'new step' : `triggers changed: ${changedTriggers(c).join(', ') || 'none shown'}`;
      steps.push(`- ${code(r.step)} on ${r.node} (${code(r.what)}): runs again (${VERB[kind]}; ${why})`);
    } else if (r.kind === 'shared') {
      others.push(`- ${r.what} (${code(c.address)}): ${VERB[kind]}`);
    }
  }
  if (sections.size > 0) {
    out.push('### Config files, per cluster and node', '');
    // A node's group: its cluster, else the meta nodes (a meta node with a member goes with its cluster).
    const groupOf = (section: NodeSection): string => {
      const known = book.node(section.deployment, section.node);
      return known?.instance ? `cluster ${known.instance.cluster}` : known?.meta ? 'meta nodes' : 'other nodes';
    };
    const ordered = [...sections.values()].sort((a, b) => {
      const ka = `${a.deployment}\u0000${groupOf(a)}\u0000${a.node}`;
      const kb = `${b.deployment}\u0000${groupOf(b)}\u0000${b.node}`;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    let group = '';
    for (const section of ordered) {
      const title = `${groupOf(section)}${book.manifest.deployments.length > 1 ? ` (deployment ${section.deployment})` : ''}`;
      if (title !== group) out.push(`#### ${(group = title)}`, '');
      out.push(`##### ${nodeTitle(book, section.deployment, section.node)}`, '');
      if (section.services.size > 0) out.push(`Services: ${[...section.services].join('; ')}.`, '');
      out.push(...section.lines, '');
    }
  }
  if (steps.length > 0) out.push('### Steps that run', '', ...steps, '');
  if (others.length > 0) out.push('### Other resources', '', ...others, '');
  if (changes.every((c) => kindOf(c) === 'none')) out.push('No changes: the deployment matches the configuration.', '');
  if (input.diagram) out.push('<details><summary>Topology</summary>', '', fence(input.diagram, 'mermaid'), '', '</details>', '');
  return scrub(
    `${out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd()}\n`,
    input.secrets,
    plainLines(changes),
  );
}
