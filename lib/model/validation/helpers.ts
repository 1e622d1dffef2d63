/** Small helpers the rule tables share: showing values, finding the offending one, listing choices. */
import type { NodeSize, ResolvedDeployment } from '../resolved';
import type { Rule } from './rule';

/** A value as a message quotes it. */
export const show = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));

export const isInt = (value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

export const hasNewline = (value: unknown): boolean => typeof value === 'string' && /[\r\n\0]/.test(value);

// eslint-disable-next-line no-control-regex -- control characters are exactly what it refuses
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/;

/**
 * Free text that lands in a config file (a comment line of pg_hba.conf, a SQL literal, a YAML
 * value): one line of printable characters, so it can never start a line of its own.
 */
export const isOneLine = (value: unknown, max = 200): boolean => typeof value === 'string' && value.length <= max && !CONTROL.test(value);

/** True when the value is one of the allowed values (the lists in spec.ts). */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return (values as readonly unknown[]).includes(value);
}

/** A found item, wrapped so that an item that is itself undefined still counts as found. */
export interface Found<T> {
  readonly value: T;
  readonly index: number;
}

/** The first item that passes the test, or undefined when none does. */
export function firstWhere<T>(items: readonly T[], test: (item: T, index: number) => boolean): Found<T> | undefined {
  const index = items.findIndex(test);
  return index < 0 ? undefined : { value: items[index], index };
}

/** The first item that an earlier item already has the same value as. */
export function firstDuplicate<T>(items: readonly T[]): Found<T> | undefined {
  return firstWhere(items, (item, index) => items.indexOf(item) !== index);
}

export interface ChoiceOptions<T extends string> {
  /** Write each value in double quotes. */
  readonly quote?: boolean;
  /** A remark in parentheses after a value, e.g. "default". */
  readonly notes?: Partial<Record<T, string>>;
}

/** The allowed values as a message lists them: `a, b or c`. */
export function choices<T extends string>(values: readonly T[], options: ChoiceOptions<T> = {}): string {
  const words = values.map((value) => {
    const note = options.notes?.[value];
    return `${options.quote ? JSON.stringify(value) : value}${note === undefined ? '' : ` (${note})`}`;
  });
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** Where an instance problem is: `cluster "pg-test" instance 2`. */
export const instanceWhere = ({ cluster, instance }: { readonly cluster: { readonly name: string }; readonly instance: { readonly seq: number } }): string =>
  `cluster ${show(cluster.name)} instance ${show(instance.seq)}`;

/** The codes of the three size rules of one kind of node. */
export interface SizeCodes {
  readonly cpus: string;
  readonly memory: string;
  readonly disk: string;
}

/**
 * The VM size rules of meta nodes and of instances; `size` gives undefined for a subject whose
 * size is judged elsewhere (an instance on a meta node has the meta node's size).
 */
export function sizeRules<S>(codes: SizeCodes, where: (subject: S) => string, size: (subject: S, d: ResolvedDeployment) => NodeSize | undefined): Rule<S>[] {
  return [
    {
      code: codes.cpus,
      check: (s, d) => {
        const judged = size(s, d);
        return judged === undefined || isInt(judged.cpus, 1, 256)
          ? undefined
          : `${where(s)}: size.cpus ${show(judged.cpus)} must be a whole number from 1 to 256.`;
      },
    },
    {
      code: codes.memory,
      check: (s, d) => {
        const judged = size(s, d);
        return judged === undefined || isInt(judged.memoryMiB, 1024, 4 * 1024 * 1024)
          ? undefined
          : `${where(s)}: size.memoryMiB ${show(judged.memoryMiB)} must be a whole number of MiB, at least 1024 (Postgres, Patroni and the exporters need it).`;
      },
    },
    {
      code: codes.disk,
      check: (s, d) => {
        const judged = size(s, d);
        return judged === undefined || isInt(judged.diskGiB, 10, 65536)
          ? undefined
          : `${where(s)}: size.diskGiB ${show(judged.diskGiB)} must be a whole number of GiB, at least 10.`;
      },
    },
  ];
}

/** Edit distance (insertions, deletions, substitutions, and swaps of neighbours). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The known name closest to a misspelt one (at most a third of its letters off), for "did you mean". */
export function closest(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** ` (did you mean "x"?)` when a known name is close, else nothing. */
export function didYouMean(name: string, known: Iterable<string>): string {
  const near = closest(name, known);
  return near === undefined ? '' : ` (did you mean ${JSON.stringify(near)}?)`;
}
