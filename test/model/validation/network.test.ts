import { networkPairs } from './cases/network';
import { describeRules } from './support';

describeRules('Network and addresses', networkPairs);
