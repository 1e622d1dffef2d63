import { infrastructurePairs } from './cases/infrastructure';
import { describeRules } from './support';

describeRules('Infrastructure options', infrastructurePairs);
