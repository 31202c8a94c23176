/**
 * Small helpers shared by the pipeline tests: articles written inline as
 * Markdown, and look-ups of claims and entities by the words a reader sees.
 */
import { buildCorpus } from '../../src/pipeline/corpus.ts';
import { readMarkdownArticle } from '../../src/pipeline/read-article.ts';
import type { ArticleInput } from '../../src/pipeline/extract-article.ts';
import type { Claim, Corpus, Entity } from '../../src/pipeline/schema.ts';
import { InputError, InputErrors } from '../../src/pipeline/errors.ts';
import { expect } from 'vitest';

/** An article file with a title and one paragraph per argument. */
export function markdown(title: string, ...paragraphs: string[]): string {
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

export function article(file: string, title: string, ...paragraphs: string[]): ArticleInput {
  return readMarkdownArticle(markdown(title, ...paragraphs), file);
}

export function corpusOf(...articles: ArticleInput[]): Corpus {
  return buildCorpus(articles);
}

/** The entity that goes by `name`, as its name or one of its aliases. */
export function entityNamed(corpus: Corpus, name: string): Entity | undefined {
  return corpus.entities.find((e) => e.name === name || e.aliases.includes(name));
}

/** Every entity that goes by `name`: more than one means a merge was missed. */
export function entitiesNamed(corpus: Corpus, name: string): Entity[] {
  return corpus.entities.filter((e) => e.name === name || e.aliases.includes(name));
}

/** The claims made in the sentence that contains `words`. */
export function claimsIn(corpus: Corpus, words: string): Claim[] {
  return corpus.claims.filter((c) => c.quote.includes(words));
}

export function asserterOf(corpus: Corpus, claim: Claim): Entity {
  const entity = corpus.entities.find((e) => e.id === claim.asserterId);
  if (!entity) throw new Error(`claim ${claim.id} has no asserter record`);
  return entity;
}

/** The names of the parties asserting in the sentence that contains `words`, sorted. */
export function assertersIn(corpus: Corpus, words: string): string[] {
  return claimsIn(corpus, words).map((c) => asserterOf(corpus, c).name).sort();
}

/** The problems an action throws, or a failure when it throws none. */
export function problemsOf(action: () => unknown): InputError[] {
  try {
    action();
  } catch (error) {
    if (error instanceof InputErrors) return error.problems;
    if (error instanceof InputError) return [error];
    throw error;
  }
  expect.fail('expected input errors');
}
