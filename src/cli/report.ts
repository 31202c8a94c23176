/** How the command-line tools report a failure: the input's problems without a stack trace, anything else with one. */
import { problemsOf } from '../pipeline/errors.ts';

export function reportFailure(command: string, error: unknown): number {
  const problems = problemsOf(error);
  if (problems !== undefined) {
    for (const problem of problems) console.error(`${command}: ${problem.describe()}`);
    return 1;
  }
  console.error(`${command}: unexpected failure`, error);
  return 70;
}
