/**
 * Articles' extractions kept between builds, keyed by file and checked
 * against a digest of the file's text and the pipeline: an unchanged article
 * is not extracted again. The cache is a map of strings, kept on the site in
 * a file in Astro's cache folder (cache-file.ts).
 */
import { createHash } from 'node:crypto';
import type { ArticleExtraction } from '../article-extraction.ts';
import { pipelineFingerprint } from './fingerprint.ts';

interface Entry {
  digest: string;
  extraction: ArticleExtraction;
}

const PREFIX = 'extraction:';
const entryKey = (file: string): string => `${PREFIX}${file}`;

export class ExtractionCache {
  /** Articles taken from the cache and articles extracted in this run. */
  readonly use = { reused: 0, extracted: 0 };
  readonly #store: Map<string, string>;
  readonly #fingerprint: string;
  readonly #seen = new Set<string>();

  private constructor(store: Map<string, string>, fingerprint: string) {
    this.#store = store;
    this.#fingerprint = fingerprint;
  }

  static async open(store: Map<string, string>): Promise<ExtractionCache> {
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
    for (const key of this.#store.keys()) if (key.startsWith(PREFIX) && !this.#seen.has(key.slice(PREFIX.length))) this.#store.delete(key);
  }
}
