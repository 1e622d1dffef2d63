import { parameterPairs } from './cases/parameters';
import { describeRules } from './support';

describeRules('Postgres parameters', parameterPairs);
