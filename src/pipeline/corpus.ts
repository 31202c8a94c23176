/**
 * The whole pipeline over a set of articles: extraction per article, status
 * with evidence, alias merging across articles, record ids, integrity check
 * and schema validation.
 */
import { createHash } from 'node:crypto';
import { Corpus, type Claim, type CitedSource, type Entity, type Source } from './schema.ts';
import type { ArticleInput, CitedDraft } from './extract-article.ts';
import { extractArticleRecords, type ArticleExtraction } from './article-extraction.ts';
import { EntityDrafts, type EntityDraft } from './entities/drafts.ts';
import { canonicalName, mergeDrafts, mergedKind } from './entities/merge.ts';
import { slugify } from './import/slug.ts';
import { InputError, InputErrors } from './errors.ts';
import { checkIntegrity } from './integrity.ts';
import { whereCited } from './attribution/where-cited.ts';

/** A short, stable hash: claim ids depend only on their own article's text. */
function digest(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 10);
}

/** `onProgress` hears after each article is extracted, for long runs that show how far they are. */
export function buildCorpus(inputs: readonly ArticleInput[], onProgress?: (done: number, total: number) => void): Corpus {
  assertUniqueIds(inputs);
  return assembleCorpus(
    inputs.map((input, i) => {
      const extracted = extractArticleRecords(input);
      onProgress?.(i + 1, inputs.length);
      return extracted;
    }),
  );
}

/**
 * The corpus from the articles' own extractions (fresh or cached): entities
 * merged across articles, then ids, cited sources and claims as records.
 */
export function assembleCorpus(extractions: readonly ArticleExtraction[]): Corpus {
  const articles = [...extractions].sort((a, b) => a.source.id.localeCompare(b.source.id));
  const drafts = new EntityDrafts();
  for (const article of articles) for (const entity of article.entities) drafts.absorb(entity);
  const entityIdOf = entityIds(drafts, articles);
  const entities = entityRecords(drafts, entityIdOf);
  const citedIdOf = new Map<string, string>();
  const nameOf = new Map(entities.map((e) => [e.id, e.name]));
  const cited: CitedSource[] = articles.flatMap((a) => a.cited.map((c) => citedRecord(c, a, entityIdOf, nameOf, citedIdOf)));
  const claims = articles.flatMap((a) => claimRecords(a, entityIdOf, citedIdOf));
  const sources: Source[] = [...articles.map((a) => a.source), ...cited];
  // An entity stays when the text names it or when it speaks (an unnamed group) or stands behind a source.
  const referenced = new Set([...claims.map((c) => c.asserterId), ...cited.map((c) => c.entityId)]);
  const corpus = { sources, claims, entities: entities.filter((e) => e.mentions.length > 0 || referenced.has(e.id)) };
  checkIntegrity(corpus);
  return Corpus.parse(corpus);
}

function assertUniqueIds(inputs: readonly ArticleInput[]): void {
  const seen = new Map<string, string>();
  const problems: InputError[] = [];
  for (const input of inputs) {
    const other = seen.get(input.id);
    if (other !== undefined) problems.push(new InputError(input.file, `two articles have the slug "${input.id}" (also ${other})`, { field: 'slug' }));
    seen.set(input.id, input.file);
  }
  if (problems.length > 0) throw new InputErrors(problems);
}

/** Merges the drafts and gives each merged entity an id from its name, unique in the corpus. */
function entityIds(drafts: EntityDrafts, articles: readonly ArticleExtraction[]): Map<string, { id: string; group: EntityDraft[] }> {
  const used = new Set(articles.map((a) => a.source.id));
  const result = new Map<string, { id: string; group: EntityDraft[] }>();
  const groups = mergeDrafts([...drafts.byKey.values()]).sort((a, b) => a[0]!.key.localeCompare(b[0]!.key));
  for (const group of groups) {
    const base = slugify(canonicalName(group, mergedKind(group)));
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    for (const d of group) result.set(d.key, { id, group });
  }
  return result;
}

function entityRecords(drafts: EntityDrafts, idOf: Map<string, { id: string; group: EntityDraft[] }>): Entity[] {
  const done = new Set<string>();
  const entities: Entity[] = [];
  for (const draft of drafts.byKey.values()) {
    const { id, group } = idOf.get(draft.key)!;
    if (done.has(id)) continue;
    done.add(id);
    const kind = mergedKind(group);
    const name = canonicalName(group, kind);
    const forms = new Set(group.flatMap((d) => [...d.names.keys(), ...d.acronyms]));
    forms.delete(name);
    entities.push({
      id,
      name,
      kind,
      aliases: [...forms].sort(),
      descriptors: [...new Set(group.flatMap((d) => [...d.descriptors]))].sort(),
      mentions: group.flatMap((d) => d.mentions),
      overrides: [],
    });
  }
  return entities.sort((a, b) => a.id.localeCompare(b.id));
}

function citedRecord(
  draft: CitedDraft,
  article: ArticleExtraction,
  idOf: Map<string, { id: string }>,
  nameOf: ReadonlyMap<string, string>,
  citedIdOf: Map<string, string>,
): CitedSource {
  const entityId = idOf.get(draft.entityKey)!.id;
  const who = nameOf.get(entityId)!;
  const what = draft.form.charAt(0).toUpperCase() + draft.form.slice(1);
  const title = `${what}${whereCited(draft.form, draft.channel)} by ${who}`;
  // From the article's own words only, so that adding other articles never changes it.
  const id = `${shortPrefix(article.source.id, 40)}-${shortPrefix(slugify(`${draft.form} ${draft.channel ?? ''} ${draft.entityKey}`), 40)}-${digest(article.source.id, draft.key).slice(0, 6)}`;
  citedIdOf.set(draft.key, id);
  return { id, kind: 'cited', title, form: draft.form, ...(draft.channel ? { channel: draft.channel } : {}), entityId, citedBy: draft.citations };
}

/** The start of an id, cut at a hyphen: ids stay readable in URLs, a digest keeps them unique. */
function shortPrefix(id: string, length: number): string {
  return id.slice(0, length).replace(/-$/u, '');
}

function claimRecords(article: ArticleExtraction, idOf: Map<string, { id: string }>, citedIdOf: Map<string, string>): Claim[] {
  const entityId = (key: string) => idOf.get(key)!.id;
  // The same sentence may stand twice in one article: its place among its twins keeps the ids apart.
  const seen = new Map<string, number>();
  return article.claims.map((draft) => {
    const signature = `${draft.quote}\u0000${draft.asserterText}\u0000${draft.cue}`;
    const occurrence = seen.get(signature) ?? 0;
    seen.set(signature, occurrence + 1);
    const subjects = [...new Set(draft.subjectKeys.map(entityId))].filter((id) => id !== entityId(draft.asserterKey));
    return {
      id: `${shortPrefix(article.source.id, 48)}-${digest(article.source.id, signature, String(occurrence))}`,
      sourceId: article.source.id,
      sentenceIds: draft.sentenceIds,
      quote: draft.quote,
      asserterId: entityId(draft.asserterKey),
      asserterText: draft.asserterText,
      cue: draft.cue,
      cueSpan: { start: draft.cueStart, end: draft.cueEnd },
      rule: draft.rule,
      ...(draft.viaKey ? { via: citedIdOf.get(draft.viaKey)! } : {}),
      mode: draft.mode,
      subjects,
      status: draft.status,
      evidence: draft.evidence.map((e) => ({
        sourceId: article.source.id,
        sentenceId: e.sentenceId,
        text: e.text,
        status: e.status,
        marker: e.marker,
        ...(e.partyKey ? { entityId: entityId(e.partyKey) } : {}),
      })),
      overrides: [],
    };
  });
}
