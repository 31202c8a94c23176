/**
 * The meta descriptions of record pages: what a search engine shows under the
 * page's title, and what a link preview says. Each names the record and what
 * the page holds about it, in one sentence.
 */
import type { ArticleSource, CitedSource, Entity } from '../pipeline/schema.ts';
import { citedKind } from '../pipeline/attribution/where-cited.ts';
import type { EntityList } from './entity-lists.ts';
import { kindLabel } from './kinds.ts';
import type { Page } from './pagination.ts';
import type { EntityName } from './records.ts';
import { count, excerpt, readableDate } from './text.ts';

export function articleDescription(article: ArticleSource, claims: number): string {
  const from = [article.outlet, article.date === undefined ? undefined : readableDate(article.date)].filter((part) => part !== undefined);
  const origin = from.length > 0 ? ` (${from.join(', ')})` : '';
  return `${count(claims, 'claim')} in the article “${excerpt(article.title, 90)}”${origin}: who asserted each, through which source, and whether it was confirmed.`;
}

export function citedSourceDescription(source: CitedSource, behind: EntityName, claims: number): string {
  const articles = new Set(source.citedBy.map((c) => c.articleId)).size;
  return `${citedKind(source.form, source.channel)} by ${behind.name}, relayed by ${count(articles, 'article')}, and the ${count(claims, 'claim')} that came through it.`;
}

export function entityDescription(entity: Entity, by: number, about: number): string {
  const what = entity.description === undefined ? kindLabel[entity.kind].one : excerpt(entity.description, 100).replace(/\.$/u, '');
  return `${entity.name} (${what}): ${count(by, 'claim')} made and ${count(about, 'claim')} about it in the news articles, with their sources and status.`;
}

/** A page of the whole list of the articles naming an entity, or of the entities named with it. */
export function entityListDescription(entity: Entity, list: EntityList, page: Page<unknown>): string {
  const what =
    list === 'articles'
      ? `${count(page.total, 'article')} naming ${entity.name}, with how often each names it`
      : `${count(page.total, 'entity', 'entities')} named in the same sentences as ${entity.name}, with how many sentences each shares`;
  const part = page.count > 1 ? ` (page ${page.number} of ${page.count})` : '';
  return `The ${what}, most first${part}.`;
}
