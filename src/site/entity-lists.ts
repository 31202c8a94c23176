/**
 * The two lists of names beside an entity: the articles naming it and the
 * entities named in the same sentences. Its page shows the start of each
 * (limits.relatedNames); a list longer than that has pages of its own,
 * `/entities/<id>/articles/` and `/entities/<id>/named-with/`, paginated
 * like the other lists (`…/articles/page/2/`).
 */
import type { Entity } from '../pipeline/schema.ts';
import { laterPages, limits } from './pagination.ts';
import type { Records } from './records.ts';
import { entityUrl, sourceUrl, type Link } from './urls.ts';

export const entityLists = ['articles', 'named-with'] as const;
export type EntityList = (typeof entityLists)[number];

export type CountedLink = Link & { count: number };

interface ListLook {
  /** The list's heading on the entity's page. */
  heading: string;
  /** The title of the list's own pages. */
  title: (name: string) => string;
  /** What the list holds, for an entity's name: "articles naming Atesh". */
  holds: (name: string) => string;
  /** What each link's number counts, singular. */
  unit: string;
  pageSize: number;
  items: (records: Records, entityId: string) => CountedLink[];
}

export const entityListLook: Record<EntityList, ListLook> = {
  articles: {
    heading: 'Articles naming it',
    title: (name) => `Articles naming ${name}`,
    holds: (name) => `articles naming ${name}`,
    unit: 'mention',
    pageSize: limits.sourcesPerPage,
    items: (records, id) => records.articlesMentioning(id).map(({ item, count: n }) => ({ href: sourceUrl(item.id), label: item.title, count: n })),
  },
  'named-with': {
    heading: 'Named in the same sentences',
    title: (name) => `Named in the same sentences as ${name}`,
    holds: (name) => `entities named with ${name}`,
    unit: 'sentence',
    pageSize: limits.namesPerPage,
    items: (records, id) => records.coMentioned(id).map(({ item, count: n }) => ({ href: entityUrl(item.id), label: item.name, count: n })),
  },
};

/** The first page of one of an entity's lists. */
export const entityListUrl = (entityId: string, list: EntityList): string => `${entityUrl(entityId)}${list}/`;

/** The way from the entity's page to the whole of a list: "All 57 articles naming Atesh →". */
export const allOfList = (entity: Entity, list: EntityList, total: number): Link => ({
  href: entityListUrl(entity.id, list),
  label: `All ${total} ${entityListLook[list].holds(entity.name)} →`,
});

/** Whether a list is longer than the entity's page shows, and so has pages of its own. */
export const hasOwnPages = (total: number): boolean => total > limits.relatedNames;

/** Every page of the lists that have pages of their own: entity, list, page number from 1. */
export function entityListPages(records: Records): { entity: Entity; list: EntityList; page: number }[] {
  return records.entities.flatMap((entity) =>
    entityLists.flatMap((list) => {
      const total = entityListLook[list].items(records, entity.id).length;
      return hasOwnPages(total) ? [1, ...laterPages(total, entityListLook[list].pageSize)].map((page) => ({ entity, list, page })) : [];
    }),
  );
}
