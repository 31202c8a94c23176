/**
 * The explorer's records reach Astro through the Content Layer: one loader per
 * record type, all fed by a single run of the extraction pipeline. Each
 * article's extraction is kept in Astro's cache folder under a digest of its
 * text and of the pipeline, so a rebuild extracts only the articles that
 * changed.
 */
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildContentCorpus } from './pipeline/content-corpus.ts';
import { ExtractionCache } from './pipeline/cache/extraction-cache.ts';
import { CacheFolder } from './pipeline/cache/cache-folder.ts';
import { Claim, Entity, Source, type Corpus } from './pipeline/schema.ts';
import { problemsOf } from './pipeline/errors.ts';

/** The content folder; NCE_CONTENT_DIR points a build at another one (tests, benchmarks). */
const contentDir = process.env['NCE_CONTENT_DIR'] ?? fileURLToPath(new URL('../content/', import.meta.url));
const COLLECTIONS = ['sources', 'claims', 'entities'] as const;
let corpus: Promise<Corpus> | undefined;
/** Collections that have taken their records from the current corpus. */
let served = 0;

async function extract({ config, logger }: LoaderContext): Promise<Corpus> {
  // A folder of its own rather than a collection's meta store: the three loaders start in no fixed order.
  const cache = await ExtractionCache.open(new CacheFolder(join(fileURLToPath(config.cacheDir), 'news-claims', 'extractions')));
  let shown = 0;
  const corpus = await buildContentCorpus(contentDir, {
    cache,
    onProgress: (done, total) => {
      // About ten lines however long the run.
      if (done < total && done - shown >= Math.max(100, total / 10)) {
        shown = done;
        logger.info(`articles read ${done}/${total}`);
      }
    },
  });
  const { extracted, reused } = cache.use;
  logger.info(`articles read ${extracted + reused}/${extracted + reused} (${extracted} extracted, ${reused} unchanged)`);
  logger.info(`${corpus.sources.length} sources, ${corpus.claims.length} claims, ${corpus.entities.length} entities`);
  return corpus;
}

/**
 * The pipeline runs once per sync, whichever collection asks first. Once all
 * three have their records it is let go, so that the next sync in `astro dev`
 * reads the content anew.
 */
function loadCorpus(context: LoaderContext): Promise<Corpus> {
  corpus ??= extract(context).catch((error: unknown) => {
    const problems = problemsOf(error);
    // Name every bad file and field, not a stack trace.
    if (problems !== undefined) throw new Error(`the content has problems:\n${problems.map((p) => p.describe()).join('\n')}`);
    throw error;
  });
  return corpus;
}

function releaseCorpus(): void {
  served += 1;
  if (served < COLLECTIONS.length) return;
  served = 0;
  corpus = undefined;
}

function recordsLoader(name: (typeof COLLECTIONS)[number]): Loader {
  return {
    name: `news-claims-${name}`,
    load: async (context) => {
      const { store, generateDigest } = context;
      let records;
      try {
        records = (await loadCorpus(context))[name];
      } finally {
        releaseCorpus();
      }
      const ids = new Set<string>();
      for (const record of records) {
        ids.add(record.id);
        const data = record as unknown as Record<string, unknown>;
        const digest = generateDigest(data);
        // An unchanged record keeps its stored entry: only what changed is stored again.
        if (store.get(record.id)?.digest === digest) continue;
        // Not through parseData: the pipeline has parsed the corpus with these same schemas, and a
        // second parse would hold a second copy of every record until the corpus is let go.
        store.set({ id: record.id, data, digest });
      }
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
    },
  };
}

export const collections = {
  sources: defineCollection({ loader: recordsLoader('sources'), schema: Source }),
  claims: defineCollection({ loader: recordsLoader('claims'), schema: Claim }),
  entities: defineCollection({ loader: recordsLoader('entities'), schema: Entity }),
};
