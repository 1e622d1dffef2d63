/** Timings: a cluster's RTO (the preset or Patroni's ttl, loop_wait, retry_timeout) and its RPO. */
import { RTO_PRESET_NAMES } from '../spec';
import { isInt, isOneOf, show } from './helpers';
import type { RuleSet } from './rule';

export const timingRules: RuleSet = {
  cluster: [
    {
      code: 'rto-preset',
      check: (c) =>
        c.ha.preset === 'custom' || isOneOf(RTO_PRESET_NAMES, c.ha.preset)
          ? undefined
          : `cluster ${show(c.name)}: rto.preset ${show(c.ha.preset)} is unknown: use one of ${RTO_PRESET_NAMES.join(', ')}.`,
    },
    {
      code: 'rto-values',
      check: ({ name, ha }) =>
        isInt(ha.ttl, 1) && isInt(ha.loopWait, 1) && isInt(ha.retryTimeout, 1)
          ? undefined
          : `cluster ${show(name)}: rto ttl/loopWait/retryTimeout (${show(ha.ttl)}/${show(ha.loopWait)}/${show(ha.retryTimeout)}) must be whole numbers of seconds, at least 1.`,
    },
    {
      code: 'rto-timing',
      check: ({ name, ha }) => {
        const needed = ha.loopWait + 2 * ha.retryTimeout;
        if (!isInt(ha.ttl, 1) || !(needed > ha.ttl)) return undefined;
        return (
          `cluster ${show(name)}: rto timings break Patroni's rule loopWait + 2 * retryTimeout <= ttl ` +
          `(${ha.loopWait} + 2 * ${ha.retryTimeout} = ${needed} > ttl ${ha.ttl}): raise ttl or lower loopWait/retryTimeout, or use a preset.`
        );
      },
    },
    {
      code: 'rpo',
      check: ({ name, ha }) =>
        isInt(ha.maximumLagOnFailover, 0)
          ? undefined
          : `cluster ${show(name)}: rpo ${show(ha.maximumLagOnFailover)} must be a whole number of bytes, 0 (synchronous) or more.`,
    },
    {
      code: 'rpo-strict-one-member',
      check: ({ name, ha, instances }) =>
        ha.synchronousModeStrict && instances.length < 2
          ? `cluster ${show(name)}: synchronousStrict with a single member would refuse every write (no replica can ever acknowledge it): add a replica, or leave synchronousStrict out.`
          : undefined,
    },
    {
      code: 'rpo-strict-async',
      check: ({ name, ha }) =>
        ha.strictRequested && !ha.synchronousMode
          ? `cluster ${show(name)}: synchronousStrict is set but rpo is not Rpo.SYNCHRONOUS, so it would do nothing: set rpo to Rpo.SYNCHRONOUS, or leave synchronousStrict out.`
          : undefined,
    },
  ],
};
