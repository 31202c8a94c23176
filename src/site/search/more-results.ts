/**
 * A group of the results page that has more hits than its first batch: a
 * line under its heading says how many are shown of how many, and a button
 * after its list loads and appends the next batch. Focus then moves to the
 * first new hit, so a keyboard reader goes on from there, and the live
 * region says how many are now shown.
 */
import type { HitWindow } from '../../search/engine.ts';
import { moreLabel, nextBatch, shownNote, type BatchedKey } from './batches.ts';
import { appendResults, batchControls, type ResultSection } from './render.ts';
import type { ResultGroup, ResultItem } from './view.ts';

export interface MoreResults {
  key: BatchedKey;
  /** The group as first shown: its first batch and its count. */
  group: ResultGroup;
  /** The items of a batch, or undefined when they could not be loaded. */
  load: (batch: HitWindow) => Promise<ResultItem[] | undefined>;
  /** Says something in the page's live region. */
  announce: (text: string) => void;
}

export function offerMore(parts: ResultSection, { key, group, load, announce }: MoreResults): void {
  const total = group.total ?? group.items.length;
  const capped = group.capped === true;
  let shown = group.items.length;
  if (shown >= total && !capped) return;
  const { note, button } = batchControls(parts);
  let next = nextBatch(shown, total);
  let loading = false;

  /** Says how many are shown and what the button brings; returns what the note says. */
  function update(): string {
    note.textContent = shownNote(key, shown, total, capped);
    if (next === undefined) button.remove();
    else button.textContent = moreLabel(key, next);
    return note.textContent;
  }

  button.addEventListener('click', () => {
    if (loading || next === undefined) return;
    loading = true;
    // Not `disabled`: that would drop the focus of a keyboard reader on the button.
    button.setAttribute('aria-disabled', 'true');
    void load(next).then((items) => {
      loading = false;
      button.removeAttribute('aria-disabled');
      // A new search has replaced this group meanwhile.
      if (!parts.list.isConnected) return;
      if (items === undefined) {
        announce(`More ${key} could not load; try again.`);
        return;
      }
      const links = appendResults(parts.list, items);
      shown += items.length;
      next = nextBatch(shown, total);
      const said = update();
      links[0]?.focus();
      announce(said);
    });
  });
  update();
}
