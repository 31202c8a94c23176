/**
 * The built site as a whole: every internal link and fragment resolves, every
 * record has its page, the data files match the schema and the pipeline, and
 * every page carries a strict Content Security Policy that nothing inline
 * needs to break.
 * The site is the one build of the test run (tests/support/global-build.ts).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, inject, it } from 'vitest';
import { buildContentCorpus } from '../../src/pipeline/content-corpus.ts';
import { Corpus } from '../../src/pipeline/schema.ts';
import { filesUnder } from '../support/files.ts';
import { attributes } from '../support/html.ts';
import { brokenLinks, fileFor, urlPath as sitePath } from '../support/links.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = inject('siteDir');
const urlPath = (file: string): string => sitePath(dist, file);
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(dist, 'data', name), 'utf8'));

type Ids = readonly { id: string }[];
/** The page of each record. */
const recordPaths = ({ claims, sources, entities }: { claims: Ids; sources: Ids; entities: Ids }): string[] => [
  ...claims.map((c) => `/claims/${c.id}/`),
  ...sources.map((s) => `/sources/${s.id}/`),
  ...entities.map((e) => `/entities/${e.id}/`),
];

describe('the built site', () => {
  const pages = (): string[] => filesUnder(dist).filter((f) => f.endsWith('.html'));

  it('has no broken internal link or fragment', () => {
    expect(brokenLinks(dist)).toEqual([]);
  });

  it('gives no page inline script, style attributes or event handlers', () => {
    const offences = pages().flatMap((page) => {
      const html = readFileSync(page, 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gu)].filter(
        ([, attrs = '', body = '']) => body.trim() !== '' && !attrs.includes('type="application/ld+json"'),
      );
      const found = [
        ...(scripts.length > 0 ? ['inline script'] : []),
        ...(/\sstyle="/u.test(html) ? ['style attribute'] : []),
        ...(/<style\b/u.test(html) ? ['style element'] : []),
        ...(/\son[a-z]+="/u.test(html) ? ['event handler'] : []),
      ];
      return found.map((what) => `${urlPath(page)}: ${what}`);
    });
    expect(offences).toEqual([]);
  });

  it('gives every page a Content Security Policy without unsafe-inline, and keeps JSON-LD as data', () => {
    const weak = pages().filter((page) => {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/u.exec(readFileSync(page, 'utf8'))?.[1] ?? '';
      return !/script-src 'self'/u.test(policy) || !/style-src 'self'/u.test(policy) || policy.includes('unsafe-');
    });
    expect(weak.map(urlPath)).toEqual([]);
    const claimPage = pages().find((page) => urlPath(page).startsWith('/claims/') && attributes(readFileSync(page, 'utf8'), 'type').includes('application/ld+json'));
    expect(claimPage, 'a claim page with its ClaimReview JSON-LD').toBeDefined();
  });

  it('renders a page for every record', async () => {
    const corpus = await buildContentCorpus(join(root, 'content'));
    const missing = [
      ...recordPaths(corpus),
      '/',
      '/claims/',
      '/entities/',
      '/graph/',
      '/data/',
      '/search/',
      '/404.html',
    ].filter((path) => fileFor(dist, path) === undefined);
    expect(missing).toEqual([]);
  });

  it('names who gave each piece of evidence, set apart from the link to its context', () => {
    const { claims, entities } = Corpus.pick({ claims: true, entities: true }).parse({ claims: readJson('claims.json'), entities: readJson('entities.json') });
    const names = new Map(entities.map((e) => [e.id, e.name]));
    const given = claims.flatMap((c) => c.evidence.filter((e) => e.entityId !== undefined).map((e) => ({ claim: c.id, name: names.get(e.entityId!)! })));
    expect(given.length).toBeGreaterThan(0);
    for (const { claim, name } of given) {
      const html = readFileSync(fileFor(dist, `/claims/${claim}/`)!, 'utf8');
      expect(html, claim).toContain(`${name.replaceAll('&', '&amp;')}</a> · <a`);
    }
  });

  it('sets each listed source’s title apart from its date and counts', () => {
    const home = readFileSync(fileFor(dist, '/')!, 'utf8');
    const items = home.match(/<ul class="sources"[^>]*>[\s\S]*?<\/ul>/u)?.[0] ?? '';
    expect(items).toMatch(/<\/a> <span/u);
    expect(items).not.toMatch(/<\/a><span/u);
  });

  it('gives every page a meta description', () => {
    const described = (file: string): boolean => /<meta name="description" content="[^"]+"/u.test(readFileSync(file, 'utf8'));
    const pages = filesUnder(dist).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter((file) => !described(file)).map((file) => relative(dist, file))).toEqual([]);
  });

  it('serves data files that validate against schema.json and equal the pipeline output', async () => {
    const data = { sources: readJson('sources.json'), claims: readJson('claims.json'), entities: readJson('entities.json') };
    const schema = readJson('schema.json') as Record<string, unknown>;
    expect(Object.keys(schema['properties'] as object)).toEqual(['sources', 'claims', 'entities']);
    // Formats (date, uri) are checked by the zod parse below; Ajv checks structure, patterns and enums.
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(Corpus.safeParse(data).success).toBe(true);
    // The same records; the site orders them by text position, which need not be the pipeline's order.
    const corpus = JSON.parse(JSON.stringify(await buildContentCorpus(join(root, 'content')))) as Corpus;
    const byId = (records: unknown): unknown[] => [...(records as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id));
    for (const name of ['sources', 'claims', 'entities'] as const) expect(byId(data[name])).toEqual(byId(corpus[name]));
  });

  it('writes one CSV row per claim', () => {
    const csv = readFileSync(join(dist, 'data', 'claims.csv'), 'utf8');
    const corpusClaims = readJson('claims.json') as unknown[];
    expect(csv.startsWith('id,article,asserter,quote,status,cue,date\r\n')).toBe(true);
    // Quoted cells may hold line breaks, so count rows by their leading claim id.
    const rows = csv.split('\r\n').slice(1).filter((line) => /^[a-z0-9-]+,/u.test(line));
    expect(rows).toHaveLength(corpusClaims.length);
  });
});
