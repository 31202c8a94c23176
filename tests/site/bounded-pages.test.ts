/**
 * What a page shows stays bounded however large the corpus grows: records
 * built from a synthetic corpus (grown from the project's own articles, as
 * `npm run bench` grows it), whose busiest asserters, entities and articles
 * have more claims, mentions and neighbours than a page lists.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { sentencePool, syntheticArticles } from '../../src/bench/synthetic-articles.ts';
import { buildCorpus } from '../../src/pipeline/corpus.ts';
import { readMarkdownArticle, readRawArticle } from '../../src/pipeline/read-article.ts';
import { cardValues } from '../../src/site/claim-filters.ts';
import { filterPath, isActive, matches, toggle } from '../../src/site/filter-state.ts';
import { corpusGraph, entityGraph } from '../../src/site/graphs.ts';
import { entityListLook, entityListPages, entityLists, entityListUrl } from '../../src/site/entity-lists.ts';
import { limits, pageOf, pageUrl } from '../../src/site/pagination.ts';
import { Records } from '../../src/site/records.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const articleCount = 150;

async function syntheticRecords(): Promise<Records> {
  const read = async (dir: string, ext: string) => {
    const files = (await readdir(join(root, dir))).filter((f) => f.endsWith(ext));
    return Promise.all(files.map(async (f) => ({ f, text: await readFile(join(root, dir, f), 'utf8') })));
  };
  const templates = [
    ...(await read('content/articles', '.md')).map(({ f, text }) => readMarkdownArticle(text, f)),
    ...(await read('tests/eval/articles', '.txt')).map(({ f, text }) => readRawArticle(text, f)),
  ];
  const articles = syntheticArticles(sentencePool(buildCorpus(templates)), articleCount);
  return new Records(buildCorpus(articles.map((a) => readRawArticle(a.text, a.file))));
}

const max = (values: readonly number[]): number => Math.max(0, ...values);

describe('pages of a large corpus', () => {
  let records: Records;
  beforeAll(async () => {
    records = await syntheticRecords();
  }, 120_000);

  it('has lists longer than any page shows, so the limits below are tested', () => {
    expect(records.claims.length).toBeGreaterThan(limits.claimsPerPage * 10);
    expect(max(records.entities.map((e) => records.claimsBy(e.id).length))).toBeGreaterThan(limits.relatedClaims);
    expect(max(records.entities.map((e) => records.claimsAbout(e.id).length))).toBeGreaterThan(limits.claimsPerPage);
    expect(max(records.entities.map((e) => records.articlesMentioning(e.id).length))).toBeGreaterThan(limits.relatedNames);
    expect(records.facets.options('asserter').length).toBeGreaterThan(limits.namesPerPage);
    expect(records.articles.length + records.cited.length + records.asserters().length).toBeGreaterThan(limits.graphNodes);
  });

  it('splits every list of claims into pages, each filter showing exactly its claims', () => {
    const listings = records.facets.listings();
    const paths = listings.map((l) => l.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const { listing } of listings) {
      if (listing.kind !== 'claims') continue;
      const claims = records.facets.claims(listing.filter);
      const shown = claims.slice((listing.page - 1) * limits.claimsPerPage, listing.page * limits.claimsPerPage);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThanOrEqual(limits.claimsPerPage);
      expect(claims).toEqual(records.claims.filter((c) => matches(cardValues(c), listing.filter)));
    }
    // Linear in the corpus: a page per filter value, or per 50 of its claims.
    const values = (['asserter', 'article', 'entity'] as const).reduce((n, f) => n + records.facets.options(f).length, 0);
    expect(listings.length).toBeLessThan(4 * values + (6 * records.claims.length) / limits.claimsPerPage + 20);
  });

  it('offers in the filters a bounded number of values, each leading to a page that exists', () => {
    const pages = new Set(records.facets.listings().map((l) => l.path));
    const problems: string[] = [];
    for (const { listing } of records.facets.listings()) {
      if (listing.kind !== 'claims' || listing.page > 1) continue;
      const { filter } = listing;
      const here = filterPath(filter);
      for (const { facet, options } of records.facets.sidebar(filter)) {
        if (options.length > (facet === 'status' ? 5 : limits.filterValues + 1)) problems.push(`${here}: ${options.length} ${facet} values`);
        for (const option of options) {
          const next = toggle(filter, facet, option.value);
          const target = records.facets.path(next);
          if (!pages.has(target)) problems.push(`${here} → ${target}: no such page`);
          if (!isActive(filter, facet, option.value) && records.facets.claims(next).length !== option.count) problems.push(`${here} → ${target}: count ${option.count}`);
        }
        // A page narrowed to one asserter, article or entity offers no other facet's values: they would be the same on every such page.
        if (filter.by !== undefined && facet !== 'status' && facet !== filter.by.facet && options.length > 0) problems.push(`${here}: ${facet} values offered`);
        const active = facet === 'status' ? filter.status : filter.by?.facet === facet ? filter.by.value : undefined;
        if (active !== undefined && !options.some((o) => o.value === active)) problems.push(`${here}: the chosen ${facet} is not offered`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('caps the claims beside a claim, nearest first, never the claim itself', () => {
    for (const claim of records.claims) {
      const byAsserter = records.moreBy(claim.id, limits.relatedClaims);
      expect(byAsserter.length).toBe(Math.min(limits.relatedClaims, records.claimsBy(claim.asserterId).length - 1));
      expect(byAsserter.every((c) => c.asserterId === claim.asserterId && c.id !== claim.id)).toBe(true);
      const about = records.aboutTheSame(claim.id, limits.relatedClaims);
      expect(about.length).toBeLessThanOrEqual(limits.relatedClaims);
      expect(about.every((c) => c.id !== claim.id && c.subjects.some((s) => claim.subjects.includes(s)))).toBe(true);
    }
  });

  it('gives the whole list of articles naming an entity, and of entities named with it, pages of their own where the entity’s page cuts it short', () => {
    const pages = entityListPages(records);
    const seen = new Map<string, number>();
    for (const { entity, list, page } of pages) {
      const whole = entityListLook[list].items(records, entity.id);
      const shown = pageOf(whole, page, entityListLook[list].pageSize);
      expect(shown.items.length).toBeGreaterThan(0);
      expect(shown.items.length).toBeLessThanOrEqual(entityListLook[list].pageSize);
      const key = `${entity.id} ${list}`;
      seen.set(key, (seen.get(key) ?? 0) + shown.items.length);
    }
    for (const entity of records.entities) {
      for (const list of entityLists) {
        const total = entityListLook[list].items(records, entity.id).length;
        // Every item once over the pages of a list longer than the entity's page shows; no page for a shorter one.
        expect(seen.get(`${entity.id} ${list}`) ?? 0).toBe(total > limits.relatedNames ? total : 0);
      }
    }
    expect(max(records.entities.map((e) => records.coMentioned(e.id).length))).toBeGreaterThan(limits.relatedNames);
    expect(new Set(pages.map(({ entity, list, page }) => pageUrl(entityListUrl(entity.id, list), page))).size).toBe(pages.length);
  });

  it('caps the articles sharing an article’s entities, with the exact number shared', () => {
    for (const article of records.articles) {
      const named = new Set(records.entitiesIn(article.id).map(({ item }) => item.id));
      const sharing = records.articlesSharingEntities(article.id, limits.relatedArticles);
      expect(sharing.length).toBeLessThanOrEqual(limits.relatedArticles);
      for (const { item, count } of sharing) {
        expect(item.id).not.toBe(article.id);
        expect(count).toBe(records.entitiesIn(item.id).filter((e) => named.has(e.item.id)).length);
      }
      expect(sharing.map((s) => s.count)).toEqual(sharing.map((s) => s.count).toSorted((a, b) => b - a));
    }
  });

  it('draws the most linked nodes only, in the corpus graph and around an entity', () => {
    const graph = corpusGraph(records, limits.graphNodes);
    expect(graph.layout.nodes.length).toBe(limits.graphNodes);
    const kept = new Set(graph.nodes.map((n) => n.key));
    expect(graph.edges.every((e) => kept.has(e.from) && kept.has(e.to))).toBe(true);
    for (const entity of records.entities) expect(entityGraph(records, entity.id).nodes.length).toBeLessThanOrEqual(15);
  });
});
