/**
 * Articles' extractions kept between builds, keyed by file and checked
 * against a digest of the file's text and the pipeline: an unchanged article
 * is not extracted again. The cache lives in any string key-value store
 * (on the site, a file in Astro's cache folder: cache-file.ts).
 */
import { createHash } from 'node:crypto';
import type { ArticleExtraction } from '../article-extraction.ts';
import { pipelineFingerprint } from './fingerprint.ts';

export interface KeyValueStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  delete(key: string): void;
}

interface Entry {
  digest: string;
  extraction: ArticleExtraction;
}

/** The key under which the list of cached files is kept, so that the entries of deleted files can go. */
const FILES_KEY = 'extracted-files';
const entryKey = (file: string): string => `extraction:${file}`;

export class ExtractionCache {
  /** Articles taken from the cache and articles extracted in this run. */
  readonly use = { reused: 0, extracted: 0 };
  readonly #store: KeyValueStore;
  readonly #fingerprint: string;
  readonly #seen = new Set<string>();

  private constructor(store: KeyValueStore, fingerprint: string) {
    this.#store = store;
    this.#fingerprint = fingerprint;
  }

  static async open(store: KeyValueStore): Promise<ExtractionCache> {
    return new ExtractionCache(store, await pipelineFingerprint());
  }

  #digest(file: string, text: string): string {
    return createHash('sha256').update(this.#fingerprint).update('\u0000').update(file).update('\u0000').update(text).digest('hex');
  }

  /** The extraction of `file` with this `text` from an earlier run, when both it and the pipeline are unchanged. */
  lookup(file: string, text: string): ArticleExtraction | undefined {
    this.#seen.add(file);
    const cached = this.#store.get(entryKey(file));
    if (cached === undefined) return undefined;
    const entry = JSON.parse(cached) as Entry;
    if (entry.digest !== this.#digest(file, text)) return undefined;
    this.use.reused += 1;
    return entry.extraction;
  }

  /** Keeps the fresh extraction of `file` with this `text` for the next run. */
  remember(file: string, text: string, extraction: ArticleExtraction): void {
    this.#seen.add(file);
    this.#store.set(entryKey(file), JSON.stringify({ digest: this.#digest(file, text), extraction } satisfies Entry));
    this.use.extracted += 1;
  }

  /** Forgets the files not seen in this run (deleted or renamed articles). */
  prune(): void {
    const before = JSON.parse(this.#store.get(FILES_KEY) ?? '[]') as string[];
    for (const file of before) if (!this.#seen.has(file)) this.#store.delete(entryKey(file));
    this.#store.set(FILES_KEY, JSON.stringify([...this.#seen].sort()));
  }
}
