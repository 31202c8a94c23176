/** The records of the built site, read from its own data files, so that tests pick real pages without naming ids that extraction may change. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../src/pipeline/schema.ts';

export function siteData(siteDir: string): Corpus {
  const read = <K extends keyof Corpus>(name: K): Corpus[K] => JSON.parse(readFileSync(join(siteDir, 'data', `${name}.json`), 'utf8')) as Corpus[K];
  return { sources: read('sources'), claims: read('claims'), entities: read('entities') };
}

/** An entity's claims as asserter, in the site's order. */
export const claimsBy = (corpus: Corpus, entityId: string): Corpus['claims'] => corpus.claims.filter((claim) => claim.asserterId === entityId);
