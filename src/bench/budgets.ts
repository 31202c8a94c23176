/**
 * The performance budgets as verdicts the bench prints: each with
 * its limit, the measured figure and pass or fail. Benchmarks, not tests:
 * nothing here stops a build.
 */
export interface Verdict {
  budget: string;
  measured: string;
  pass: boolean;
}

export const verdict = (budget: string, measured: string, pass: boolean): Verdict => ({ budget, measured, pass });

export function describeVerdicts(verdicts: readonly Verdict[]): string[] {
  return verdicts.map((v) => `${v.pass ? 'PASS' : 'FAIL'}  ${v.budget}: ${v.measured}`);
}
