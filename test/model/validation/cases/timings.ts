import { RtoSpec } from '../../../../lib/model';
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
];
