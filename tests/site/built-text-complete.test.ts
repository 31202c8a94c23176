/**
 * Nothing is lost between the pipeline and the pages: every sentence of every
 * article is on its reader page, and every claim has its page and is
 * highlighted, linking to it, in each of its sentences on its article's page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildContentCorpus } from '../../src/pipeline/content-corpus.ts';
import type { ArticleSource, Corpus } from '../../src/pipeline/schema.ts';
import { claimUrl, sourceUrl } from '../../src/site/urls.ts';
import { collapse, textOf } from '../support/html.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = inject('siteDir');
let corpus: Corpus;

beforeAll(async () => {
  corpus = await buildContentCorpus(join(root, 'content'));
});

const articles = (): ArticleSource[] => corpus.sources.filter((source): source is ArticleSource => source.kind === 'article');
const pageOf = (path: string): string => join(dist, path, 'index.html');

/** The HTML of an article's reader, the element that holds its text. */
function readerOf(articleId: string): string {
  const html = readFileSync(pageOf(sourceUrl(articleId)), 'utf8');
  return /<div class="reader">([\s\S]*?)<\/div>/u.exec(html)?.[1] ?? '';
}

/** The reader's HTML cut at each sentence's element, by sentence id. */
const sentencesOf = (reader: string): Map<string, string> =>
  new Map(reader.split('<span id="').slice(1).map((piece) => [piece.slice(0, piece.indexOf('"')), piece]));

describe('the built site against the records', () => {
  it('shows every sentence of every article as text on its reader page', () => {
    const missing = articles().flatMap((article) => {
      const text = textOf(readerOf(article.id));
      return article.paragraphs.flatMap((p) => p.sentences.filter((s) => !text.includes(collapse(s.text))).map((s) => `${article.id}#${s.id}`));
    });
    expect(articles().length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('gives every claim its page and a highlight linking to it in each of its sentences', () => {
    const readers = new Map(articles().map((article) => [article.id, sentencesOf(readerOf(article.id))]));
    const lost = corpus.claims.flatMap((claim) => {
      const href = `href="${claimUrl(claim.id)}"`;
      const unmarked = claim.sentenceIds.filter((id) => {
        const sentence = readers.get(claim.sourceId)?.get(id) ?? '';
        return !sentence.startsWith(`${id}" class="hl `) || !sentence.includes(href);
      });
      return [
        ...(existsSync(pageOf(claimUrl(claim.id))) ? [] : [`${claim.id}: no page`]),
        ...unmarked.map((id) => `${claim.id}: no highlight in ${claim.sourceId}#${id}`),
      ];
    });
    expect(corpus.claims.length).toBeGreaterThan(0);
    expect(lost).toEqual([]);
  });
});
