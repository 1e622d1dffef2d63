import { RtoSpec, SANDBOX_PG_TEST } from '../../../../lib/model';
import { invalid, RulePair, vary, withTest } from '../support';

export const timingPairs: RulePair[] = [
  vary({
    code: 'rto-preset',
    name: 'an unknown RTO preset',
    build: (preset: string) => withTest({ rto: { preset: invalid(preset) } }),
    breaks: 'instant',
    keeps: 'wide',
    says: ['cluster "pg-test"', 'rto.preset "instant"', 'fast, norm, safe, wide'],
  }),
  vary({
    code: 'rto-values',
    name: 'a ttl that is not a whole number',
    build: (ttl: number) => withTest({ rto: { ttl } }),
    breaks: 25.5,
    keeps: 25,
    says: ['cluster "pg-test"', 'rto ttl/loopWait/retryTimeout (25.5/5/10)', 'whole numbers of seconds'],
  }),
  vary({
    code: 'rto-timing',
    name: "timings that break Patroni's rule",
    build: (rto: RtoSpec) => withTest({ rto }),
    breaks: { ttl: 20, loopWait: 10, retryTimeout: 10 },
    keeps: { ttl: 30, loopWait: 10, retryTimeout: 10 },
    says: ['cluster "pg-test"', '10 + 2 * 10 = 30 > ttl 20', 'raise ttl'],
  }),
  vary({
    code: 'rpo',
    name: 'a negative RPO',
    build: (rpo: number) => withTest({ rpo }),
    breaks: -1,
    keeps: 0,
    says: ['cluster "pg-test"', 'rpo -1', 'whole number of bytes'],
  }),
  vary({
    code: 'rpo-strict-one-member',
    name: 'strict synchronous mode with a single member',
    build: (instances: number) => withTest({ rpo: 0, synchronousStrict: true, instances: SANDBOX_PG_TEST.instances.slice(0, instances) }),
    breaks: 1,
    keeps: 2,
    says: ['cluster "pg-test"', 'synchronousStrict with a single member would refuse every write', 'add a replica'],
  }),
  vary({
    code: 'rpo-strict-async',
    name: 'strict synchronous mode without synchronous replication',
    build: (rpo: number) => withTest({ rpo, synchronousStrict: true }),
    breaks: 1048576,
    keeps: 0,
    says: ['cluster "pg-test"', 'synchronousStrict is set but rpo is not Rpo.SYNCHRONOUS', 'so it would do nothing'],
  }),
];
