/** Which records become nodes and links in the site's two pictures. */
import { columnLayout, ringLayout, type GraphEdge, type GraphNode, type Layout } from './graph-layout.ts';
import type { EntityName, Records } from './records.ts';
import { entityUrl, sourceUrl } from './urls.ts';

const sourceNode = (records: Records, id: string): GraphNode => {
  const source = records.source(id);
  return { key: `s:${id}`, kind: source.kind, label: source.title, href: sourceUrl(id) };
};

const entityNode = (entity: EntityName, kind: 'asserter' | 'entity'): GraphNode => ({
  key: `e:${entity.id}`,
  kind,
  label: entity.name,
  href: entityUrl(entity.id),
});

function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}

export interface CorpusGraph {
  layout: Layout;
  /** The nodes and links in the picture, before layout. */
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Of each kind, how many nodes the picture shows and how many there are. */
  counts: { kind: 'article' | 'cited' | 'asserter'; shown: number; total: number }[];
}

/**
 * Articles, the sources they cite, and the asserters behind their claims:
 * the `limit` most linked of them, so the picture stays readable and the
 * page small however large the corpus grows.
 */
export function corpusGraph(records: Records, limit: number): CorpusGraph {
  const columns = [
    records.articles.map((a) => sourceNode(records, a.id)),
    records.cited.map((s) => sourceNode(records, s.id)),
    records.asserters().map(({ item }) => entityNode(item, 'asserter')),
  ];
  const all = new Set(columns.flat().map((n) => n.key));
  const edges = unique(
    [
      ...records.cited.flatMap((s) => [
        ...s.citedBy.map((c) => ({ from: `s:${c.articleId}`, to: `s:${s.id}` })),
        { from: `s:${s.id}`, to: `e:${s.entityId}` },
      ]),
      // A claim that came through a cited source is already linked through it.
      ...records.claims.map((c) => ({ from: `s:${c.via ?? c.sourceId}`, to: `e:${c.asserterId}` })),
    ],
    (e) => `${e.from}>${e.to}`,
  ).filter((e) => all.has(e.from) && all.has(e.to));
  const degree = new Map<string, number>();
  for (const { from, to } of edges) for (const key of [from, to]) degree.set(key, (degree.get(key) ?? 0) + 1);
  // Most linked first; a stable sort keeps each column's own order among equals.
  const kept = new Set(
    columns
      .flat()
      .sort((a, b) => (degree.get(b.key) ?? 0) - (degree.get(a.key) ?? 0))
      .slice(0, limit)
      .map((n) => n.key),
  );
  const shown = columns.map((column) => column.filter((n) => kept.has(n.key)));
  const keptEdges = edges.filter((e) => kept.has(e.from) && kept.has(e.to));
  const kinds = ['article', 'cited', 'asserter'] as const;
  return {
    layout: columnLayout(shown, keptEdges),
    nodes: shown.flat(),
    edges: keptEdges,
    counts: kinds.map((kind, i) => ({ kind, shown: shown[i]?.length ?? 0, total: columns[i]?.length ?? 0 })),
  };
}

/** One entity with who makes claims about it and the sources that carry it: the first `limit` found, however many there are. */
export function entityGraph(records: Records, entityId: string, limit = 14): Layout {
  const entity = records.entity(entityId);
  const center = entityNode(entity, 'entity');
  function* candidates(): Generator<GraphNode> {
    for (const c of records.claimsAbout(entityId)) yield entityNode(records.named(c.asserterId), 'asserter');
    for (const s of records.citedBehind(entityId)) yield sourceNode(records, s.id);
    for (const c of records.claimsBy(entityId)) yield sourceNode(records, c.via ?? c.sourceId);
    for (const { item } of records.articlesMentioning(entityId)) yield sourceNode(records, item.id);
  }
  const seen = new Set([center.key]);
  const around: GraphNode[] = [];
  for (const node of candidates()) {
    if (around.length === limit) break;
    if (seen.has(node.key)) continue;
    seen.add(node.key);
    around.push(node);
  }
  const edges: GraphEdge[] = around.map((n) => ({ from: center.key, to: n.key }));
  return ringLayout(center, around, edges);
}
