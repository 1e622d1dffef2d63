/** Running a cdktf app so that a mistake ends in its message, not a stack trace. */
import { App, AppConfig } from 'cdktf';
import { UsageError, ValidationError } from '../model';

/** cdktf's errors that are about the app, not a bug: each with how a user reads it. */
const KNOWN_ERRORS: readonly { readonly pattern: RegExp; readonly say: (match: RegExpExecArray) => string }[] = [
  {
    // constructs: a second child with an id its scope already has.
    pattern: /^There is already a Construct with name '([^']*)' in (\w+)(?: \[([^\]]*)\])?/,
    say: ([, id, type, scope]) =>
      `Two constructs in ${type}${scope ? ` "${scope}"` : ''} have the id "${id}": every construct needs an id of its own within its scope (ids become resource addresses, so rename the new one, not one that is deployed).`,
  },
  {
    // cdktf: the validations of a stack (e.g. the Terraform CLI check) failed.
    pattern: /^Validation failed with the following errors:\n([^]*?)\n\nIf you wish to ignore/,
    say: ([, list]) => `The app cannot be synthesized:\n${list}`,
  },
  {
    pattern: /^Cannot add children to "([^"]*)" during synthesis/,
    say: ([, path]) => `A construct was added under "${path}" during synth: create every construct before synth (before synthApp).`,
  },
];

/** The user-facing text of an error that is about the app (not a bug), or undefined. */
export function explain(error: unknown): string | undefined {
  if (error instanceof ValidationError || error instanceof UsageError) return error.message;
  if (!(error instanceof Error)) return undefined;
  for (const known of KNOWN_ERRORS) {
    const match = known.pattern.exec(error.message);
    if (match) return known.say(match);
  }
  return undefined;
}

/**
 * `app.synth()`, but a mistake in the app (an invalid spec, a prop of the wrong kind, a
 * duplicate construct id, a missing Terraform CLI) prints its message and exits with status 1,
 * without a stack trace and before anything is written. Use it as the last line of a stacks'
 * main.ts; to catch mistakes made while the constructs are created too, pass a function that
 * builds them: `synthApp((app) => { new MyStack(app, 'prod'); })`.
 */
export function synthApp(app: App | ((app: App) => void), config?: AppConfig): void {
  try {
    if (typeof app === 'function') {
      const built = new App(config);
      app(built);
      built.synth();
    } else {
      app.synth();
    }
  } catch (error) {
    const message = explain(error);
    if (message === undefined) throw error;
    process.stderr.write(`${message}\n`);
    process.exit(1);
  }
}
