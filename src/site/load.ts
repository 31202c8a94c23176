import { getCollection } from 'astro:content';
import { Records } from './records.ts';

let records: Promise<Records> | undefined;

/** The records of the content collections, indexed once per build for every page. */
export function loadRecords(): Promise<Records> {
  records ??= Promise.all([getCollection('sources'), getCollection('claims'), getCollection('entities')]).then(
    ([sources, claims, entities]) =>
      new Records({
        sources: sources.map((e) => e.data),
        claims: claims.map((e) => e.data),
        entities: entities.map((e) => e.data),
      }),
  );
  return records;
}
