import { timingPairs } from './cases/timings';
import { describeRules } from './support';

describeRules('Timings', timingPairs);
