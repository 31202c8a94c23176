/**
 * A deterministic synthetic corpus of raw articles in the seeds' format, for
 * measuring the explorer at 1,000 and 10,000 articles. Articles are made of
 * runs of real sentences (so attributions, pronouns and statuses keep their
 * shape) with every named party replaced by one drawn from a growing,
 * skewed population of invented people, organisations, places and
 * equipment, and with numbers varied: claims and entities grow as in real
 * news, not by copying the same files.
 */
import type { Corpus, EntityKind } from '../pipeline/schema.ts';
import { pick, seededRandom } from './random.ts';

export interface SourceSentence {
  text: string;
  /** Named parties in the sentence, by character range and kind. */
  names: { start: number; end: number; kind: EntityKind; entityId: string }[];
}

/** The sentences of a corpus in article order, grouped by article, with their mentions. */
export function sentencePool(corpus: Corpus): SourceSentence[][] {
  const byEntity = new Map(corpus.entities.map((e) => [e.id, e]));
  const mentions = new Map<string, SourceSentence['names']>();
  for (const entity of byEntity.values()) {
    for (const m of entity.mentions) {
      const key = `${m.sourceId}#${m.sentenceId}`;
      mentions.set(key, [...(mentions.get(key) ?? []), { start: m.start, end: m.end, kind: entity.kind, entityId: entity.id }]);
    }
  }
  return corpus.sources.flatMap((s) =>
    s.kind === 'article'
      ? [s.paragraphs.filter((p) => p.kind === 'paragraph').flatMap((p) => p.sentences.map((x) => ({ text: x.text, names: (mentions.get(`${s.id}#${x.id}`) ?? []).sort((a, b) => a.start - b.start) })))]
      : [],
  );
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sa', 'tor', 'vi', 'dan', 'el', 'mar', 'no', 'ris', 'ta', 'ben', 'ko', 'lin', 'ga', 'sho', 'ver', 'an', 'du', 'fel', 'ha', 'jo', 'qui', 'ste', 'wen', 'zar'];
const ORG_HEADS = ['Group', 'Ministry', 'Agency', 'Council', 'Holdings', 'Shipping', 'Union', 'Party', 'Institute', 'Federation', 'Airlines', 'Bank', 'Press', 'Forces', 'Commission'];

function word(random: () => number, parts: number): string {
  let text = '';
  for (let i = 0; i < parts; i++) text += pick(random, SYLLABLES);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An invented name of the given kind; the same (kind, n) always gives the same name. */
function inventedName(kind: EntityKind, n: number, original: string): string {
  const random = seededRandom(n * 7919 + kind.length);
  switch (kind) {
    case 'person':
      return `${word(random, 2)} ${word(random, 3)}`;
    case 'organization':
      return `${word(random, 2)} ${pick(random, ORG_HEADS)}`;
    case 'place':
      return word(random, 3);
    case 'equipment':
      return `${word(random, 2).toUpperCase().slice(0, 3)}-${10 + Math.floor(random() * 890)}`;
    default:
      // Groups ("Russian officials") and others keep their words: they are descriptions, not names.
      return original;
  }
}

/** A skewed draw: a few parties appear in many articles, most in few, as in news. */
function skewed(random: () => number, population: number): number {
  return Math.floor(population * random() ** 2.5);
}

export interface SyntheticArticle {
  file: string;
  text: string;
}

export function syntheticArticles(pool: readonly SourceSentence[][], count: number, seed = 42): SyntheticArticle[] {
  const random = seededRandom(seed);
  const runs = pool.filter((a) => a.length > 0);
  const population = Math.max(50, count * 3);
  const articles: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const substitutes = new Map<string, string>();
    const rename = (entityId: string, kind: EntityKind, original: string) => {
      let name = substitutes.get(entityId);
      if (name === undefined) {
        name = inventedName(kind, skewed(random, population), original);
        substitutes.set(entityId, name);
      }
      return name;
    };
    const paragraphs: string[] = [];
    const length = 4 + Math.floor(random() * 5);
    for (let p = 0; p < length; p++) {
      // A run of consecutive sentences keeps "he said" next to the name it refers to.
      const source = pick(random, runs);
      const from = Math.floor(random() * source.length);
      const sentences = source.slice(from, from + 2 + Math.floor(random() * 3));
      paragraphs.push(sentences.map((s) => rewrite(s, rename, random)).join(' '));
    }
    const date = `20${24 + Math.floor(random() * 3)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const headline = `${word(random, 2)} ${pick(random, ['dispute', 'talks', 'strike', 'report', 'deal', 'vote'])} ${pick(random, ['deepens', 'stalls', 'widens', 'ends', 'resumes'])} after claims from ${word(random, 3)} ${i + 1}`;
    const teasers = random() < 0.3 ? [`${word(random, 2)} ${word(random, 3)} says talks with ${word(random, 2)} will continue next week`] : [];
    const furniture = random() < 0.5 ? ['Source link'] : [];
    articles.push({
      file: `synthetic-${String(i + 1).padStart(5, '0')}.txt`,
      text: [` date ${date} ${headline}`, ...paragraphs, ...furniture, ...teasers].join('\n') + '\n',
    });
  }
  return articles;
}

/** The sentence with its names replaced and its numbers varied. */
function rewrite(sentence: SourceSentence, rename: (id: string, kind: EntityKind, original: string) => string, random: () => number): string {
  let text = '';
  let cursor = 0;
  for (const n of sentence.names) {
    if (n.start < cursor) continue;
    text += sentence.text.slice(cursor, n.start) + rename(n.entityId, n.kind, sentence.text.slice(n.start, n.end));
    cursor = n.end;
  }
  text += sentence.text.slice(cursor);
  return text.replace(/\b\d{2,3}\b/gu, (digits) => String(Math.floor(10 ** (digits.length - 1) + random() * 9 * 10 ** (digits.length - 1))));
}
