/**
 * The committed Postgres parameter catalog is what the installed server says: regenerated from
 * Debian's PostgreSQL 15 (postgres --describe-config and pg_settings) and compared byte for byte,
 * so a server update that changes a parameter shows as a failing test, not as a stale rule.
 */
import * as fs from 'fs';
import * as path from 'path';
import { memoryBytes, numericValue, parameterValueProblem, pgCatalog } from '../../lib/model/pg-parameters';
import { catalogOf } from '../../scripts/gen-pg-catalog';
import { requireProgram } from '../helpers/programs';

const COMMITTED = path.join(__dirname, '..', '..', 'lib', 'model', 'pg-catalog', 'postgres-15.json');

describe('the Postgres 15 parameter catalog', () => {
  it('is what the installed server generates (npm run gen:pg-catalog refreshes it)', () => {
    const { major, text } = catalogOf(requireProgram('postgres'));
    expect(major).toBe(15);
    expect(text).toBe(fs.readFileSync(COMMITTED, 'utf8'));
  });

  const catalog = pgCatalog(15)!;

  it('knows the core parameters and the preloaded extensions’, with types, units, enum values and ranges', () => {
    expect(catalog.parameters.work_mem).toEqual({ type: 'integer', unit: 'kB', min: 64, max: 2147483647, context: 'user' });
    expect(catalog.parameters.shared_buffers).toMatchObject({ type: 'integer', unit: '8kB', context: 'postmaster' });
    expect(catalog.parameters.wal_level).toMatchObject({ type: 'enum', values: ['minimal', 'replica', 'logical'] });
    expect(catalog.parameters['pg_stat_statements.max']).toMatchObject({ type: 'integer', min: 100 });
    expect(catalog.parameters['auto_explain.log_min_duration']).toMatchObject({ type: 'integer', unit: 'ms' });
    expect(Object.keys(catalog.parameters).length).toBeGreaterThan(300);
  });

  it('reads values as the server does: units converted to the parameter’s own', () => {
    const p = catalog.parameters;
    expect(numericValue(p.work_mem, '64MB')).toBe(65536);
    expect(numericValue(p.shared_buffers, '1GB')).toBe(131072);
    expect(memoryBytes(p.shared_buffers, '512')).toBe(512 * 8192);
    expect(numericValue(p.statement_timeout, '1min')).toBe(60000);
    expect(parameterValueProblem(p.checkpoint_timeout, '15min')).toBeUndefined();
    expect(parameterValueProblem(p.checkpoint_timeout, '10')).toBe('is out of range: it takes 30 s to 86400 s');
    expect(parameterValueProblem(p.hot_standby_feedback, 'ON')).toBeUndefined();
  });
});
