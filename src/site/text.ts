import type { Span } from '../pipeline/schema.ts';

/** The start of a text, cut at a word boundary. */
export function excerpt(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/u, '')}…`;
}

const siteName = 'News Claims Explorer';
/** Browsers and search engines cut a document title longer than this. */
const titleMax = 70;

/** A page's document title: its own title with the site's name where both fit, else its own title alone, cut to fit. */
export function documentTitle(title: string): string {
  const full = `${title} · ${siteName}`;
  return full.length <= titleMax ? full : excerpt(title, titleMax - 1);
}

/** A text split around a span, for marking the span. */
export function splitAt(text: string, span: Span): [before: string, inside: string, after: string] {
  return [text.slice(0, span.start), text.slice(span.start, span.end), text.slice(span.end)];
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const readable = new Map<string, string>();

/** An ISO date as a reader writes it; the date itself comes from the article. Formatted once per date, for the many cards that show it. */
export function readableDate(iso: string): string {
  let date = readable.get(iso);
  if (date === undefined) {
    date = longDate.format(new Date(`${iso}T00:00:00Z`));
    readable.set(iso, date);
  }
  return date;
}

const grouped = new Intl.NumberFormat('en-GB');

/** A count as readers write it: "11,401". */
export function figure(n: number): string {
  return grouped.format(n);
}

/** "1 claim", "3 claims", "11,401 claims". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${figure(n)} ${n === 1 ? one : many}`;
}
