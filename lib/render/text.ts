/** Text helpers every renderer shares: stable line endings, YAML through the `yaml` library. */
import { Document, isMap, isScalar } from 'yaml';

/** Joins lines with '\n' and ends the text with exactly one newline. */
export function lines(...parts: readonly (string | readonly string[] | undefined | false)[]): string {
  const flat: string[] = [];
  for (const part of parts) {
    if (part === undefined || part === false) continue;
    if (typeof part === 'string') flat.push(part);
    else flat.push(...part);
  }
  return `${flat.join('\n').replace(/\n+$/, '')}\n`;
}

/** A header comment saying who wrote the file, so nobody edits it by hand on the node. */
export function header(comment = '#', what = 'this file'): string {
  return `${comment} Managed by cdktf-pigsty: ${what} is rewritten on every change; edit the deployment spec instead.`;
}

/**
 * YAML with a fixed style: block style, no line folding, keys in insertion order. `comments`
 * puts a comment above a key, addressed by its dotted path (e.g. `bootstrap.dcs`).
 */
export function toYaml(value: unknown, comments: Readonly<Record<string, string>> = {}): string {
  // YAML 1.1 quoting, because PyYAML (Patroni) and Go parsers read 'on'/'off'/'yes' as booleans.
  const doc = new Document(value, { version: '1.1', aliasDuplicateObjects: false });
  for (const [path, comment] of Object.entries(comments)) {
    const keys = path.split('.');
    const parent = keys.length > 1 ? doc.getIn(keys.slice(0, -1), true) : doc.contents;
    const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === keys[keys.length - 1]) : undefined;
    if (!pair || !isScalar(pair.key)) throw new Error(`toYaml: no key at ${path} to comment`);
    pair.key.commentBefore = ` ${comment}`;
  }
  return doc.toString({ lineWidth: 0, indent: 2 });
}

/** A systemd EnvironmentFile: `KEY="value"`; values never hold quotes (see SECRET_ALPHABET). */
export function envFile(entries: Readonly<Record<string, string>>, comment?: string): string {
  return lines(
    header(),
    comment ? `# ${comment}` : undefined,
    Object.entries(entries).map(([key, value]) => `${key}="${value.replace(/[\\"]/g, '\\$&')}"`),
  );
}

/** Pads each column of a table of words to a common width (pg_hba, pgbouncer hba). */
export function columns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd(),
  );
}
