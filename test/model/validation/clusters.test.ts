import { clusterPairs } from './cases/clusters';
import { describeRules } from './support';

describeRules('Clusters and instances', clusterPairs);
