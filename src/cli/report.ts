/** How the command-line tools report a failure: the input's problems without a stack trace, anything else with one. */
import { InputError, InputErrors } from '../pipeline/errors.ts';

export function reportFailure(command: string, error: unknown): number {
  if (error instanceof InputErrors) {
    for (const problem of error.problems) console.error(`${command}: ${problem.describe()}`);
    return 1;
  }
  if (error instanceof InputError) {
    console.error(`${command}: ${error.describe()}`);
    return 1;
  }
  console.error(`${command}: unexpected failure`, error);
  return 70;
}
