import { metaPairs } from './cases/meta';
import { describeRules } from './support';

describeRules('Meta nodes and DCS', metaPairs);
