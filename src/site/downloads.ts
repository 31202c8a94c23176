/**
 * The data files of /data/: the records as the pipeline writes them, a CSV of
 * the claims and the JSON Schema. The record files are tens of megabytes at
 * 10,000 articles, so they are written a line at a time into the response
 * instead of as one string: a 60 MB file took 570 MB of memory on its way to
 * disk as one pretty-printed string, and 200 MB a line at a time.
 */
import { z } from 'zod';
import { Corpus } from '../pipeline/schema.ts';
import type { Records } from './records.ts';
import { csvLines } from './csv.ts';

export const claimsCsvHeader = ['id', 'article', 'asserter', 'quote', 'status', 'cue', 'date'] as const;

function* claimRows(records: Records): Generator<string[]> {
  for (const c of records.claims) {
    const article = records.article(c.sourceId);
    yield [c.id, article.title, records.entity(c.asserterId).name, c.quote, c.status, c.cue, article.date ?? ''];
  }
}

export function claimsCsv(records: Records): Response {
  return streamedResponse(csvLines(claimsCsvHeader, claimRows(records)), 'text/csv; charset=utf-8');
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

/** A JSON array with one record on each line: greppable, and a line of a diff is a record. */
function* jsonArrayLines(values: readonly unknown[]): Generator<string> {
  yield '[\n';
  for (const [i, value] of values.entries()) yield `${JSON.stringify(value)}${i < values.length - 1 ? ',' : ''}\n`;
  yield ']\n';
}

export function recordsResponse(values: readonly unknown[]): Response {
  return streamedResponse(jsonArrayLines(values), 'application/json; charset=utf-8');
}

/** Lines are gathered into pieces of about this many characters before they are encoded. */
const PIECE = 64 * 1024;

function streamedResponse(lines: Iterator<string>, contentType: string): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let piece = '';
      let next = lines.next();
      while (!next.done) {
        piece += next.value;
        if (piece.length >= PIECE) break;
        next = lines.next();
      }
      if (piece !== '') controller.enqueue(encoder.encode(piece));
      if (next.done) controller.close();
    },
  });
  return new Response(body, { headers: { 'Content-Type': contentType } });
}
