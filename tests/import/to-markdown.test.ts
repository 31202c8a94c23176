import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { readFile } from 'node:fs/promises';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseRawArticle, type RawArticle } from '../../src/pipeline/import/raw-article.ts';
import { toMarkdown } from '../../src/pipeline/import/to-markdown.ts';
import { ArticleFrontmatter } from '../../src/pipeline/schema.ts';
import { seedFiles } from './helpers.ts';

interface ReadBack {
  frontmatter: unknown;
  blocks: { kind: string; text: string }[];
}

/** Everything inside a paragraph or heading must be plain text: no HTML, emphasis, links, code or references. */
function assertPlainText(node: Nodes): void {
  if ('children' in node) node.children.forEach(assertPlainText);
  else expect(node.type).toBe('text');
}

/** Parses the Markdown as the site will and returns the frontmatter and the plain text of each top-level block. */
function readBack(markdown: string): ReadBack {
  const tree: Root = unified().use(remarkParse).use(remarkFrontmatter).parse(markdown);
  const [yamlNode, ...body] = tree.children;
  if (yamlNode?.type !== 'yaml') throw new Error('no frontmatter');
  return {
    frontmatter: parseYaml(yamlNode.value),
    blocks: body.map((node) => {
      if (node.type === 'heading') expect(node.depth).toBe(2);
      else expect(node.type).toBe('paragraph');
      assertPlainText(node);
      return { kind: node.type, text: toString(node) };
    }),
  };
}

function article(texts: string[], frontmatter: Partial<RawArticle['frontmatter']> = {}): RawArticle {
  return {
    frontmatter: { title: 'A title', related: [], ...frontmatter },
    blocks: texts.flatMap((text) => [
      { kind: 'paragraph' as const, text },
      { kind: 'heading' as const, text },
    ]),
    decisions: { title: 'headline', furnitureRemoved: [], teasers: [], headings: [] },
  };
}

function expectRoundTrip(raw: RawArticle): void {
  const back = readBack(toMarkdown(raw));
  expect(back.blocks).toEqual(raw.blocks);
  expect(ArticleFrontmatter.parse(back.frontmatter)).toEqual(raw.frontmatter);
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '*bold* _x_ [a](javascript:x)',
  '1. not a list',
  '2024) not a list either',
  '# not a heading',
  'not a closing sequence #',
  '&lt; &amp; &#60; &#x3C; &copy AT&T',
  'back\\slash \\* \\\\ ends with\\',
  '{{ template }} ${ interpolation } {% tag %}',
  '> not a quote',
  '- not a bullet',
  '+ not a bullet',
  '* not a bullet',
  '---',
  '***',
  '___',
  '===',
  '```js',
  '~~~',
  '~~struck~~ | a | b |',
  '`code` ``more``',
  '<http://example.com> <mail@example.com>',
  '![alt](x.png) [ref]: http://x [ref]',
  'https://example.com www.example.com',
  'two  spaces\tand a tab',
  '-- dashes -- and ... dots',
  '[^1] footnote <!-- comment -->',
  'tail \\',
];

describe('toMarkdown', () => {
  it('writes only the frontmatter keys that are present, every string quoted', () => {
    const markdown = toMarkdown(article(['Text.']));
    expect(markdown.startsWith('---\ntitle: "A title"\n---\n\n')).toBe(true);
    const full = toMarkdown(article(['Text.'], { date: '2025-09-12', standfirst: 'Dek', related: ['Other story'] }));
    expect(full.startsWith('---\ntitle: "A title"\ndate: "2025-09-12"\nstandfirst: "Dek"\nrelated:\n  - "Other story"\n---\n\n')).toBe(true);
  });

  it('writes headings as `##` and separates blocks by blank lines', () => {
    expect(toMarkdown(article(['Plain']))).toMatch(/\n\nPlain\n\n## Plain\n$/);
  });

  it('reads back the seeds exactly', async () => {
    for (const file of await seedFiles()) {
      expectRoundTrip(parseRawArticle(await readFile(file, 'utf8'), file));
    }
  });

  it.each(HOSTILE)('reads back %j as plain text', (text) => {
    expectRoundTrip(article([text], { title: text, standfirst: text, related: [text] }));
  });

  it('reads back every ASCII punctuation mark at the start, middle and end of a line', () => {
    const marks = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
    const texts = marks.flatMap((mark) => [`${mark}x`, `${mark}${mark}${mark}`, `a ${mark} b`, `x${mark}`, `1${mark} y`]);
    expectRoundTrip(article(texts));
  });

  it('reads back random runs of Markdown syntax', () => {
    const pieces = ['*', '_', '`', '[', ']', '(', ')', '<', '>', '!', '#', '&', 'amp;', '#x3C;', '\\', '|', '~', '-', '+', '1.', '2)', ' ', 'a', 'b', ':', '"', "'", '='];
    // A fixed linear congruential generator, so that a failure can be reproduced.
    let state = 42;
    const next = (limit: number): number => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % limit;
    };
    const texts = Array.from({ length: 300 }, () => {
      const words = Array.from({ length: 1 + next(12) }, () => pieces[next(pieces.length)]).join('');
      return words.trim() || 'x';
    });
    expectRoundTrip(article(texts));
  });
});
