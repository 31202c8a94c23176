import { describe, expect, it } from 'vitest';
import type { ArticleSource, CitedSource, Entity } from '../../src/pipeline/schema.ts';
import { articleDescription, citedSourceDescription, entityDescription, entityListDescription } from '../../src/site/descriptions.ts';
import { pageOf } from '../../src/site/pagination.ts';

const article: ArticleSource = { kind: 'article', id: 'bridge', title: 'The bridge reopens', file: 'articles/bridge.md', related: [], paragraphs: [] };
const mayor: Entity = { id: 'mayor', name: 'Ana Mayor', kind: 'person', aliases: [], descriptors: [], mentions: [], overrides: [] };

describe('meta descriptions', () => {
  it('name an article with its outlet and date where known, and count its claims', () => {
    expect(articleDescription(article, 1)).toBe('1 claim in the article “The bridge reopens”: who asserted each, through which source, and whether it was confirmed.');
    expect(articleDescription({ ...article, outlet: 'The Courier', date: '2024-03-05' }, 3)).toContain('“The bridge reopens” (The Courier, 5 March 2024): ');
  });

  it('name a cited source’s form, channel and party, and count the articles relaying it once each', () => {
    const post: CitedSource = {
      kind: 'cited',
      id: 'post',
      title: 'Post by Ana Mayor',
      form: 'post',
      channel: 'Telegram',
      entityId: 'mayor',
      citedBy: [
        { articleId: 'bridge', sentenceId: 'p1s1', words: 'in a post' },
        { articleId: 'bridge', sentenceId: 'p2s1', words: 'the post' },
      ],
    };
    expect(citedSourceDescription(post, mayor, 2)).toBe('A post on Telegram by Ana Mayor, relayed by 1 article, and the 2 claims that came through it.');
    // A briefing happens at a place, as the source's own title says.
    expect(citedSourceDescription({ ...post, form: 'briefing', channel: 'City Hall' }, mayor, 1)).toBe('A briefing at City Hall by Ana Mayor, relayed by 1 article, and the 1 claim that came through it.');
    // An interview is given to someone.
    expect(citedSourceDescription({ ...post, form: 'interview', channel: 'Reuters' }, mayor, 1)).toBe('An interview with Reuters by Ana Mayor, relayed by 1 article, and the 1 claim that came through it.');
  });

  it('name an entity with its description, else its kind, and count the claims by and about it', () => {
    expect(entityDescription(mayor, 2, 0)).toBe('Ana Mayor (Person): 2 claims made and 0 claims about it in the news articles, with their sources and status.');
    expect(entityDescription({ ...mayor, description: 'Mayor of the town.' }, 1, 1)).toMatch(/^Ana Mayor \(Mayor of the town\): 1 claim made and 1 claim about it/u);
  });

  it('count the whole list beside an entity and say which page this is when there are several', () => {
    const articles = Array.from({ length: 57 }, (_, i) => i);
    expect(entityListDescription(mayor, 'articles', pageOf(articles, 1, 100))).toBe('The 57 articles naming Ana Mayor, with how often each names it, most first.');
    expect(entityListDescription(mayor, 'named-with', pageOf(articles, 2, 50))).toBe(
      'The 57 entities named in the same sentences as Ana Mayor, with how many sentences each shares, most first (page 2 of 2).',
    );
  });
});
