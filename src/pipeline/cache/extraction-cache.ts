/**
 * Articles' extractions kept between builds, keyed by file and checked
 * against a digest of the file's text and the pipeline: an unchanged article
 * is not extracted again. The entries live in a folder of their own in
 * Astro's cache folder (cache-folder.ts).
 */
import { createHash } from 'node:crypto';
import type { ArticleExtraction } from '../article-extraction.ts';
import type { CacheFolder } from './cache-folder.ts';
import { pipelineFingerprint } from './fingerprint.ts';

interface Entry {
  digest: string;
  extraction: ArticleExtraction;
}

export class ExtractionCache {
  /** Articles taken from the cache and articles extracted in this run. */
  readonly use = { reused: 0, extracted: 0 };
  readonly #folder: CacheFolder;
  readonly #fingerprint: string;
  readonly #seen = new Set<string>();

  private constructor(folder: CacheFolder, fingerprint: string) {
    this.#folder = folder;
    this.#fingerprint = fingerprint;
  }

  static async open(folder: CacheFolder): Promise<ExtractionCache> {
    return new ExtractionCache(folder, await pipelineFingerprint());
  }

  #digest(file: string, text: string): string {
    return createHash('sha256').update(this.#fingerprint).update('\u0000').update(file).update('\u0000').update(text).digest('hex');
  }

  /** The extraction of `file` with this `text` from an earlier run, when both it and the pipeline are unchanged. */
  async lookup(file: string, text: string): Promise<ArticleExtraction | undefined> {
    this.#seen.add(file);
    const entry = parseEntry(await this.#folder.read(file));
    if (entry?.digest !== this.#digest(file, text)) return undefined;
    this.use.reused += 1;
    return entry.extraction;
  }

  /** Keeps the fresh extraction of `file` with this `text` for the next run. */
  async remember(file: string, text: string, extraction: ArticleExtraction): Promise<void> {
    this.#seen.add(file);
    await this.#folder.write(file, JSON.stringify({ digest: this.#digest(file, text), extraction } satisfies Entry));
    this.use.extracted += 1;
  }

  /** Forgets the files not seen in this run (deleted or renamed articles). */
  prune(): Promise<void> {
    return this.#folder.keepOnly(this.#seen);
  }
}

function parseEntry(text: string | undefined): Entry | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as Entry;
  } catch {
    // A damaged entry is only a slower build.
    return undefined;
  }
}
