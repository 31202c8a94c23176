/**
 * Sentence splitting. compromise knows common abbreviations ("U.S.", "Feb.",
 * "St.", "Lt. Gen.", "a.m.") and keeps a quotation that runs over several
 * sentences together; the few cases it still cuts (an abbreviation before a
 * number, as in "No. 3") are mended here.
 */
import { parse, type Parsed } from './tokens.ts';

export interface TextSpan {
  text: string;
  /** Offset of the first character in the paragraph. */
  start: number;
  end: number;
}

/** Abbreviations that are followed by a number or a name, never by a new sentence. */
const BEFORE_NUMBER = /\b(?:No|Nos|Art|Vol|Fig|Ch|Sec|pp?|approx|incl|vs|ca|cf|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|St|Dr|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Capt|Sgt|Maj|Rep|Sen|Gov)\.$/;

/** "Meridian Tanker Management Pte. Ltd.": a company suffix continues the name. */
const COMPANY_SUFFIX = /^(?:Ltd|Inc|Co|Corp|Bhd|Pty|LLC|Plc|SA|AG|NV|BV|GmbH)\b/u;

function isContinuation(previous: string, next: string): boolean {
  if (/^[\p{Ll}]/u.test(next) || COMPANY_SUFFIX.test(next) && /\b\p{Lu}[\p{L}]{0,4}\.$/u.test(previous)) return true;
  return BEFORE_NUMBER.test(previous) && /^[\p{N}\p{Lu}(]/u.test(next);
}

/** `parsed` is compromise's reading of the paragraph, when the caller has it already. */
export function splitSentences(paragraph: string, parsed: Parsed = parse(paragraph)): TextSpan[] {
  const spans: TextSpan[] = [];
  let cursor = 0;
  for (const piece of parsed.sentences) {
    const text = piece.trim();
    if (text === '') continue;
    const start = paragraph.indexOf(text, cursor);
    // compromise normalises nothing inside a sentence, so a miss means our cursor is off: fall back to the cursor.
    const at = start === -1 ? cursor : start;
    const span = { text, start: at, end: at + text.length };
    const last = spans.at(-1);
    if (last && isContinuation(last.text, text)) {
      last.end = span.end;
      last.text = paragraph.slice(last.start, last.end);
    } else {
      spans.push(span);
    }
    cursor = span.end;
  }
  return coverGaps(paragraph, joinOpenSingleQuotes(paragraph, spans.flatMap((span) => splitAt(span, ABBREVIATION_END, 0)).flatMap((span) => splitAfterQuotes(span))));
}

/** An opening single quotation mark at a word's start: "said: ‘Residents". */
const SINGLE_OPENING = /(?:^|[\s(—–-])‘/gu;
/** A right single quotation mark not inside a word, which may close a quotation (or be a plural's apostrophe, "residents’ group"). */
const SINGLE_CLOSING = /’(?!\p{L})/u;

/**
 * compromise keeps a quotation in double marks together over its sentences, but cuts one in single marks, the
 * British style (‘Residents were entitled to a fair hearing. What they got was …’): a span whose last single
 * quotation is opened and nothing after it could close it takes in the next span.
 */
function joinOpenSingleQuotes(paragraph: string, spans: readonly TextSpan[]): TextSpan[] {
  const joined: TextSpan[] = [];
  for (const span of spans) {
    const last = joined.at(-1);
    if (last !== undefined && leavesSingleQuoteOpen(last.text) && !/^‘/u.test(span.text)) {
      last.end = span.end;
      last.text = paragraph.slice(last.start, last.end);
    } else {
      joined.push({ ...span });
    }
  }
  return joined;
}

function leavesSingleQuoteOpen(text: string): boolean {
  const opening = [...text.matchAll(SINGLE_OPENING)].at(-1);
  return opening !== undefined && !SINGLE_CLOSING.test(text.slice(opening.index + opening[0].length));
}

/** "at 10 a.m. The minister arrived": a lower-case abbreviation that ends a sentence before a sentence opener. */
const ABBREVIATION_END = /\b(?:a\.m|p\.m|etc|approx)\.\s+(?=(?:The|He|She|It|They|We|I|This|That|These|Those|His|Her|Their|Its|A|An|In|On|At|But|And|After|Before|Later|Meanwhile|Under|During|When|While|However|Asked|Speaking|According|Despite|Since|Until|By|For|From|With|Earlier|Then|As|If)\b)/gu;

/** A sentence ending inside its closing quotation mark ("... an aggressor.” He said") that compromise ran on. */
const QUOTE_END = /[.!?][”"’]\s+(?=[“"‘]?\p{Lu})/gu;

function splitAfterQuotes(span: TextSpan): TextSpan[] {
  const pieces: TextSpan[] = [];
  let from = 0;
  for (const match of span.text.matchAll(QUOTE_END)) {
    const end = match.index + 2;
    const head = span.text.slice(from, end);
    // Only where every quotation opened so far is closed.
    if (count(head, /“/gu) !== count(head, /”/gu) || count(head, /"/gu) % 2 !== 0) continue;
    pieces.push({ text: head, start: span.start + from, end: span.start + end });
    from = match.index + match[0].length;
  }
  pieces.push({ text: span.text.slice(from), start: span.start + from, end: span.end });
  return pieces;
}

/** Splits a span after each match of `pattern` (the match's text up to `keep` characters before its end stays with the first part). */
function splitAt(span: TextSpan, pattern: RegExp, keep: number): TextSpan[] {
  const pieces: TextSpan[] = [];
  let from = 0;
  for (const match of span.text.matchAll(pattern)) {
    const end = match.index + match[0].trimEnd().length - keep;
    pieces.push({ text: span.text.slice(from, end), start: span.start + from, end: span.start + end });
    from = match.index + match[0].length;
  }
  pieces.push({ text: span.text.slice(from), start: span.start + from, end: span.end });
  return pieces;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Nothing of the paragraph may be lost: text compromise skipped joins the sentence before it. */
function coverGaps(paragraph: string, spans: TextSpan[]): TextSpan[] {
  if (spans.length === 0) {
    const text = paragraph.trim();
    if (text === '') return [];
    const start = paragraph.indexOf(text);
    return [{ text, start, end: start + text.length }];
  }
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const nextStart = i + 1 < spans.length ? spans[i + 1]!.start : paragraph.length;
    const gap = paragraph.slice(span.end, nextStart);
    if (gap.trim() !== '') {
      span.end = span.end + gap.trimEnd().length;
      span.text = paragraph.slice(span.start, span.end);
    }
  }
  const lead = paragraph.slice(0, spans[0]!.start);
  if (lead.trim() !== '') {
    const first = spans[0]!;
    first.start = lead.length - lead.trimStart().length;
    first.text = paragraph.slice(first.start, first.end);
  }
  return spans;
}
