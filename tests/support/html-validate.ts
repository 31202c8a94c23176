/** html-validate over pages of a built site, with the project's configuration: each problem as "page at place: message (rule)". */
import { relative } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import config from '../../.htmlvalidate.mjs';

export async function htmlProblems(siteDir: string, pages: readonly string[]): Promise<string[]> {
  const report = await new HtmlValidate(new StaticConfigLoader(config)).validateMultipleFiles([...pages]);
  return report.results.flatMap(({ filePath, messages }) =>
    messages.map((m) => `/${relative(siteDir, filePath)} at ${m.selector ?? `${m.line}:${m.column}`}: ${m.message} (${m.ruleId})`),
  );
}
