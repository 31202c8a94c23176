/**
 * Matched words in a text, as the search engine reports them (inclusive
 * character ranges), made ready to show: widened to whole words, cut to a
 * window around the first match when the text is long, and split into plain
 * and marked pieces that the page turns into text and <mark> elements.
 */
export type Range = [number, number];

export interface Segment {
  text: string;
  mark: boolean;
}

const wordChar = /[\p{L}\p{N}]/u;

/**
 * Fuzzy matches can stop inside a word ("Bayrakt" of "Bayraktar"): a match
 * of most of a word marks the whole word; a smaller piece ("tes" of
 * "states") stays as it is, so the mark does not claim more than matched.
 */
export function wholeWords(text: string, ranges: readonly Range[]): Range[] {
  const widened = ranges
    .map(([from, to]): Range => {
      const matched: Range = [Math.max(0, from), Math.min(text.length - 1, to)];
      let [start, end] = matched;
      while (start > 0 && wordChar.test(text[start - 1] ?? '')) start -= 1;
      while (end < text.length - 1 && wordChar.test(text[end + 1] ?? '')) end += 1;
      return (matched[1] - matched[0] + 1) * 2 > end - start + 1 ? [start, end] : matched;
    })
    .filter(([start, end]) => start <= end)
    .sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const [start, end] of widened) {
    const last = merged.at(-1);
    if (last !== undefined && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** At most about `max` characters, from a little before the first match, cut at spaces and marked with ellipses. */
export function clip(text: string, ranges: readonly Range[], max: number): { text: string; ranges: Range[] } {
  if (text.length <= max) return { text, ranges: [...ranges] };
  const first = ranges[0] ?? [0, 0];
  let start = Math.max(0, Math.min(first[0] - Math.floor(max / 4), text.length - max));
  const space = text.indexOf(' ', start);
  if (start > 0 && space !== -1 && space < first[0]) start = space + 1;
  let end = Math.min(text.length, start + max);
  const lastSpace = text.lastIndexOf(' ', end);
  if (end < text.length && lastSpace > first[1]) end = lastSpace;
  const lead = start > 0 ? '…' : '';
  const shift = lead.length - start;
  return {
    text: `${lead}${text.slice(start, end)}${end < text.length ? '…' : ''}`,
    // A match the window cuts through is left unmarked rather than marked in part.
    ranges: ranges.filter(([a, b]) => a >= start && b < end).map(([a, b]): Range => [a + shift, b + shift]),
  };
}

/** Plain and marked pieces of a text in order; `ranges` are sorted and apart, as wholeWords leaves them. */
export function segments(text: string, ranges: readonly Range[]): Segment[] {
  const pieces: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) pieces.push({ text: text.slice(at, start), mark: false });
    pieces.push({ text: text.slice(start, end + 1), mark: true });
    at = end + 1;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}

/** A text with its matched words marked, no longer than `max` characters (plus ellipses). */
export function markedText(text: string, ranges: readonly Range[], max = Infinity): Segment[] {
  const window = clip(text, wholeWords(text, ranges), max);
  return segments(window.text, window.ranges);
}
