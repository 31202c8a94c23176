/**
 * Search results as the reader sees them, before any DOM: groups in the
 * order entities, claims, sources, each with its count and its first hits,
 * every hit with its link, its text with the matched words marked and a line
 * that says what it is and why it matched.
 */
import type { ClaimDocument, EntityDocument, SourceDocument } from '../../search/documents.ts';
import type { Highlight, Hit, SearchResults } from '../../search/engine.ts';
import { kindLabel } from '../kinds.ts';
import { statusLook } from '../status.ts';
import { count, figure, readableDate } from '../text.ts';
import { claimUrl, entityUrl, searchUrl, sourceUrl } from '../urls.ts';
import { markedText, type Segment } from './marked.ts';

export interface ResultItem {
  href: string;
  title: Segment[];
  /** What the record is, and why it matched when its title does not show it. */
  detail: Segment[];
}

export interface ResultGroup {
  key: 'entities' | 'claims' | 'sources' | 'closest';
  label: string;
  /** Every hit of the group, though `items` may hold only the first few; none for the closest names, which are not hits. */
  total?: number;
  /** The search stopped counting at its limit: there may be more hits than `total`. */
  capped?: boolean;
  items: ResultItem[];
}

export interface ViewLimits {
  /** Hits shown per group. */
  perGroup: number;
  /** Characters of a quote shown around its first matched word. */
  quoteLength: number;
  /** The `limit` the search ran with: hits it counts in a group at most. */
  searchLimit: number;
}

/** The engine answers nothing to a shorter query. */
export const MIN_QUERY_LENGTH = 2;

const plain = (text: string): Segment[] => [{ text, mark: false }];
const marked = (text: string): Segment[] => [{ text, mark: true }];

/** The parts of a detail line, the empty ones left out, separated by middle dots. */
function joined(parts: Segment[][]): Segment[] {
  return parts.filter((part) => part.length > 0).flatMap((part, i) => (i === 0 ? part : [...plain(' · '), ...part]));
}

const highlight = (highlights: readonly Highlight[], key: string): Highlight | undefined => highlights.find((h) => h.key === key);

/** A label for a value the documents carry as a plain string. */
function labelOf<T>(labels: Readonly<Record<string, T>>, value: string): T | undefined {
  return Object.hasOwn(labels, value) ? labels[value] : undefined;
}

function entityItem({ item, highlights }: Hit<EntityDocument>): ResultItem {
  const name = highlight(highlights, 'name');
  // A name that did not match itself matched through one of its other names.
  const alias = name === undefined ? highlight(highlights, 'aliases') : undefined;
  return {
    href: entityUrl(item.id),
    title: markedText(item.name, name?.ranges ?? []),
    detail: joined([
      alias === undefined ? [] : [...plain('also called '), ...markedText(alias.value, alias.ranges)],
      plain(labelOf(kindLabel, item.kind)?.one ?? item.kind),
      item.claims > 0 ? plain(count(item.claims, 'claim')) : [],
    ]),
  };
}

function claimItem({ item, highlights }: Hit<ClaimDocument>, entities: readonly Hit<EntityDocument>[], limits: ViewLimits): ResultItem {
  const quote = highlight(highlights, 'quote');
  const asserter = highlight(highlights, 'asserter');
  // No word of the claim matched: it came with a matching entity that made it or that it is about.
  const through = highlights.length === 0 ? entities.find((e) => item.entityIds.includes(e.item.id))?.item : undefined;
  const byMatch = through?.id === item.asserterId;
  return {
    href: claimUrl(item.id),
    title: markedText(item.quote, quote?.ranges ?? [], limits.quoteLength),
    detail: joined([
      byMatch ? marked(item.asserter) : markedText(item.asserter, asserter?.ranges ?? []),
      plain(labelOf(statusLook, item.status)?.label ?? item.status),
      through === undefined || byMatch ? [] : [...plain('about '), ...marked(through.name)],
    ]),
  };
}

function sourceItem({ item, highlights }: Hit<SourceDocument>): ResultItem {
  return {
    href: sourceUrl(item.id),
    title: markedText(item.title, highlight(highlights, 'title')?.ranges ?? []),
    detail: joined(
      item.kind === 'cited'
        ? [plain('Cited source')]
        : [plain('Article'), item.outlet === undefined ? [] : plain(item.outlet), item.date === undefined ? [] : plain(readableDate(item.date))],
    ),
  };
}

/** The groups with hits, entities first, at most `perGroup` hits each. */
export function resultGroups(results: SearchResults, limits: ViewLimits): ResultGroup[] {
  const counted = (total: number) => ({ total, capped: total >= limits.searchLimit });
  const groups: ResultGroup[] = [
    { key: 'entities', label: 'Entities', ...counted(results.found.entities), items: results.entities.slice(0, limits.perGroup).map(entityItem) },
    {
      key: 'claims',
      label: 'Claims',
      ...counted(results.found.claims),
      items: results.claims.slice(0, limits.perGroup).map((hit) => claimItem(hit, results.entities, limits)),
    },
    { key: 'sources', label: 'Sources', ...counted(results.found.sources), items: results.sources.slice(0, limits.perGroup).map(sourceItem) },
  ];
  return groups.filter((group) => group.items.length > 0);
}

/** When nothing matched: the entities the engine names as closest, linked to their pages. */
export function closestGroup(results: SearchResults): ResultGroup[] {
  const items = results.suggestions.map((item) => entityItem({ item, score: 1, highlights: [] }));
  return items.length === 0 ? [] : [{ key: 'closest', label: 'No results · closest names', items }];
}

export const resultTotal = ({ found }: SearchResults): number => found.entities + found.claims + found.sources;

/** What to show for a search: its hits in groups, or when there are none the closest names; `capped` when a group may have more hits than counted. */
export function searchView(results: SearchResults, limits: ViewLimits): { total: number; capped: boolean; groups: ResultGroup[] } {
  const total = resultTotal(results);
  const groups = total === 0 ? closestGroup(results) : resultGroups(results, limits);
  return { total, capped: groups.some((group) => group.capped === true), groups };
}

/** A number of hits as shown: "143", or "1,000+" when the search stopped counting there. */
export const hitCount = (total: number, capped = false): string => `${figure(total)}${capped ? '+' : ''}`;

/** What a live region announces: "No results", "1 result", "5 results", "200+ results". */
export const resultCount = (total: number, capped = false): string =>
  total === 0 ? 'No results' : `${hitCount(total, capped)} ${total === 1 && !capped ? 'result' : 'results'}`;

/** The way from the suggestions to the full results page. */
export const allResultsItem = (query: string): ResultItem => ({ href: searchUrl(query), title: plain(`All results for “${query}”`), detail: [] });
