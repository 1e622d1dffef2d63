import { InstanceRole, SANDBOX_PG_TEST } from '../../../../lib/model';
import { base, invalid, RulePair, vary, withInstance, withTest } from '../support';

const [pgMeta, pgTest] = base.clusters;
const [first] = SANDBOX_PG_TEST.instances;

/** pg-test's instances with these roles, in seq order. */
const roles = (...r: InstanceRole[]) => withTest({ instances: SANDBOX_PG_TEST.instances.map((i, n) => ({ ...i, role: r[n] })) });

export const clusterPairs: RulePair[] = [
  vary({
    code: 'cluster-name',
    name: 'a cluster name with capitals and an underscore',
    build: (name: string) => withTest({ name }),
    breaks: 'PG_Test',
    keeps: 'pg-test2',
    says: ['cluster "PG_Test"', 'name is invalid', 'lowercase'],
  }),
  vary({
    code: 'cluster-name',
    name: 'a cluster name longer than 40 characters',
    build: (name: string) => withTest({ name }),
    breaks: `pg-${'x'.repeat(38)}`,
    keeps: `pg-${'x'.repeat(37)}`,
    says: ['at most 40 characters'],
  }),
  vary({
    code: 'cluster-name-duplicate',
    name: 'two clusters with one name',
    build: (name: string) => ({ ...base, clusters: [pgMeta, pgTest, { name, instances: [{ seq: 1, role: 'primary', ip: '10.10.10.21' }] }] }),
    breaks: 'pg-test',
    keeps: 'pg-other',
    says: ['cluster name "pg-test" is used twice', 'its own name'],
  }),
  vary({
    code: 'cluster-no-instances',
    name: 'a cluster without instances',
    build: (instances: typeof SANDBOX_PG_TEST.instances) => withTest({ instances }),
    breaks: [],
    keeps: [first],
    says: ['cluster "pg-test"', 'instances is empty', 'add at least a primary'],
  }),
  vary({
    code: 'cluster-no-primary',
    name: 'no primary',
    build: (r: InstanceRole[]) => roles(...r),
    breaks: ['replica', 'replica', 'replica'],
    keeps: ['replica', 'primary', 'replica'],
    says: ['cluster "pg-test"', 'no instance has role "primary"', 'exactly one'],
  }),
  vary({
    code: 'cluster-two-primaries',
    name: 'two primaries',
    build: (r: InstanceRole[]) => roles(...r),
    breaks: ['primary', 'primary', 'replica'],
    keeps: ['primary', 'offline', 'replica'],
    says: ['cluster "pg-test"', 'instances 1, 2', 'keep one primary'],
  }),
  vary({
    code: 'pgbouncer-pool-mode',
    name: 'an unknown pool mode',
    build: (poolMode: string) => withTest({ pgbouncer: { poolMode: invalid(poolMode) } }),
    breaks: 'batch',
    keeps: 'session',
    says: ['cluster "pg-test"', 'pgbouncer.poolMode "batch"', 'use "transaction" (default), "session" or "statement"'],
  }),
  vary({
    code: 'pgbouncer-sizes',
    name: 'a zero client limit',
    build: (maxClientConn: number) => withTest({ pgbouncer: { maxClientConn } }),
    breaks: 0,
    keeps: 1,
    says: ['cluster "pg-test"', 'pgbouncer.maxClientConn 0', 'at least 1'],
  }),
  vary({
    code: 'instance-seq',
    name: 'a missing seq',
    build: (seq: number) => withInstance(2, { seq }),
    breaks: invalid<number>(undefined),
    keeps: 4,
    says: ['cluster "pg-test" instance nothing', 'seq is missing', 'number the instances'],
  }),
  vary({
    code: 'instance-seq-duplicate',
    name: 'two instances with one seq',
    build: (seq: number) => withInstance(2, { seq }),
    breaks: 1,
    keeps: 4,
    says: ['cluster "pg-test" instance 1', 'seq 1', 'give each instance its own seq'],
  }),
  vary({
    code: 'instance-role',
    name: 'an unknown role',
    build: (role: string) => withInstance(3, { role: invalid(role) }),
    breaks: 'standby',
    keeps: 'offline',
    says: ['cluster "pg-test" instance 3', 'role "standby"', 'use "primary", "replica" or "offline"'],
  }),
  vary({
    code: 'instance-hostname',
    name: 'a host name that is not a DNS label',
    build: (hostname: string) => withInstance(3, { hostname }),
    breaks: 'Node_3',
    keeps: 'node-33',
    says: ['cluster "pg-test" instance 3', 'hostname "Node_3"', 'not a DNS label'],
  }),
  vary({
    code: 'instance-weight',
    name: "a weight above HAProxy's range",
    build: (weight: number) => withInstance(2, { weight }),
    breaks: 257,
    keeps: 256,
    says: ['cluster "pg-test" instance 2', 'weight 257', '0 to 256'],
  }),
  vary({
    code: 'instance-size-cpus',
    name: 'no CPUs',
    build: (cpus: number) => withInstance(2, { size: { cpus } }),
    breaks: 0,
    keeps: 1,
    says: ['cluster "pg-test" instance 2', 'size.cpus 0', '1 to 256'],
  }),
  vary({
    code: 'instance-size-memory',
    name: 'memory too small',
    build: (memoryMiB: number) => withInstance(2, { size: { memoryMiB } }),
    breaks: 256,
    keeps: 1024,
    says: ['cluster "pg-test" instance 2', 'size.memoryMiB 256', 'at least 1024'],
  }),
  vary({
    code: 'instance-size-disk',
    name: 'a disk too small',
    build: (diskGiB: number) => withInstance(2, { size: { diskGiB } }),
    breaks: 9,
    keeps: 10,
    says: ['cluster "pg-test" instance 2', 'size.diskGiB 9', 'at least 10'],
  }),
];
