/** The data files of /data/: the records as the pipeline writes them, a CSV of the claims and the JSON Schema. */
import { z } from 'zod';
import { Corpus } from '../pipeline/schema.ts';
import type { Records } from './records.ts';
import { toCsv } from './csv.ts';

export const claimsCsvHeader = ['id', 'article', 'asserter', 'quote', 'status', 'cue', 'date'] as const;

export function claimsCsv(records: Records): string {
  return toCsv(
    claimsCsvHeader,
    records.claims.map((c) => {
      const article = records.article(c.sourceId);
      return [c.id, article.title, records.entity(c.asserterId).name, c.quote, c.status, c.cue, article.date ?? ''];
    }),
  );
}

export function corpusSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Corpus),
    title: 'News Claims Explorer records',
    description: 'The three data files together: {"sources": sources.json, "claims": claims.json, "entities": entities.json}.',
  };
}

export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
