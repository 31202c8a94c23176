/** Every page of the built site is valid HTML by html-validate's recommended rules and the project's configuration. */
import { relative } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { filesUnder } from '../support/files.ts';

const dist = inject('siteDir');

describe('the HTML of the built site', () => {
  it('is valid on every page', async () => {
    const pages = filesUnder(dist).filter((file) => file.endsWith('.html'));
    const report = await new HtmlValidate(new StaticConfigLoader(config)).validateMultipleFiles(pages);
    const problems = report.results.flatMap(({ filePath, messages }) =>
      messages.map((m) => `/${relative(dist, filePath)} at ${m.selector ?? `${m.line}:${m.column}`}: ${m.message} (${m.ruleId})`),
    );
    expect(pages.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  }, 60_000);
});
