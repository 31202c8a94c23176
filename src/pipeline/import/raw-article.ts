import { InputError } from '../errors.ts';
import { IsoDate, type ArticleFrontmatter } from '../schema.ts';
import { isFurniture } from './furniture.ts';
import { endsLikeProse, firstSentence } from './sentence.ts';

/** One line of the article, trimmed, with its words exactly as written. */
export interface Block {
  kind: 'paragraph' | 'heading';
  text: string;
}

/** What the import decided about the layout of the page, so that a person can check it. */
export interface ImportDecisions {
  title: 'headline' | 'first-sentence';
  date?: string;
  furnitureRemoved: string[];
  teasers: string[];
  headings: string[];
  standfirst?: string;
}

export interface RawArticle {
  frontmatter: Pick<ArticleFrontmatter, 'title' | 'date' | 'standfirst' | 'related'>;
  blocks: Block[];
  decisions: ImportDecisions;
}

const HEADLINE_MAX_CHARS = 200;
const TITLE_MAX_CHARS = 120;
const STANDFIRST_MIN_WORDS = 8;
const TEASER_MIN_WORDS = 4;
const HEADING_MAX_WORDS = 10;

/** `date 2025-09-12` before the headline; loose on the digits so that a malformed date is reported, not kept as text. */
const DATE_PREFIX = /^date\s+(\d{1,4}-\d{1,2}-\d{1,2})(?=\s|$)/i;

interface Line {
  text: string;
  number: number;
}

/**
 * Reads the layout of a raw article copied from a web page: one paragraph per
 * line, an optional `date YYYY-MM-DD` prefix, a headline, a standfirst,
 * subheadings, page furniture and teasers of other stories at the end.
 * `file` only names the input in errors.
 */
export function parseRawArticle(text: string, file: string): RawArticle {
  const lines = text
    .split('\n')
    .map((line, index) => ({ text: line.trim(), number: index + 1 }))
    .filter((line) => line.text !== '');
  const furnitureRemoved = lines.filter((line) => isFurniture(line.text)).map((line) => line.text);
  const { date, rest } = takeDate(lines.filter((line) => !isFurniture(line.text)), file);

  const [first, ...afterFirst] = rest;
  const headline = first !== undefined && isHeadline(first) ? first : undefined;
  const afterHeadline = headline === undefined ? rest : afterFirst;
  const [second, ...afterSecond] = afterHeadline;
  const standfirst = headline !== undefined && second !== undefined && isStandfirst(second) ? second : undefined;
  const candidates = standfirst === undefined ? afterHeadline : afterSecond;

  const bodyLength = candidates.length - trailingTeaserCount(candidates);
  const body = joinQuotationBlocks(candidates.slice(0, bodyLength));
  const teasers = candidates.slice(bodyLength);
  // The first body line is never a subheading: whatever comes right after the headline is text.
  const blocks = body.map((line, index): Block => ({
    kind: index > 0 && isHeading(line) ? 'heading' : 'paragraph',
    text: line,
  }));
  // The first body line is always a paragraph, so an article with any body has text.
  const lead = blocks[0];
  if (lead === undefined) {
    throw new InputError(file, 'no article text is left once the headline, page furniture and teasers are set aside', {
      field: 'body',
    });
  }

  const found = { ...(date === undefined ? {} : { date }), ...(standfirst === undefined ? {} : { standfirst }) };
  return {
    frontmatter: { title: headline ?? titleFromSentence(firstSentence(lead.text)), ...found, related: teasers },
    blocks,
    decisions: {
      title: headline === undefined ? 'first-sentence' : 'headline',
      ...found,
      furnitureRemoved,
      teasers,
      headings: blocks.filter((block) => block.kind === 'heading').map((block) => block.text),
    },
  };
}

/**
 * Lines of one quotation block, each opened by `>` as a Markdown writer would mark them, are one paragraph: the
 * quotation and the line after it that names its speaker (`> “We saw a flash …”` then `> — Dolores Quint`).
 */
function joinQuotationBlocks(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const last = joined.at(-1);
    if (last !== undefined && QUOTATION_LINE.test(last) && QUOTATION_LINE.test(line)) joined[joined.length - 1] = `${last} ${line}`;
    else joined.push(line);
  }
  return joined;
}

const QUOTATION_LINE = /^>/u;

/** Takes a `date YYYY-MM-DD` prefix off the first line; a line holding only the date is dropped. */
function takeDate(lines: Line[], file: string): { date?: string; rest: string[] } {
  const texts = lines.map((line) => line.text);
  const first = lines[0];
  const match = first && DATE_PREFIX.exec(first.text);
  const date = match?.[1];
  if (first === undefined || !match || date === undefined) return { rest: texts };
  if (!IsoDate.safeParse(date).success) {
    throw new InputError(file, `"${date}" is not a calendar date written YYYY-MM-DD`, { field: 'date', line: first.number });
  }
  const headline = first.text.slice(match[0].length).trim();
  return { date, rest: headline === '' ? texts.slice(1) : [headline, ...texts.slice(1)] };
}

function wordCount(line: string): number {
  return line.split(/\s+/).length;
}

function isHeadline(line: string): boolean {
  return !endsLikeProse(line) && line.length <= HEADLINE_MAX_CHARS;
}

function isStandfirst(line: string): boolean {
  return !endsLikeProse(line) && wordCount(line) >= STANDFIRST_MIN_WORDS;
}

function isTeaser(line: string): boolean {
  return !endsLikeProse(line) && wordCount(line) >= TEASER_MIN_WORDS;
}

function isHeading(line: string): boolean {
  return !endsLikeProse(line) && wordCount(line) <= HEADING_MAX_WORDS;
}

/** How many lines at the end are teasers: the run stops at the last line that is not one, such as a real paragraph. */
function trailingTeaserCount(lines: string[]): number {
  const lastNonTeaser = lines.findLastIndex((line) => !isTeaser(line));
  return lines.length - 1 - lastNonTeaser;
}

/** A title cut from a sentence of the text: never new words, at most an ellipsis where it was shortened. */
function titleFromSentence(sentence: string): string {
  if (sentence.length <= TITLE_MAX_CHARS) return sentence;
  const head = sentence.slice(0, TITLE_MAX_CHARS + 1);
  const lastSpace = head.search(/\s\S*$/u);
  const cut = lastSpace > 0 ? head.slice(0, lastSpace) : sentence.slice(0, TITLE_MAX_CHARS);
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}
