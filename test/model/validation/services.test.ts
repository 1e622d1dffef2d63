import { servicePairs } from './cases/services';
import { describeRules } from './support';

describeRules('Services and ports', servicePairs);
