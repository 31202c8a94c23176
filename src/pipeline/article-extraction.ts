/**
 * One article's extraction as plain data that depends on nothing but the
 * article: its source record, its claims with statuses decided, the sources
 * it cites and the entities it names (keyed, not yet merged with other
 * articles). Being plain data, it can be cached by the article's content
 * digest, so that adding one article to a thousand re-extracts only that one.
 */
import type { ArticleSource, ClaimStatus, Mention } from './schema.ts';
import { extractArticle, type ArticleInput, type CitedDraft } from './extract-article.ts';
import { EntityDrafts, type KindVote } from './entities/drafts.ts';
import { decideStatuses } from './status/decide.ts';

export interface ExtractedEvidence {
  sentenceId: string;
  text: string;
  status: ClaimStatus;
  marker: string;
  partyKey?: string;
}

export interface ExtractedClaim {
  /** The cue's sentence, then the sentences that carry its quotation on. */
  sentenceIds: string[];
  quote: string;
  asserterKey: string;
  asserterText: string;
  cue: string;
  cueStart: number;
  cueEnd: number;
  rule: string;
  viaKey?: string;
  mode: 'direct' | 'reported';
  subjectKeys: string[];
  status: ClaimStatus;
  evidence: ExtractedEvidence[];
}

/** An entity as one article names it; the corpus merges these across articles. */
export interface ExtractedEntity {
  key: string;
  /** Surface forms in the order first seen, with how often each was seen. */
  names: [string, number][];
  votes: KindVote[];
  descriptors: string[];
  acronyms: string[];
  mentions: Mention[];
}

export interface ArticleExtraction {
  source: ArticleSource;
  claims: ExtractedClaim[];
  cited: CitedDraft[];
  entities: ExtractedEntity[];
}

export function extractArticleRecords(input: ArticleInput): ArticleExtraction {
  const drafts = new EntityDrafts();
  const article = extractArticle(input, drafts);
  const decided = decideStatuses(article.sentences, article.claims);
  return assertPartiesRecorded(input.file, {
    source: article.source,
    claims: article.claims.map((draft) => {
      const { status, evidence } = decided.get(draft)!;
      return {
        sentenceIds: [draft.sentence, ...draft.continued].map((s) => s.id),
        quote: [draft.sentence, ...draft.continued].map((s) => s.text).join(' '),
        asserterKey: draft.asserterKey,
        asserterText: draft.asserterText,
        cue: draft.cue,
        cueStart: draft.cueStart,
        cueEnd: draft.cueEnd,
        rule: draft.rule,
        ...(draft.viaKey === undefined ? {} : { viaKey: draft.viaKey }),
        mode: draft.mode,
        subjectKeys: draft.subjectKeys,
        status,
        evidence: evidence.map((e) => ({
          sentenceId: e.sentence.id,
          text: e.sentence.text,
          status: e.status,
          marker: e.marker,
          ...(e.partyKey === undefined ? {} : { partyKey: e.partyKey }),
        })),
      };
    }),
    cited: article.cited,
    entities: [...drafts.byKey.values()].map((d) => ({
      key: d.key,
      names: [...d.names],
      votes: d.votes,
      descriptors: [...d.descriptors],
      acronyms: [...d.acronyms],
      mentions: d.mentions,
    })),
  });
}

/**
 * Every party a claim or a cited source refers to has an entity. A slip here would otherwise surface far from its
 * cause, as a missing record while the corpus is assembled; this names the article and the words.
 */
export function assertPartiesRecorded(file: string, extraction: ArticleExtraction): ArticleExtraction {
  const recorded = new Set(extraction.entities.map((e) => e.key));
  const references = [
    ...extraction.claims.flatMap((c) => [c.asserterKey, ...c.subjectKeys, ...c.evidence.flatMap((e) => e.partyKey ?? [])].map((key) => ({ key, where: `the claim “${c.quote}”` }))),
    ...extraction.cited.map((c) => ({ key: c.entityKey, where: `the cited ${c.form}` })),
  ];
  const missing = references.find((r) => !recorded.has(r.key));
  if (missing !== undefined) throw new Error(`${file}: the extraction refers to a party it has no entity for (“${missing.key}”, in ${missing.where}); this is a fault of the pipeline, not of the article`);
  return extraction;
}
