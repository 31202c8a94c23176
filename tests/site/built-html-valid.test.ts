/** Every page of the built site is valid HTML by html-validate's recommended rules and the project's configuration. */
import { describe, expect, inject, it } from 'vitest';
import { filesUnder } from '../support/files.ts';
import { htmlProblems } from '../support/html-validate.ts';

const dist = inject('siteDir');

describe('the HTML of the built site', () => {
  it('is valid on every page', async () => {
    const pages = filesUnder(dist).filter((file) => file.endsWith('.html'));
    const problems = await htmlProblems(dist, pages);
    expect(pages.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  }, 60_000);
});
