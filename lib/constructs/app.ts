/** Running a cdktf app so that a bad spec ends in its message, not a stack trace. */
import type { App } from 'cdktf';
import { ValidationError } from '../model';

/**
 * `app.synth()`, but an invalid deployment prints every problem and exits with status 1
 * before anything is written. Use it as the last line of a stacks' main.ts.
 */
export function synthApp(app: App): void {
  try {
    app.synth();
  } catch (error) {
    if (error instanceof ValidationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
