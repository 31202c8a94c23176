/**
 * Extraction on worker threads gives what one thread gives, in the jobs'
 * order, and brings an article's input problems back as InputErrors.
 */
import { describe, expect, it } from 'vitest';
import { extractJobs, type ExtractJob } from '../../src/pipeline/parallel/extract-pool.ts';
import { extractArticleRecords } from '../../src/pipeline/article-extraction.ts';
import { articleInput } from '../../src/pipeline/load-files.ts';
import { InputError } from '../../src/pipeline/errors.ts';
import { markdown } from './support.ts';

const PEOPLE = ['Lena Ortiz', 'Tomas Weber', 'Amira Haddad', 'Piet Janssen', 'Noor Rahman'];
const jobs: ExtractJob[] = Array.from({ length: 150 }, (_, i) => ({
  file: `articles/story-${i}.md`,
  text: markdown(`Story ${i}`, `${PEOPLE[i % PEOPLE.length]} said the port would reopen on day ${i}. The union denied that ${i} ships were damaged.`),
}));
jobs[77] = { file: 'articles/broken.md', text: '---\ntitle: [unclosed\n---\n\nText.\n' };

describe('extraction on worker threads', () => {
  it('matches one-thread extraction article by article and reports the broken one with its file', { timeout: 120_000 }, async () => {
    let heard = 0;
    const results = await extractJobs(jobs, () => heard++);
    expect(heard).toBe(jobs.length);
    results.forEach((result, i) => {
      if (i === 77) {
        expect('problems' in result && result.problems[0]).toBeInstanceOf(InputError);
        expect('problems' in result && result.problems[0]!.file).toBe('articles/broken.md');
      } else {
        expect(result).toEqual({ extraction: extractArticleRecords(articleInput(jobs[i]!.text, jobs[i]!.file)) });
      }
    });
  });
});
