/**
 * A Markdown article file to pipeline input: remark parses the body into
 * paragraphs and headings, the YAML frontmatter is validated by zod, and
 * every problem names the file, the line and the field.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import { parseDocument } from 'yaml';
import type { Root, RootContent } from 'mdast';
import { ArticleFrontmatter } from './schema.ts';
import { InputError, InputErrors } from './errors.ts';
import type { ArticleInput } from './extract-article.ts';
import { parseRawArticle } from './import/raw-article.ts';
import { toMarkdown } from './import/to-markdown.ts';
import { slugify } from './import/slug.ts';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** Reads an article; `file` names it in messages and in the record, `id` defaults to the file's name. */
export function readMarkdownArticle(markdown: string, file: string, id = slugFromFile(file)): ArticleInput {
  const tree = parser.parse(markdown) as Root;
  const yamlNode = tree.children.find((n) => n.type === 'yaml');
  if (!yamlNode || yamlNode.type !== 'yaml') throw new InputError(file, 'the article has no YAML frontmatter (--- title: ... ---)', { field: 'frontmatter', line: 1 });
  const frontmatter = validateFrontmatter(yamlNode.value, file);
  const blocks = tree.children.flatMap((node) => blockOf(node));
  if (!blocks.some((b) => b.kind === 'paragraph')) throw new InputError(file, 'the article has no text after its frontmatter', { field: 'body' });
  return { id, file, frontmatter, blocks };
}

/** Reads a raw article in the seeds' format, through the same Markdown as `npm run import` writes. */
export function readRawArticle(text: string, file: string): ArticleInput {
  const raw = parseRawArticle(text, file);
  return readMarkdownArticle(toMarkdown(raw), file, slugify(raw.frontmatter.title));
}

function slugFromFile(file: string): string {
  const base = file.split(/[\\/]/u).at(-1)!.replace(/\.(?:md|markdown)$/iu, '');
  return slugify(base);
}

function validateFrontmatter(yamlText: string, file: string): ArticleFrontmatter {
  const document = parseDocument(yamlText, { prettyErrors: true });
  if (document.errors.length > 0) {
    throw new InputErrors(document.errors.map((e) => new InputError(file, `malformed YAML: ${e.message.split('\n')[0]}`, { field: 'frontmatter', line: (e.linePos?.[0]?.line ?? 0) + 1 /* the opening --- */ })));
  }
  const result = ArticleFrontmatter.safeParse(document.toJS() ?? {});
  if (!result.success) {
    throw new InputErrors(result.error.issues.map((issue) => new InputError(file, issue.message, { field: issue.path.join('.') || 'frontmatter' })));
  }
  return result.data;
}

/** The text of a node, a link's address kept after its words so that nothing the author wrote is lost. */
function plainText(node: RootContent): string {
  if (node.type === 'link') return `${node.children.map(plainText).join('')} (${node.url})`;
  // Blocks inside a quotation block or a list item are apart: "… the site." and "Two workers …" are two sentences.
  if ('children' in node) return node.children.map((child) => plainText(child as RootContent)).join(node.type === 'blockquote' || node.type === 'listItem' ? ' ' : '');
  return toString(node);
}

function blockOf(node: RootContent): ArticleInput['blocks'] {
  if (node.type === 'yaml' || node.type === 'thematicBreak') return [];
  // Each item of a list is a paragraph of its own, as each line of a raw article is.
  if (node.type === 'list') return node.children.flatMap(blockOf);
  // Anything an author writes (a list, a quotation block, raw HTML) is kept as plain text, never as markup.
  const text = plainText(node).replace(/\s+/gu, ' ').trim();
  if (text === '') return [];
  return [{ kind: node.type === 'heading' ? 'heading' : 'paragraph', text }];
}
