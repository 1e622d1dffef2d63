/**
 * Run-time checks of construct and platform props, as the types would have made them: a
 * JavaScript caller (or a cast) that leaves a prop out, misspells it, or passes a plain string
 * where an option class is expected gets a UsageError naming the prop, what it got and what to
 * pass, instead of a stack trace from deep inside, or a silent default. Values are judged later,
 * by the rule tables; these checks only make sure each prop has the kind its type says.
 */
import { choices, didYouMean } from './helpers';
import { UsageError } from './rule';

/** What a prop must be, and how to say so. */
export interface Kind {
  /** What to pass, as a message says it: `a number`, `an InstanceRole (InstanceRole.PRIMARY, ...)`. */
  readonly expected: string;
  readonly optional?: boolean;
  /** A secret: a message never shows its value, only its kind. */
  readonly secret?: boolean;
  /** Problems of `value` at `path`, pushed to `problems`; the value is known to be defined. */
  readonly check: (value: unknown, path: string, problems: string[]) => void;
}

/** A value as a message describes it, without quoting more than a short string. */
export function describeValue(value: unknown, secret = false): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return secret ? 'a string' : `the string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return secret ? `a ${typeof value}` : `the ${typeof value} ${String(value)}`;
  if (typeof value === 'function') return 'a function';
  const name = (value as object).constructor?.name;
  return name && name !== 'Object' ? `a ${name}` : 'an object';
}

function primitive(type: 'string' | 'number' | 'boolean', expected: string): Kind {
  return {
    expected,
    check: (value, path, problems) => {
      if (typeof value !== type) problems.push(`${path} is ${describeValue(value)}: pass ${expected}`);
    },
  };
}

export const string: Kind = primitive('string', 'a string');
export const number: Kind = primitive('number', 'a number');
export const boolean: Kind = primitive('boolean', 'true or false');

/** The prop may be left out (undefined); when given, it must be of `kind`. */
export function optional(kind: Kind): Kind {
  return { ...kind, optional: true };
}

/** The value is a secret: messages name its kind, never the value. */
export function secret(kind: Kind): Kind {
  return {
    ...kind,
    secret: true,
    check: (value, path, problems) => {
      const own: string[] = [];
      kind.check(value, path, own);
      if (own.length > 0) problems.push(`${path} is ${describeValue(value, true)}: pass ${kind.expected}`);
    },
  };
}

export function arrayOf(item: Kind): Kind {
  return {
    expected: `an array of ${item.expected.replace(/^an? /, '')}s`,
    check: (value, path, problems) => {
      if (!Array.isArray(value)) {
        problems.push(`${path} is ${describeValue(value)}: pass an array`);
        return;
      }
      value.forEach((element, i) => checkField(`${path}[${i}]`, element, item, problems));
    },
  };
}

/** A map from names to values of one kind (e.g. Postgres parameters). */
export function recordOf(item: Kind): Kind {
  return {
    expected: `an object of ${item.expected.replace(/^an? /, '')}s`,
    check: (value, path, problems) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.push(`${path} is ${describeValue(value)}: pass an object such as { work_mem: "64MB" }`);
        return;
      }
      for (const [key, element] of Object.entries(value)) checkField(`${path}.${key}`, element, item, problems);
    },
  };
}

export type Fields = { readonly [prop: string]: Kind };

/** A plain object with these fields; a field it does not know is refused (a misspelt prop would be ignored). */
export function shape(fields: Fields): Kind {
  return {
    expected: objectWith(fields),
    check: (value, path, problems) => checkObject(path, value, fields, problems),
  };
}

/** `an object with cidr` / `an object`: what an object of these fields needs at least. */
function objectWith(fields: Fields): string {
  const required = Object.keys(fields).filter((key) => !fields[key].optional);
  return required.length === 0 ? 'an object' : `an object with ${choices(required).replace(/ or ([^ ]+)$/, ' and $1')}`;
}

const article = (word: string): string => (/^[AEIOU]/i.test(word) ? 'an' : 'a');

interface OptionClass {
  readonly name: string;
  readonly prototype: object;
}

/** How an option class's values are written: its static instances and factories. */
function optionForms(cls: OptionClass): string[] {
  const statics = Object.getOwnPropertyNames(cls).filter((key) => !['length', 'name', 'prototype'].includes(key));
  const record = cls as unknown as Record<string, unknown>;
  const instances = statics.filter((key) => record[key] instanceof (cls as unknown as new () => object)).map((key) => `${cls.name}.${key}`);
  const factories = statics.filter((key) => typeof record[key] === 'function').map((key) => `${cls.name}.${key}()`);
  return [...instances, ...factories];
}

/** An instance of an enum-like option class (`InstanceRole.PRIMARY`, `RtoPreset.fast`...). */
export function option(cls: OptionClass): Kind {
  const expected = `${article(cls.name)} ${cls.name} (${choices(optionForms(cls))})`;
  return {
    expected,
    check: (value, path, problems) => {
      if (!(value instanceof (cls as unknown as new () => object))) problems.push(`${path} is ${describeValue(value)}: pass ${expected}`);
    },
  };
}

/** An object that has these methods (an interface such as IPlatform). */
export function implementing(expected: string, methods: readonly string[]): Kind {
  return {
    expected,
    check: (value, path, problems) => {
      const ok = typeof value === 'object' && value !== null && methods.every((m) => typeof (value as Record<string, unknown>)[m] === 'function');
      if (!ok) problems.push(`${path} is ${describeValue(value)}: pass ${expected}`);
    },
  };
}

function checkField(path: string, value: unknown, kind: Kind, problems: string[]): void {
  if (value === undefined) {
    if (!kind.optional) problems.push(`${path} is missing: pass ${kind.expected}`);
    return;
  }
  kind.check(value, path, problems);
}

function checkObject(path: string, value: unknown, fields: Fields, problems: string[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${path} is ${describeValue(value)}: pass ${objectWith(fields)}`);
    return;
  }
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(fields, key)) {
      problems.push(`${path}.${key} is not a known prop${didYouMean(key, Object.keys(fields))}: the known ones are ${choices(Object.keys(fields))}`);
    }
  }
  for (const [key, kind] of Object.entries(fields)) checkField(`${path}.${key}`, (value as Record<string, unknown>)[key], kind, problems);
}

/**
 * Checks `props` against `fields`; throws one UsageError that names `where` and lists every
 * problem. `where` is how a message names the construct, e.g. `PgCluster "pg-orders"`.
 */
export function checkProps(where: string, props: unknown, fields: Fields, name = 'props'): void {
  const problems: string[] = [];
  checkObject(name, props, fields, problems);
  if (problems.length > 0) throw new UsageError(`${where}: ${problems.length === 1 ? problems[0] : `\n  - ${problems.join('\n  - ')}`}.`);
}

/** Checks one argument (of a factory such as `HealthCheck.path()`); throws a UsageError naming it. */
export function checkArgument(where: string, name: string, value: unknown, kind: Kind): void {
  const problems: string[] = [];
  checkField(name, value, kind, problems);
  if (problems.length > 0) throw new UsageError(`${where}: ${problems.join('; ')}.`);
}
