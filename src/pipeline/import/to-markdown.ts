import { stringify } from 'yaml';
import { escapeMarkdown } from './escape-markdown.ts';
import type { RawArticle } from './raw-article.ts';

/**
 * The article as a Markdown file: YAML frontmatter, then `##` subheadings and
 * paragraphs separated by blank lines, all text escaped so that it reads back
 * unchanged.
 */
export function toMarkdown(raw: RawArticle): string {
  const { title, date, standfirst, related } = raw.frontmatter;
  // Keys left undefined (no date, no standfirst, no teasers) are not written.
  const frontmatter = { title, date, standfirst, related: related.length > 0 ? related : undefined };
  // Every string double-quoted: YAML 1.1 readers would otherwise turn a bare date into a Date and `No` into false.
  const yaml = stringify(frontmatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  const body = raw.blocks.map((block) =>
    block.kind === 'heading' ? `## ${escapeMarkdown(block.text)}` : escapeMarkdown(block.text),
  );
  return `---\n${yaml}---\n\n${body.join('\n\n')}\n`;
}
