/**
 * The records with the lookups the pages need: who said what in which article,
 * which claims answer each other, who is mentioned with whom. Built once per
 * build from the corpus; ids are known to resolve (the pipeline checks it).
 */
import type { ArticleSource, CitedSource, Claim, Corpus, Entity, EntityKind, Sentence, Source } from '../pipeline/schema.ts';
import { ClaimFacets } from './claim-filters.ts';

/** What a page shows of an entity it only names and links to. */
export type EntityName = Pick<Entity, 'id' | 'name' | 'kind'>;

export interface Counted<T> {
  item: T;
  count: number;
}

/** The quote's sentences with the sentence before and after, when there is one. */
export interface QuoteContext {
  before: Sentence | undefined;
  sentences: Sentence[];
  after: Sentence | undefined;
}

function must<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const found = map.get(id);
  if (found === undefined) throw new Error(`no ${what} with id ${id}`);
  return found;
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [item]);
      else group.push(item);
    }
  }
  return groups;
}

/** Most frequent first, then in the order first met. */
function tally<T>(items: readonly T[]): Counted<T>[] {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].map(([item, n]) => ({ item, count: n })).sort((a, b) => b.count - a.count);
}

const sentenceKey = (sourceId: string, sentenceId: string): string => `${sourceId}#${sentenceId}`;

export class Records {
  /** Every source in the pipeline's order. */
  readonly sources: Source[];
  readonly articles: ArticleSource[];
  readonly cited: CitedSource[];
  readonly claims: Claim[];
  readonly entities: Entity[];
  readonly #sources: Map<string, Source>;
  readonly #entities: Map<string, Entity>;
  readonly #names: Map<string, EntityName>;
  readonly #claims: Map<string, Claim>;
  readonly #sentences = new Map<string, Sentence[]>();
  readonly #byArticle: Map<string, Claim[]>;
  readonly #byAsserter: Map<string, Claim[]>;
  readonly #bySubject: Map<string, Claim[]>;
  readonly #byVia: Map<string, Claim[]>;
  readonly #bySentence: Map<string, Claim[]>;
  readonly #citedIn: Map<string, CitedSource[]>;
  /** Entity ids per article sentence, teaser lines included. */
  readonly #mentioned: Map<string, Entity[]>;
  /** A claim's place in `claims`, which every per-entity and per-article list keeps. */
  readonly #place = new Map<string, number>();
  readonly #counter = new Map<string, Claim[]>();
  readonly #entitiesIn: Map<string, Counted<EntityName>[]>;
  readonly #articlesMentioning: Map<string, Counted<ArticleSource>[]>;
  readonly #citedBehind: Map<string, CitedSource[]>;
  #asserters: Counted<Entity>[] | undefined;
  /** The claims list's filters and their pages. */
  readonly facets: ClaimFacets;
  #ofKind: Map<string, Entity[]> | undefined;

  /** Content collections come back sorted by id; lists read better in the order of the articles' text. */
  constructor(corpus: Corpus) {
    this.articles = corpus.sources.filter((s): s is ArticleSource => s.kind === 'article');
    for (const article of this.articles) {
      this.#sentences.set(article.id, article.paragraphs.flatMap((p) => p.sentences));
    }
    const textOrder = this.#textOrder();
    this.cited = corpus.sources
      .filter((s): s is CitedSource => s.kind === 'cited')
      .sort((a, b) => textOrder(a.citedBy[0]?.articleId, a.citedBy[0]?.sentenceId) - textOrder(b.citedBy[0]?.articleId, b.citedBy[0]?.sentenceId));
    this.sources = [...this.articles, ...this.cited];
    this.claims = [...corpus.claims].sort(
      (a, b) => textOrder(a.sourceId, a.sentenceIds[0]) - textOrder(b.sourceId, b.sentenceIds[0]) || a.cueSpan.start - b.cueSpan.start,
    );
    this.entities = corpus.entities;
    this.#sources = new Map(corpus.sources.map((s) => [s.id, s]));
    this.#entities = new Map(corpus.entities.map((e) => [e.id, e]));
    this.#names = new Map(corpus.entities.map(({ id, name, kind }) => [id, { id, name, kind }]));
    this.#claims = new Map(corpus.claims.map((c) => [c.id, c]));
    this.#byArticle = groupBy(this.claims, (c) => [c.sourceId]);
    this.#byAsserter = groupBy(this.claims, (c) => [c.asserterId]);
    this.#bySubject = groupBy(this.claims, (c) => c.subjects);
    this.#byVia = groupBy(this.claims, (c) => (c.via === undefined ? [] : [c.via]));
    this.#bySentence = groupBy(this.claims, (c) => c.sentenceIds.map((s) => sentenceKey(c.sourceId, s)));
    this.#citedIn = groupBy(this.cited, (s) => s.citedBy.map((c) => c.articleId));
    this.#mentioned = groupBy(corpus.entities, (e) => e.mentions.map((m) => sentenceKey(m.sourceId, m.sentenceId)));
    this.claims.forEach((claim, i) => this.#place.set(claim.id, i));
    this.#pairCounterClaims();
    this.#entitiesIn = new Map(
      [...groupBy(corpus.entities.flatMap((e) => e.mentions.map((m) => ({ e, articleId: m.sourceId }))), (m) => [m.articleId])].map(
        ([articleId, mentions]) => [articleId, tally(mentions.map((m) => this.named(m.e.id)))],
      ),
    );
    this.#articlesMentioning = new Map(corpus.entities.map((e) => [e.id, tally(e.mentions.map((m) => this.article(m.sourceId)))]));
    this.#citedBehind = groupBy(this.cited, (s) => [s.entityId]);
    this.facets = new ClaimFacets(this);
  }

  /**
   * A claim and its denial or contradiction: an evidence sentence of one
   * claim that is itself a claim by the party the evidence names. Both ways,
   * so the accusation lists the denial and the denial lists the accusation;
   * in the order of the text.
   */
  #pairCounterClaims(): void {
    const pairs = new Map<string, Set<Claim>>();
    const pair = (a: Claim, b: Claim): void => {
      if (a.id === b.id) return;
      for (const [one, other] of [[a, b], [b, a]] as const) {
        const set = pairs.get(one.id) ?? new Set<Claim>();
        set.add(other);
        pairs.set(one.id, set);
      }
    };
    for (const claim of this.claims) {
      for (const e of claim.evidence) {
        for (const answer of this.claimsInSentence(e.sourceId, e.sentenceId)) {
          if (answer.asserterId === e.entityId) pair(claim, answer);
        }
      }
    }
    for (const [id, set] of pairs) this.#counter.set(id, this.#inOrder([...set]));
  }

  #order(claim: Claim): number {
    return this.#place.get(claim.id) ?? Number.MAX_SAFE_INTEGER;
  }

  #inOrder(claims: Claim[]): Claim[] {
    return claims.sort((a, b) => this.#order(a) - this.#order(b));
  }

  /** A sentence's place in the corpus: articles in order, then sentences in order. */
  #textOrder(): (articleId: string | undefined, sentenceId: string | undefined) => number {
    const place = new Map<string, number>();
    for (const article of this.articles) {
      for (const sentence of this.sentences(article.id)) place.set(sentenceKey(article.id, sentence.id), place.size);
    }
    return (articleId, sentenceId) => place.get(sentenceKey(articleId ?? '', sentenceId ?? '')) ?? Number.MAX_SAFE_INTEGER;
  }

  source(id: string): Source {
    return must(this.#sources, id, 'source');
  }

  article(id: string): ArticleSource {
    const source = this.source(id);
    if (source.kind !== 'article') throw new Error(`source ${id} is not an article`);
    return source;
  }

  entity(id: string): Entity {
    return must(this.#entities, id, 'entity');
  }

  /**
   * An entity's id, name and kind, for a page that only names it: such a page
   * then changes when these do, not with every article that mentions the
   * entity (src/site/page-keys/).
   */
  named(id: string): EntityName {
    return must(this.#names, id, 'entity');
  }

  claim(id: string): Claim {
    return must(this.#claims, id, 'claim');
  }

  /** The claims of an article, in the order of its text. */
  claimsIn(articleId: string): Claim[] {
    return this.#byArticle.get(articleId) ?? [];
  }

  claimsBy(entityId: string): Claim[] {
    return this.#byAsserter.get(entityId) ?? [];
  }

  claimsAbout(entityId: string): Claim[] {
    return this.#bySubject.get(entityId) ?? [];
  }

  claimsVia(citedId: string): Claim[] {
    return this.#byVia.get(citedId) ?? [];
  }

  claimsInSentence(articleId: string, sentenceId: string): Claim[] {
    return this.#bySentence.get(sentenceKey(articleId, sentenceId)) ?? [];
  }

  /** The cited sources an article relays. */
  citedIn(articleId: string): CitedSource[] {
    return this.#citedIn.get(articleId) ?? [];
  }

  /** Entities named in one sentence (or teaser line) of an article. */
  mentionedIn(articleId: string, sentenceId: string): Entity[] {
    return this.#mentioned.get(sentenceKey(articleId, sentenceId)) ?? [];
  }

  sentences(articleId: string): Sentence[] {
    return this.#sentences.get(articleId) ?? [];
  }

  context(claimId: string): QuoteContext {
    const claim = this.claim(claimId);
    const all = this.sentences(claim.sourceId);
    const first = all.findIndex((s) => s.id === claim.sentenceIds[0]);
    const last = all.findIndex((s) => s.id === claim.sentenceIds.at(-1));
    return { before: all[first - 1], sentences: all.slice(first, last + 1), after: all[last + 1] };
  }

  /** Claims that deny or contradict this one, or that this one answers (see #pairCounterClaims). */
  counterClaims(claimId: string): Claim[] {
    return this.#counter.get(claimId) ?? [];
  }

  /** Entities with the number of claims they assert, most active first. */
  asserters(): Counted<Entity>[] {
    this.#asserters ??= tally(this.claims.map((c) => this.entity(c.asserterId)));
    return this.#asserters;
  }

  /** Entities an article names, most mentioned first. */
  entitiesIn(articleId: string): Counted<EntityName>[] {
    return this.#entitiesIn.get(articleId) ?? [];
  }

  /** Articles that name an entity, with how often they do, most first. */
  articlesMentioning(entityId: string): Counted<ArticleSource>[] {
    return this.#articlesMentioning.get(entityId) ?? [];
  }

  /** The entities of one kind by name, A to Z. */
  entitiesOfKind(kind: EntityKind): Entity[] {
    this.#ofKind ??= groupBy(
      [...this.entities].sort((a, b) => a.name.localeCompare(b.name, 'en')),
      (e) => [e.kind],
    );
    return this.#ofKind.get(kind) ?? [];
  }

  /** The cited sources an entity is behind. */
  citedBehind(entityId: string): CitedSource[] {
    return this.#citedBehind.get(entityId) ?? [];
  }

  /**
   * Up to `limit` claims of a list in the order of the text (one asserter's,
   * those about one entity), other than `claim` and nearest to it: claims
   * of the same article first come next to it. Looks at `limit` + 1 claims
   * whatever the list's length.
   */
  near(list: readonly Claim[], claim: Claim, limit: number): Claim[] {
    const at = this.#order(claim);
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#order(list[middle] as Claim) < at) low = middle + 1;
      else high = middle;
    }
    const start = Math.max(0, Math.min(low - Math.floor(limit / 2), list.length - limit - 1));
    return list
      .slice(start, start + limit + 1)
      .filter((c) => c.id !== claim.id)
      .slice(0, limit);
  }

  /** Up to `limit` other claims by the claim's asserter, nearest to it in the text (see near()). */
  moreBy(claimId: string, limit: number): Claim[] {
    const claim = this.claim(claimId);
    return this.near(this.claimsBy(claim.asserterId), claim, limit);
  }

  /**
   * Other claims about the entities this one is about, those sharing the
   * most of them first, then the nearest in the text: drawn from the
   * `limit` nearest claims about each entity, so bounded by the claim's
   * subjects, not by how much is said about them.
   */
  aboutTheSame(claimId: string, limit: number): Claim[] {
    const claim = this.claim(claimId);
    const shared = (other: Claim): number => other.subjects.filter((s) => claim.subjects.includes(s)).length;
    const candidates = new Map<string, Claim>();
    for (const subject of new Set(claim.subjects)) {
      for (const other of this.near(this.claimsAbout(subject), claim, limit)) candidates.set(other.id, other);
    }
    const at = this.#order(claim);
    return [...candidates.values()]
      .map((other) => ({ other, shared: shared(other), distance: Math.abs(this.#order(other) - at) }))
      .sort((a, b) => b.shared - a.shared || a.distance - b.distance)
      .slice(0, limit)
      .map(({ other }) => other);
  }

  /** Entities named in the same sentences as this one. */
  coMentioned(entityId: string): Counted<EntityName>[] {
    const entity = this.entity(entityId);
    return tally(
      entity.mentions.flatMap((m) =>
        this.mentionedIn(m.sourceId, m.sentenceId)
          .filter((e) => e.id !== entityId)
          .map((e) => this.named(e.id)),
      ),
    );
  }

  /**
   * Other articles naming entities this one names, with how many they
   * share, those sharing the most first. Candidates come from the `reach`
   * articles naming each entity most (all of them for an entity few name),
   * an entity counting the more the fewer articles name it, so the work per
   * article is bounded however common its entities are; the counts shown
   * are exact.
   */
  articlesSharingEntities(articleId: string, limit: number, reach = 50): Counted<ArticleSource>[] {
    const named = new Set(this.entitiesIn(articleId).map(({ item }) => item.id));
    const score = new Map<ArticleSource, number>();
    for (const entityId of named) {
      const naming = this.articlesMentioning(entityId);
      const weight = 1 / Math.log2(1 + naming.length);
      for (const { item } of naming.slice(0, reach)) {
        if (item.id !== articleId) score.set(item, (score.get(item) ?? 0) + weight);
      }
    }
    const sharedWith = (other: ArticleSource): number => this.entitiesIn(other.id).filter(({ item }) => named.has(item.id)).length;
    return [...score]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([item]) => ({ item, count: sharedWith(item) }))
      .sort((a, b) => b.count - a.count);
  }
}
