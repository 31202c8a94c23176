/** axe-core run in a page of a browser test: its serious and critical violations. The page must bypass its CSP, which would refuse axe's inline script. */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface Violation {
  id: string;
  impact: axe.ImpactValue | undefined;
  help: string;
  targets: string[];
}

export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const { violations: found } = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
    return found.map(({ id, impact, help, nodes }): Violation => ({ id, impact, help, targets: nodes.map((node) => node.target.join(' ')) }));
  });
  return violations.filter(({ impact }) => impact === 'serious' || impact === 'critical');
}
