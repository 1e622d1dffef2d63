import { userPairs } from './cases/users';
import { describeRules } from './support';

describeRules('Users, databases and HBA', userPairs);
