/**
 * Backslash-escapes one line of text so that a Markdown parser (CommonMark,
 * and GFM as Astro renders it) reads back exactly these characters as plain
 * text, never as markup, HTML or a character reference.
 */

/** Syntax that may start anywhere in a line: escapes, code, emphasis, links, HTML, heading marks, GFM strikethrough and tables. */
const INLINE = /[\\`*_[\]<>#~|]/g;

/** `&amp;`, `&#38;` and `&#x26;` would be decoded into the character they name. */
const CHARACTER_REFERENCE = /&(?=#?[a-z0-9]+;)/gi;

/** At the start of a block, `+` and `-` start a list or a thematic break. */
const LEADING_MARKER = /^[+-]/;

/** At the start of a block, `1.` or `1)` starts an ordered list. */
const LEADING_NUMBER = /^(\d+)([.)])/;

export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE, '\\$&')
    .replace(CHARACTER_REFERENCE, '\\&')
    .replace(LEADING_MARKER, '\\$&')
    .replace(LEADING_NUMBER, '$1\\$2');
}
