/**
 * Scores an extracted corpus against a hand-made label file. Pure functions:
 * the command-line runner in `src/cli/eval.ts` does the reading and printing.
 */
import { z } from 'zod';
import { ClaimStatus, EntityKind, type Corpus, type Entity } from '../pipeline/schema.ts';

export const LabelClaim = z.object({
  sentence: z.string().min(1),
  asserter: z.string().min(1),
  status: ClaimStatus.optional(),
});
export type LabelClaim = z.infer<typeof LabelClaim>;

export const LabelEntity = z.object({
  name: z.string().min(1),
  kind: EntityKind.optional(),
  aliases: z.array(z.string().min(1)).default([]),
});
export type LabelEntity = z.input<typeof LabelEntity>;

export const Label = z.object({
  article: z.string().min(1),
  claims: z.array(LabelClaim).default([]),
  entities: z.array(LabelEntity).default([]),
});
export type Label = z.input<typeof Label>;

/** Raw counts; every ratio is derived from them so that scores can be micro-averaged. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  statusCorrect: number;
  statusTotal: number;
  entitiesLabelled: number;
  entitiesFound: number;
  kindCorrect: number;
  kindTotal: number;
  unlabelled: number;
  junk: number;
  mergesExpected: number;
  merged: number;
}

export interface Score {
  claims: { tp: number; fp: number; fn: number; precision: number | null; recall: number | null; f1: number | null };
  /** Share of matched claims whose status agrees with the label. */
  statusAccuracy: number | null;
  entities: { labelled: number; found: number; recall: number | null; kindAccuracy: number | null; unlabelled: number; junk: number };
  aliasMerges: { expected: number; merged: number };
  tally: Tally;
}

const EMPTY: Tally = {
  tp: 0, fp: 0, fn: 0, statusCorrect: 0, statusTotal: 0, entitiesLabelled: 0, entitiesFound: 0,
  kindCorrect: 0, kindTotal: 0, unlabelled: 0, junk: 0, mergesExpected: 0, merged: 0,
};

/** Whitespace and curly quotes normalised, for comparing quoted text. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/gu, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Letters that carry their diacritic inside and so survive NFKD unchanged. */
const UNDECOMPOSED: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', ı: 'i', þ: 'th' };

/** Names compare case-insensitively, with diacritics folded and a leading "the " dropped. */
export function normalizeName(name: string): string {
  return normalizeText(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßđłıþ]/gu, (ch) => UNDECOMPOSED[ch] ?? ch)
    .replace(/^the\s+/u, '');
}

function words(name: string): string[] {
  return normalizeName(name).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** True when `inner` occurs in `outer` as a run of whole words. */
function containsWords(outer: string[], inner: string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((w, j) => outer[i + j] === w)) return true;
  }
  return false;
}

/** Asserter rule: equal names, or one contains the other as whole words. */
export function asserterNamesMatch(a: string, b: string): boolean {
  if (normalizeName(a) === normalizeName(b)) return true;
  const wa = words(a);
  const wb = words(b);
  return containsWords(wa, wb) || containsWords(wb, wa);
}

function formsOf(entity: Pick<Entity, 'name' | 'aliases'>): string[] {
  return [entity.name, ...entity.aliases];
}

/** Entity rule: some form of one equals some form of the other after normalisation. */
function sharesForm(forms: readonly string[], labelForms: readonly string[]): boolean {
  const wanted = new Set(labelForms.map(normalizeName));
  return forms.some((f) => wanted.has(normalizeName(f)));
}

/**
 * One-to-one matching of labels to claims (Kuhn's augmenting paths), so that a
 * greedy early choice cannot steal the only claim another label could match.
 */
function maximumMatching(candidates: readonly number[][], right: number): Map<number, number> {
  const ownerOf = new Array<number>(right).fill(-1);
  const tryAssign = (left: number, seen: boolean[]): boolean => {
    for (const r of candidates[left]!) {
      if (seen[r]) continue;
      seen[r] = true;
      if (ownerOf[r] === -1 || tryAssign(ownerOf[r]!, seen)) {
        ownerOf[r] = left;
        return true;
      }
    }
    return false;
  };
  candidates.forEach((_, left) => tryAssign(left, new Array<boolean>(right).fill(false)));
  const pairs = new Map<number, number>();
  ownerOf.forEach((left, r) => { if (left !== -1) pairs.set(left, r); });
  return pairs;
}

/**
 * Whether a claim's asserter is the labelled one: by the label's asserter name, or by a form the label's entity
 * of that name lists, written the same ("Russia's Ministry of Defence" for "Russian Ministry of Defence"). Only
 * the name is matched by containment; an alias such as "the ministry" must be the claim's form itself.
 */
function namesAsserter(forms: readonly string[], asserter: string, aliases: readonly string[]): boolean {
  const listed = new Set(aliases.map(normalizeName));
  return forms.some((f) => asserterNamesMatch(f, asserter) || listed.has(normalizeName(f)));
}

function claimTally(corpus: Corpus, labels: readonly LabelClaim[], entities: readonly LabelEntity[]): Pick<Tally, 'tp' | 'fp' | 'fn' | 'statusCorrect' | 'statusTotal'> {
  const byId = new Map(corpus.entities.map((e) => [e.id, e]));
  const claims = corpus.claims.map((c) => {
    const asserter = byId.get(c.asserterId);
    return { quote: normalizeText(c.quote), status: c.status, forms: asserter === undefined ? [] : formsOf(asserter) };
  });
  const aliasesOf = new Map(entities.map((e) => [normalizeName(e.name), e.aliases ?? []]));
  const candidates = labels.map((label) => {
    const sentence = normalizeText(label.sentence);
    const aliases = aliasesOf.get(normalizeName(label.asserter)) ?? [];
    return claims.flatMap((c, i) => (c.quote.includes(sentence) && namesAsserter(c.forms, label.asserter, aliases) ? [i] : []));
  });
  const pairs = maximumMatching(candidates, claims.length);
  let statusCorrect = 0;
  let statusTotal = 0;
  for (const [left, right] of pairs) {
    const wanted = labels[left]!.status;
    if (wanted === undefined) continue;
    statusTotal++;
    if (claims[right]!.status === wanted) statusCorrect++;
  }
  return { tp: pairs.size, fp: claims.length - pairs.size, fn: labels.length - pairs.size, statusCorrect, statusTotal };
}

const FUNCTION_WORDS = new Set([
  'a', 'about', 'according', 'after', 'also', 'although', 'an', 'and', 'as', 'at', 'because', 'before', 'but', 'by',
  'despite', 'during', 'for', 'from', 'he', 'her', 'here', 'his', 'however', 'i', 'if', 'in', 'instead', 'it', 'its',
  'meanwhile', 'more', 'most', 'mr', 'mrs', 'ms', 'dr', 'many', 'no', 'not', 'of', 'on', 'or', 'our', 'she', 'since',
  'so', 'some', 'still', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'those', 'though',
  'to', 'under', 'until', 'we', 'what', 'when', 'where', 'which', 'while', 'who', 'why', 'with', 'yet', 'you',
]);

const FURNITURE = [
  'source link', 'most commented posts', 'related posts', 'read more', 'advertisement', 'share this',
  'subscribe', 'sign up', 'click here', 'comments', 'related', 'share',
];

/** A name that is only a capitalised function word, or words the page wraps around the article. */
export function isJunkName(name: string): boolean {
  const trimmed = normalizeText(name);
  if (/^\p{Lu}\p{Ll}*\.?$/u.test(trimmed) && FUNCTION_WORDS.has(trimmed.replace(/\.$/u, '').toLowerCase())) return true;
  const folded = normalizeName(name);
  return FURNITURE.some((f) => folded === f || folded.startsWith(`${f} `));
}

function entityTally(corpus: Corpus, labels: readonly LabelEntity[]): Omit<Tally, 'tp' | 'fp' | 'fn' | 'statusCorrect' | 'statusTotal'> {
  const t = { entitiesLabelled: labels.length, entitiesFound: 0, kindCorrect: 0, kindTotal: 0, unlabelled: 0, junk: 0, mergesExpected: 0, merged: 0 };
  for (const label of labels) {
    const labelForms = [label.name, ...(label.aliases ?? [])];
    const matching = corpus.entities.filter((e) => sharesForm(formsOf(e), labelForms));
    if (matching.length > 0) {
      t.entitiesFound++;
      // The entity carrying the label's own name decides the kind; an alias-only match otherwise.
      const best = matching.find((e) => sharesForm(formsOf(e), [label.name])) ?? matching[0]!;
      if (label.kind !== undefined) {
        t.kindTotal++;
        if (best.kind === label.kind) t.kindCorrect++;
      }
    }
    if ((label.aliases ?? []).length > 0) {
      t.mergesExpected++;
      const whole = corpus.entities.some((e) => labelForms.every((f) => sharesForm(formsOf(e), [f])));
      if (whole) t.merged++;
    }
  }
  const allForms = labels.flatMap((l) => [l.name, ...(l.aliases ?? [])]);
  for (const entity of corpus.entities) {
    if (sharesForm(formsOf(entity), allForms)) continue;
    t.unlabelled++;
    if (isJunkName(entity.name)) t.junk++;
  }
  return t;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function finish(t: Tally): Score {
  const precision = ratio(t.tp, t.tp + t.fp);
  const recall = ratio(t.tp, t.tp + t.fn);
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    claims: { tp: t.tp, fp: t.fp, fn: t.fn, precision, recall, f1 },
    statusAccuracy: ratio(t.statusCorrect, t.statusTotal),
    entities: {
      labelled: t.entitiesLabelled,
      found: t.entitiesFound,
      recall: ratio(t.entitiesFound, t.entitiesLabelled),
      kindAccuracy: ratio(t.kindCorrect, t.kindTotal),
      unlabelled: t.unlabelled,
      junk: t.junk,
    },
    aliasMerges: { expected: t.mergesExpected, merged: t.merged },
    tally: t,
  };
}

/** Claims, statuses, entities and alias merges of one article's label. */
export function scoreArticle(corpus: Corpus, label: Label): Score {
  return finish({ ...EMPTY, ...claimTally(corpus, label.claims ?? [], label.entities ?? []), ...entityTally(corpus, label.entities ?? []) });
}

/** Entities and alias merges only, for labels such as seeds-merged that list no claims. */
export function scoreEntities(corpus: Corpus, label: Label): Score {
  return finish({ ...EMPTY, ...entityTally(corpus, label.entities ?? []) });
}

/** Micro-average: counts are summed first, ratios computed once. */
export function combine(scores: readonly Score[]): Score {
  const total = { ...EMPTY };
  for (const s of scores) for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += s.tally[key];
  return finish(total);
}
