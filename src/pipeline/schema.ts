/**
 * The records of the explorer. One zod schema per record type is the single
 * source of truth: TypeScript types are inferred from these, the Astro loader
 * validates against them and `/data/schema.json` is generated from them.
 */
import { z } from 'zod';

/** Ids are used in URLs, so they are restricted to URL-safe slugs. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lowercase letters, digits and single hyphens');

/** An ISO calendar date as written in the article, never a computed one. */
export const IsoDate = z.iso.date();

/** `z.url()` alone accepts `javascript:` and `data:`; links we render must be web links. */
export const WebUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

export const ClaimStatus = z.enum(['confirmed', 'unverified', 'disputed', 'denied', 'unassessed']);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

export const EntityKind = z.enum(['person', 'organization', 'place', 'equipment', 'group', 'other']);
export type EntityKind = z.infer<typeof EntityKind>;

/** A character range inside one sentence's text (start inclusive, end exclusive). */
export const Span = z
  .object({ start: z.int().nonnegative(), end: z.int().nonnegative() })
  .refine((s) => s.end >= s.start, 'a span ends after it starts');
export type Span = z.infer<typeof Span>;

export const Sentence = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
});
export type Sentence = z.infer<typeof Sentence>;

export const Paragraph = z.object({
  id: z.string().min(1),
  kind: z.enum(['paragraph', 'heading']),
  sentences: z.array(Sentence).min(1),
});
export type Paragraph = z.infer<typeof Paragraph>;

/** Where an article cites a source: the sentence and the words that cite it. */
export const Citation = z.object({
  articleId: Id,
  sentenceId: z.string().min(1),
  words: z.string().min(1),
});
export type Citation = z.infer<typeof Citation>;

const SourceBase = z.object({
  id: Id,
  title: z.string().min(1),
  date: IsoDate.optional(),
  outlet: z.string().min(1).optional(),
  url: WebUrl.optional(),
});

export const ArticleSource = SourceBase.extend({
  kind: z.literal('article'),
  /** The file the article was read from, relative to the content folder. */
  file: z.string().min(1),
  standfirst: z.string().min(1).optional(),
  /** Teaser headlines of other stories that came with the page; never read as the article. */
  related: z.array(z.string().min(1)),
  paragraphs: z.array(Paragraph),
});
export type ArticleSource = z.infer<typeof ArticleSource>;

export const CitedSource = SourceBase.extend({
  kind: z.literal('cited'),
  /** What the source is: a post, a statement, a briefing, an agency report. */
  form: z.string().min(1),
  /** Where it appeared, when the article says so (Telegram, a press conference in Beijing). */
  channel: z.string().min(1).optional(),
  /** The entity behind the source. */
  entityId: Id,
  citedBy: z.array(Citation).min(1),
});
export type CitedSource = z.infer<typeof CitedSource>;

export const Source = z.discriminatedUnion('kind', [ArticleSource, CitedSource]);
export type Source = z.infer<typeof Source>;

export const Mention = z.object({
  sourceId: Id,
  sentenceId: z.string().min(1),
  text: z.string().min(1),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
});
export type Mention = z.infer<typeof Mention>;

/** A curated change, kept on the record so that readers can see what a person decided. */
export const AppliedOverride = z.object({
  field: z.string().min(1),
  from: z.string().optional(),
  to: z.string(),
  note: z.string().optional(),
});
export type AppliedOverride = z.infer<typeof AppliedOverride>;

export const Entity = z.object({
  id: Id,
  name: z.string().min(1),
  kind: EntityKind,
  aliases: z.array(z.string().min(1)),
  /** Titles and descriptions the articles give it ("Russian war blogger", "Pentagon spokesperson"). */
  descriptors: z.array(z.string().min(1)),
  description: z.string().min(1).optional(),
  mentions: z.array(Mention),
  overrides: z.array(AppliedOverride),
});
export type Entity = z.infer<typeof Entity>;

export const Evidence = z.object({
  sourceId: Id,
  sentenceId: z.string().min(1),
  text: z.string().min(1),
  /** The status this sentence points to. */
  status: ClaimStatus,
  /** The words that decided it ("has not been independently confirmed"). */
  marker: z.string().min(1),
  /** The party who says so, when it is not the article's own voice. */
  entityId: Id.optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const ClaimMode = z.enum(['direct', 'reported']);

export const Claim = z.object({
  id: Id,
  sourceId: Id,
  sentenceIds: z.array(z.string().min(1)).min(1),
  quote: z.string().min(1),
  asserterId: Id,
  /** The words of the article that name the asserter in this sentence ("he", "the blogger"). */
  asserterText: z.string().min(1),
  cue: z.string().min(1),
  /** The cue's place in the first sentence of the quote. */
  cueSpan: Span,
  /** Which extraction rule found it, for the "how this was extracted" panel. */
  rule: z.string().min(1),
  via: Id.optional(),
  mode: ClaimMode,
  subjects: z.array(Id),
  status: ClaimStatus,
  evidence: z.array(Evidence),
  overrides: z.array(AppliedOverride),
});
export type Claim = z.infer<typeof Claim>;

export const Corpus = z.object({
  sources: z.array(Source),
  claims: z.array(Claim),
  entities: z.array(Entity),
});
export type Corpus = z.infer<typeof Corpus>;

/** The YAML frontmatter of an article file in `content/articles/`. */
export const ArticleFrontmatter = z.strictObject({
  title: z.string().trim().min(1),
  date: IsoDate.optional(),
  outlet: z.string().trim().min(1).optional(),
  url: WebUrl.optional(),
  standfirst: z.string().trim().min(1).optional(),
  related: z.array(z.string().trim().min(1)).default([]),
});
export type ArticleFrontmatter = z.infer<typeof ArticleFrontmatter>;
