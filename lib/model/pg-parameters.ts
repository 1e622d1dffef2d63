/**
 * Postgres parameters as the server knows them: the catalog of each server version the guest
 * OSes install (generated from that server by scripts/gen-pg-catalog.ts, committed), and how
 * a value is read against it (booleans, enums, numbers with their units, ranges).
 */
import postgres15 from './pg-catalog/postgres-15.json';

export interface PgParameter {
  readonly type: 'bool' | 'integer' | 'real' | 'string' | 'enum';
  /** The unit a bare number is in (`kB`, `8kB`, `B`, `MB`, `ms`, `s`, `min`). */
  readonly unit?: string;
  readonly min?: number;
  readonly max?: number;
  readonly values?: readonly string[];
  readonly context: string;
}

export interface PgCatalog {
  readonly server: string;
  readonly parameters: Readonly<Record<string, PgParameter>>;
}

const CATALOGS: Readonly<Record<number, PgCatalog>> = { 15: postgres15 as PgCatalog };

/** The catalog of a major version, or undefined when none is committed for it. */
export function pgCatalog(major: number): PgCatalog | undefined {
  return CATALOGS[major];
}

/** The newest committed catalog: the types it knows are used where no catalog of the version exists. */
export const NEWEST_CATALOG: PgCatalog = CATALOGS[Math.max(...Object.keys(CATALOGS).map(Number))];

const MEMORY_UNITS: Readonly<Record<string, number>> = { B: 1, kB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 };
const TIME_UNITS: Readonly<Record<string, number>> = { us: 0.001, ms: 1, s: 1000, min: 60_000, h: 3_600_000, d: 86_400_000 };
const BOOLEANS = ['on', 'off', 'true', 'false', 'yes', 'no', '1', '0', 't', 'f', 'y', 'n'];

/** The units a value of this parameter may carry, and the size of its own unit in them; undefined when it has no unit. */
function unitsOf(parameter: PgParameter): { units: Readonly<Record<string, number>>; base: number; kind: string } | undefined {
  const unit = parameter.unit;
  if (unit === undefined) return undefined;
  const memory = /^(\d*)(B|kB|MB)$/.exec(unit);
  if (memory) return { units: MEMORY_UNITS, base: Number(memory[1] || 1) * MEMORY_UNITS[memory[2]], kind: 'memory size' };
  if (unit in TIME_UNITS) return { units: TIME_UNITS, base: TIME_UNITS[unit], kind: 'duration' };
  return undefined;
}

/** A number of the parameter's own unit, with how it is written ("16384 (8kB)"). */
const inUnit = (value: number, parameter: PgParameter): string => `${value}${parameter.unit ? ` ${parameter.unit}` : ''}`;

/**
 * The value as a number of the parameter's own unit (what min and max are in), or a string
 * saying why it is not one.
 */
export function numericValue(parameter: PgParameter, value: string): number | string {
  const scale = unitsOf(parameter);
  const match = /^\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*([A-Za-z]*)\s*$/.exec(value);
  const what = parameter.type === 'integer' ? 'a whole number' : 'a number';
  const unitList = scale ? Object.keys(scale.units).join(', ') : '';
  if (!match) return scale ? `is not a ${scale.kind}: write a number with ${unitList} (or none for ${parameter.unit})` : `is not ${what}`;
  const [, digits, unit] = match;
  let amount = Number(digits);
  if (unit) {
    if (!scale) return `takes no unit: write ${what}`;
    if (!(unit in scale.units)) return `has the unit "${unit}", which Postgres does not know here: use ${unitList}`;
    amount = (amount * scale.units[unit]) / scale.base;
  }
  if (parameter.type === 'integer') {
    if (!unit && !Number.isInteger(amount)) return `is not ${what}`;
    amount = Math.round(amount);
  }
  return amount;
}

/** Why the value does not fit the parameter, or undefined when it does. */
export function parameterValueProblem(parameter: PgParameter, value: string): string | undefined {
  switch (parameter.type) {
    case 'bool':
      return BOOLEANS.includes(value.trim().toLowerCase()) ? undefined : 'is not a boolean: write on or off';
    case 'enum': {
      const values = parameter.values ?? [];
      return values.includes(value.trim().toLowerCase()) ? undefined : `is not one of ${values.join(', ')}`;
    }
    case 'integer':
    case 'real': {
      const amount = numericValue(parameter, value);
      if (typeof amount === 'string') return amount;
      const { min = -Infinity, max = Infinity } = parameter;
      return amount >= min && amount <= max ? undefined : `is out of range: it takes ${inUnit(min, parameter)} to ${inUnit(max, parameter)}`;
    }
    case 'string':
      return undefined;
  }
}

/** A memory setting in bytes (e.g. shared_buffers "4GB", or "512" in 8kB pages); undefined when it is not one. */
export function memoryBytes(parameter: PgParameter, value: string): number | undefined {
  const scale = unitsOf(parameter);
  const amount = numericValue(parameter, value);
  return scale?.units === MEMORY_UNITS && typeof amount === 'number' ? amount * scale.base : undefined;
}
