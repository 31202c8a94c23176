import { describe, expect, it } from 'vitest';
import { problemsOf } from './support.ts';
import { readMarkdownArticle, readRawArticle } from '../../src/pipeline/read-article.ts';
import { buildCorpus } from '../../src/pipeline/corpus.ts';


const BODY = '\nThe mayor said the bridge would reopen in May.\n';

describe('frontmatter problems name the file and the field', () => {
  it('a file without frontmatter', () => {
    const [problem, ...rest] = problemsOf(() => readMarkdownArticle(`Just text.${BODY}`, 'articles/bridge.md'));
    expect(rest).toEqual([]);
    expect(problem!.file).toBe('articles/bridge.md');
    expect(problem!.field).toBe('frontmatter');
  });

  it('a missing title', () => {
    const problems = problemsOf(() => readMarkdownArticle(`---\ndate: 2025-01-02\n---\n${BODY}`, 'bridge.md'));
    expect(problems.map((p) => [p.file, p.field])).toEqual([['bridge.md', 'title']]);
  });

  it('a date that is not on the calendar', () => {
    for (const date of ['2025-02-30', 'yesterday', '12/03/2025']) {
      const problems = problemsOf(() => readMarkdownArticle(`---\ntitle: Bridge\ndate: "${date}"\n---\n${BODY}`, 'bridge.md'));
      expect(problems.map((p) => [p.file, p.field])).toEqual([['bridge.md', 'date']]);
    }
  });

  it('a javascript: url', () => {
    const problems = problemsOf(() => readMarkdownArticle(`---\ntitle: Bridge\nurl: "javascript:alert(1)"\n---\n${BODY}`, 'bridge.md'));
    expect(problems.map((p) => [p.file, p.field])).toEqual([['bridge.md', 'url']]);
  });

  it('an unknown key, named in the report', () => {
    const problems = problemsOf(() => readMarkdownArticle(`---\ntitle: Bridge\nauthor: Someone\n---\n${BODY}`, 'bridge.md'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('bridge.md');
    expect(problems[0]!.describe()).toContain('author');
  });

  it('several problems at once, each reported', () => {
    const problems = problemsOf(() => readMarkdownArticle(`---\ndate: soon\nurl: "javascript:void(0)"\n---\n${BODY}`, 'bridge.md'));
    expect(problems.map((p) => p.field).sort()).toEqual(['date', 'title', 'url']);
  });

  it('malformed YAML, with the line of the file where it goes wrong', () => {
    // Line 1 is the opening "---", so the repeated key on line 3 of the YAML is line 4 of the file.
    const problems = problemsOf(() => readMarkdownArticle(`---\ntitle: Bridge\noutlet: Herald\noutlet: Courier\n---\n${BODY}`, 'bridge.md'));
    expect(problems[0]!.file).toBe('bridge.md');
    expect(problems.map((p) => p.line)).toContain(4);
  });

  it('an article with nothing after its frontmatter', () => {
    const problems = problemsOf(() => readMarkdownArticle('---\ntitle: Bridge\n---\n', 'bridge.md'));
    expect(problems.map((p) => [p.file, p.field])).toEqual([['bridge.md', 'body']]);
  });

  it('accepts a valid article and keeps its frontmatter', () => {
    const input = readMarkdownArticle(`---\ntitle: Bridge to reopen\ndate: 2025-03-04\nurl: https://example.org/bridge\n---\n${BODY}`, 'bridge.md');
    expect(input.frontmatter).toMatchObject({ title: 'Bridge to reopen', date: '2025-03-04', url: 'https://example.org/bridge', related: [] });
    expect(input.id).toBe('bridge');
  });
});

describe('the body is text', () => {
  const markdown = [
    '---',
    'title: Council meeting',
    '---',
    '',
    'The mayor said <b>nothing</b> about the <script>alert(1)</script> tag at all.',
    '',
    '<script>alert("x")</script>',
    '',
    '<div onclick="steal()">Raw block</div>',
    '',
  ].join('\n');

  it('keeps HTML and script as the words written', () => {
    const input = readMarkdownArticle(markdown, 'council.md');
    const text = input.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('<b>nothing</b>');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<script>alert("x")</script>');
    expect(text).toContain('<div onclick="steal()">Raw block</div>');
  });

  it('carries the markup into the sentence records unchanged', () => {
    const corpus = buildCorpus([readMarkdownArticle(markdown, 'council.md')]);
    const sentences = corpus.sources.flatMap((s) => (s.kind === 'article' ? s.paragraphs.flatMap((p) => p.sentences.map((x) => x.text)) : []));
    expect(sentences.join(' ')).toContain('<script>alert(1)</script>');
  });

  it('keeps Markdown emphasis as its words and a link as its words with its address, never as markup', () => {
    const input = readMarkdownArticle('---\ntitle: T\n---\n\nThe *mayor* said the [bridge](https://example.org) would reopen, [here](javascript:alert(1)).\n', 't.md');
    expect(input.blocks).toEqual([{ kind: 'paragraph', text: 'The mayor said the bridge (https://example.org) would reopen, here (javascript:alert(1)).' }]);
  });

  it('reads each item of a list as a paragraph, and a quotation block as one paragraph whose parts stay apart', () => {
    const input = readMarkdownArticle('---\ntitle: T\n---\n\n- The fire service says it began at 9:07.\n- Two workers were killed.\n\n> "We saw a flash."\n>\n> — Dolores Quint\n', 't.md');
    expect(input.blocks).toEqual([
      { kind: 'paragraph', text: 'The fire service says it began at 9:07.' },
      { kind: 'paragraph', text: 'Two workers were killed.' },
      { kind: 'paragraph', text: '"We saw a flash." — Dolores Quint' },
    ]);
  });
});

describe('raw articles', () => {
  const raw = [
    'date 2025-03-04 Ferry strike ends after two days',
    '',
    'Unions said the ferries would sail again on Friday.',
    'The operator said it had agreed to raise wages by 4 percent.',
    '',
    'New timetable',
    'Sailings resume at 6 a.m. on Friday, the operator said.',
    '',
  ].join('\n');

  const markdown = [
    '---',
    'title: Ferry strike ends after two days',
    'date: 2025-03-04',
    '---',
    '',
    'Unions said the ferries would sail again on Friday.',
    '',
    'The operator said it had agreed to raise wages by 4 percent.',
    '',
    '## New timetable',
    '',
    'Sailings resume at 6 a.m. on Friday, the operator said.',
    '',
  ].join('\n');

  it('reads to the same blocks and frontmatter as its Markdown', () => {
    const fromRaw = readRawArticle(raw, 'ferry.txt');
    const fromMarkdown = readMarkdownArticle(markdown, 'ferry.md');
    expect(fromRaw.blocks).toEqual(fromMarkdown.blocks);
    expect(fromRaw.frontmatter).toEqual(fromMarkdown.frontmatter);
  });

  it('takes the headline as the title and names the article after it', () => {
    const input = readRawArticle(raw, 'ferry.txt');
    expect(input.frontmatter.title).toBe('Ferry strike ends after two days');
    expect(input.id).toBe('ferry-strike-ends-after-two-days');
    expect(input.file).toBe('ferry.txt');
  });

  it('keeps Markdown characters of a raw text as text', () => {
    const input = readRawArticle('Prices rise\n\nThe index rose 5 * 2 percent, from #1 to [2] in the _ranking_.\n', 'prices.txt');
    expect(input.blocks.map((b) => b.text)).toEqual(['The index rose 5 * 2 percent, from #1 to [2] in the _ranking_.']);
  });

  it('reports an impossible date with the file, the field and the line', () => {
    const problems = problemsOf(() => readRawArticle('date 2025-13-40 Ferry strike ends\n\nUnions said the ferries would sail.\n', 'ferry.txt'));
    expect(problems.map((p) => [p.file, p.field, p.line])).toEqual([['ferry.txt', 'date', 1]]);
  });
});
