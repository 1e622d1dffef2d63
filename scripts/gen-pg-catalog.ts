/**
 * Writes the catalog of Postgres parameters that validation checks user parameters against
 * (lib/model/pg-catalog/postgres-<major>.json), from the installed server itself:
 *
 *   - `postgres --describe-config`: every parameter's name, type, and integer/real range;
 *   - `pg_settings` of a throw-away cluster (initdb in a temporary directory, queried in
 *     single-user mode, so nothing listens anywhere): the units and enum values, which
 *     --describe-config does not print, and the parameters of the extensions the platform
 *     preloads (pg_stat_statements, auto_explain).
 *
 * Usage: npx ts-node --transpile-only scripts/gen-pg-catalog.ts [path/to/postgres] [output.json]
 * Default: /usr/lib/postgresql/15/bin/postgres, lib/model/pg-catalog/postgres-<its major>.json.
 * As root it runs initdb and postgres as the `postgres` user. The output is sorted and stable:
 * the same server gives the same bytes (test/model/pg-catalog.test.ts regenerates and compares).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { PgParameter } from '../lib/model/pg-parameters';

const EXTENSIONS = ['pg_stat_statements', 'auto_explain'];

/** One parameter as the catalog holds it: the same shape the validation reads. */
type Parameter = PgParameter;

const TYPES: Readonly<Record<string, Parameter['type']>> = { BOOLEAN: 'bool', INTEGER: 'integer', REAL: 'real', STRING: 'string', ENUM: 'enum' };

/** name -> [type, min, max, context] from --describe-config (tab-separated: name, context, group, type, reset, min, max, ...). */
function describeConfig(postgres: string): Map<string, { type: Parameter['type']; min?: number; max?: number; context: string }> {
  const text = execFileSync(postgres, ['--describe-config'], { encoding: 'utf8' });
  const described = new Map<string, { type: Parameter['type']; min?: number; max?: number; context: string }>();
  for (const line of text.split('\n').filter(Boolean)) {
    const [name, context, , vartype, , min, max] = line.split('\t');
    const type = TYPES[vartype];
    if (!type) throw new Error(`--describe-config: unknown type ${vartype} of ${name}`);
    const ranged = type === 'integer' || type === 'real';
    described.set(name, { type, context, ...(ranged ? { min: Number(min), max: Number(max) } : {}) });
  }
  return described;
}

interface Setting {
  readonly name: string;
  readonly vartype: string;
  readonly unit: string | null;
  readonly enumvals: string[] | null;
  readonly min_val: string | null;
  readonly max_val: string | null;
  readonly context: string;
}

/** pg_settings of a fresh cluster with the extensions preloaded, read in single-user mode. */
function pgSettings(postgres: string): Setting[] {
  const bin = path.dirname(postgres);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-catalog-'));
  const asRoot = process.getuid?.() === 0;
  const as = (program: string, args: string[], input?: string): string =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', program, ...args], { encoding: 'utf8', input, cwd: dir })
      : execFileSync(program, args, { encoding: 'utf8', input, cwd: dir });
  try {
    if (asRoot) execFileSync('chown', ['postgres:', dir]);
    const data = path.join(dir, 'data');
    as(path.join(bin, 'initdb'), ['-D', data, '-A', 'peer', '--no-sync', '-U', 'postgres'], undefined);
    // One row, base64 without line breaks: single-user mode prints values between quotes, unescaped.
    const query =
      "select translate(encode(convert_to(json_agg(json_build_object('name', name, 'vartype', vartype, 'unit', unit, 'enumvals', enumvals, " +
      "'min_val', min_val, 'max_val', max_val, 'context', context) order by name)::text, 'UTF8'), 'base64'), E'\\n', '') as catalog from pg_settings\n";
    const out = as(
      postgres,
      ['--single', '-D', data, '-c', `shared_preload_libraries=${EXTENSIONS.join(',')}`, '-c', 'log_min_messages=fatal', 'postgres'],
      query,
    );
    const match = /catalog = "([A-Za-z0-9+/=]+)"/.exec(out);
    if (!match) throw new Error(`postgres --single printed no catalog:\n${out}`);
    return JSON.parse(Buffer.from(match[1], 'base64').toString('utf8')) as Setting[];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The catalog as JSON text, from the server at `postgres`. */
export function catalogOf(postgres: string): { major: number; text: string } {
  const version = execFileSync(postgres, ['--version'], { encoding: 'utf8' });
  const major = Number(/(\d+)(\.\d+)?/.exec(version)?.[1]);
  const described = describeConfig(postgres);
  const settings = new Map(pgSettings(postgres).map((s) => [s.name, s]));
  const parameters: Record<string, Parameter> = {};
  const names = [...new Set([...described.keys(), ...[...settings.keys()].filter((n) => EXTENSIONS.some((e) => n.startsWith(`${e}.`)))])].sort();
  for (const name of names) {
    const d = described.get(name);
    const s = settings.get(name);
    const type = d?.type ?? (s && TYPES[s.vartype.toUpperCase()]) ?? (s?.vartype === 'bool' ? 'bool' : undefined);
    if (!type) throw new Error(`no type for ${name}`);
    // The two sources must agree where both speak: a parameter pg_settings hides (e.g. a
    // developer option) keeps --describe-config's facts.
    if (d && s && s.vartype !== type) throw new Error(`${name}: --describe-config says ${type}, pg_settings ${s.vartype}`);
    const ranged = type === 'integer' || type === 'real';
    // Postgres reads names case-insensitively; the catalog (and the specs) write them lowercase.
    parameters[name.toLowerCase()] = {
      type,
      ...(s?.unit ? { unit: s.unit } : {}),
      ...(ranged ? { min: d?.min ?? Number(s?.min_val), max: d?.max ?? Number(s?.max_val) } : {}),
      ...(type === 'enum' && s?.enumvals ? { values: [...s.enumvals] } : {}),
      context: d?.context ?? s!.context,
    };
  }
  // The major version only: a minor update that changes no parameter changes no byte.
  const sorted = Object.fromEntries(Object.entries(parameters).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    major,
    text: `${JSON.stringify({ server: `PostgreSQL ${major}`, source: 'postgres --describe-config and pg_settings', parameters: sorted }, null, 1)}\n`,
  };
}

if (require.main === module) {
  const postgres = process.argv[2] ?? '/usr/lib/postgresql/15/bin/postgres';
  const { major, text } = catalogOf(postgres);
  const out = process.argv[3] ?? path.join(__dirname, '..', 'lib', 'model', 'pg-catalog', `postgres-${major}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, text);
  process.stdout.write(`${out}: ${Object.keys(JSON.parse(text).parameters).length} parameters of ${major}\n`);
}
