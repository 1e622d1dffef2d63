/** Running the real Terraform CLI on a synthesized stack, offline. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RunResult, runOk } from './programs';

const cliConfig = path.join(os.tmpdir(), 'pigsty-empty.tfrc');

export function terraform(dir: string, ...args: string[]): RunResult {
  fs.writeFileSync(cliConfig, '');
  return runOk('terraform', args, {
    cwd: dir,
    env: { ...process.env, TF_CLI_CONFIG_FILE: cliConfig, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' },
  });
}
