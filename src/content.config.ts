/**
 * The explorer's records reach Astro through the Content Layer: one loader per
 * record type, all fed by a single run of the extraction pipeline.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { buildContentCorpus } from './pipeline/content-corpus.ts';
import { Claim, Entity, Source, type Corpus } from './pipeline/schema.ts';
import { InputError, InputErrors } from './pipeline/errors.ts';

/** The content folder; NCE_CONTENT_DIR points a build at another one (tests, benchmarks). */
const contentDir = process.env['NCE_CONTENT_DIR'] ?? fileURLToPath(new URL('../content/', import.meta.url));
let corpus: Promise<Corpus> | undefined;

/** The pipeline runs once per build, whichever collection asks first. */
function loadCorpus(): Promise<Corpus> {
  corpus ??= buildContentCorpus(contentDir).catch((error: unknown) => {
    if (error instanceof InputErrors || error instanceof InputError) {
      // Name every bad file and field, not a stack trace.
      throw new Error(`the content has problems:\n${error instanceof InputErrors ? error.message : error.describe()}`);
    }
    throw error;
  });
  return corpus;
}

function recordsLoader(name: 'sources' | 'claims' | 'entities'): Loader {
  return {
    name: `news-claims-${name}`,
    load: async ({ store, parseData, generateDigest }) => {
      const records = (await loadCorpus())[name];
      store.clear();
      for (const record of records) {
        const data = await parseData({ id: record.id, data: record as unknown as Record<string, unknown> });
        store.set({ id: record.id, data, digest: generateDigest(data) });
      }
    },
  };
}

export const collections = {
  sources: defineCollection({ loader: recordsLoader('sources'), schema: Source }),
  claims: defineCollection({ loader: recordsLoader('claims'), schema: Claim }),
  entities: defineCollection({ loader: recordsLoader('entities'), schema: Entity }),
};
