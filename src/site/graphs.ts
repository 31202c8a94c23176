/** Which records become nodes and links in the site's two pictures. */
import type { Entity } from '../pipeline/schema.ts';
import { columnLayout, ringLayout, type GraphEdge, type GraphNode, type Layout } from './graph-layout.ts';
import type { Records } from './records.ts';
import { entityUrl, sourceUrl } from './urls.ts';

const sourceNode = (records: Records, id: string): GraphNode => {
  const source = records.source(id);
  return { key: `s:${id}`, kind: source.kind, label: source.title, href: sourceUrl(id) };
};

const entityNode = (entity: Entity, kind: 'asserter' | 'entity'): GraphNode => ({
  key: `e:${entity.id}`,
  kind,
  label: entity.name,
  href: entityUrl(entity.id),
});

function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}

/** Articles, the sources they cite, and the asserters behind their claims. */
export function corpusGraph(records: Records): Layout {
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
  );
  return columnLayout(
    [
      records.articles.map((a) => sourceNode(records, a.id)),
      records.cited.map((s) => sourceNode(records, s.id)),
      records.asserters().map(({ item }) => entityNode(item, 'asserter')),
    ],
    edges,
  );
}

/** One entity with who makes claims about it and the sources that carry it. */
export function entityGraph(records: Records, entityId: string, limit = 14): Layout {
  const entity = records.entity(entityId);
  const center = entityNode(entity, 'entity');
  const around = unique(
    [
      ...records.claimsAbout(entityId).map((c) => entityNode(records.entity(c.asserterId), 'asserter')),
      ...records.cited.filter((s) => s.entityId === entityId).map((s) => sourceNode(records, s.id)),
      ...records.claimsBy(entityId).map((c) => sourceNode(records, c.via ?? c.sourceId)),
      ...records.articlesMentioning(entityId).map(({ item }) => sourceNode(records, item.id)),
    ],
    (n) => n.key,
  )
    .filter((n) => n.key !== center.key)
    .slice(0, limit);
  const edges: GraphEdge[] = around.map((n) => ({ from: center.key, to: n.key }));
  return ringLayout(center, around, edges);
}
