import { sshPairs } from './cases/ssh';
import { describeRules } from './support';

describeRules('SSH access', sshPairs);
