/**
 * The results page shows a group's hits a batch at a time: the first batch
 * with the results, each next one when the reader asks for it. A batch of
 * claims or sources fetches the index chunks of its own hits only, so a
 * query with hundreds of hits costs the chunks of the few shown.
 */
import type { HitWindow } from '../../search/engine.ts';
import { figure } from '../text.ts';
import { hitCount, type ResultGroup } from './view.ts';

/** Hits a batch brings, in each group. */
export const BATCH_SIZE = 20;

/** The groups shown in batches; the closest names, a few at most, come whole. */
export type BatchedKey = Exclude<ResultGroup['key'], 'closest'>;

const units: Record<BatchedKey, { one: string; many: string }> = {
  entities: { one: 'entity', many: 'entities' },
  claims: { one: 'claim', many: 'claims' },
  sources: { one: 'source', many: 'sources' },
};

/** The hits of the batch after the first `shown`, or none when every hit counted is shown. */
export function nextBatch(shown: number, total: number, size = BATCH_SIZE): HitWindow | undefined {
  const left = total - shown;
  return left > 0 ? { from: shown, count: Math.min(size, left) } : undefined;
}

/** How much of a group is on the page: "20 of 143 claims shown", "All 143 claims shown", "20 of 200+ claims shown". */
export function shownNote(key: BatchedKey, shown: number, total: number, capped: boolean): string {
  const unit = total === 1 && !capped ? units[key].one : units[key].many;
  return shown >= total && !capped ? `All ${figure(total)} ${unit} shown` : `${figure(shown)} of ${hitCount(total, capped)} ${unit} shown`;
}

/** What the button for the next batch says: "Show 20 more claims", "Show 1 more source". */
export const moreLabel = (key: BatchedKey, batch: HitWindow): string => `Show ${batch.count} more ${batch.count === 1 ? units[key].one : units[key].many}`;
