/**
 * Entities as they are gathered from the articles, before aliases are merged
 * across the corpus: a key per distinct name, with every surface form, kind
 * vote, descriptor and mention seen for it.
 */
import type { EntityKind, Mention } from '../schema.ts';
import type { ExtractedEntity } from '../article-extraction.ts';
import { countryOf } from './gazetteer.ts';
import { foldKey } from './normalize.ts';

export interface KindVote {
  kind: EntityKind;
  certainty: number;
}

export interface EntityDraft {
  key: string;
  /** Surface forms with how often each was seen. */
  names: Map<string, number>;
  votes: KindVote[];
  descriptors: Set<string>;
  acronyms: Set<string>;
  mentions: Mention[];
}

const UNNAMED = 'group ';

/** Whether a key files an unnamed party ("officials", "a senior official"), which no name may take in. */
export function isUnnamedKey(key: string): boolean {
  return key.startsWith(UNNAMED);
}

export class EntityDrafts {
  readonly byKey = new Map<string, EntityDraft>();

  /** The key a name is filed under: countries by their canonical name, others by their folded form. */
  static keyOf(name: string, kind: EntityKind): string {
    if (kind === 'group') return `${UNNAMED}${foldKey(name)}`;
    const country = countryOf(name);
    return country === undefined ? foldKey(name) : foldKey(country);
  }

  record(key: string, name: string, vote: KindVote, mention: Mention | undefined, descriptor?: string, acronym?: string): EntityDraft {
    let draft = this.byKey.get(key);
    if (!draft) {
      draft = { key, names: new Map(), votes: [], descriptors: new Set(), acronyms: new Set(), mentions: [] };
      this.byKey.set(key, draft);
    }
    draft.names.set(name, (draft.names.get(name) ?? 0) + 1);
    draft.votes.push(vote);
    if (descriptor) draft.descriptors.add(descriptor);
    if (acronym) draft.acronyms.add(acronym);
    if (mention) draft.mentions.push(mention);
    return draft;
  }

  /** Files one article's drafts of an entity with those of the articles before it. */
  absorb(entity: ExtractedEntity): void {
    let draft = this.byKey.get(entity.key);
    if (!draft) {
      draft = { key: entity.key, names: new Map(), votes: [], descriptors: new Set(), acronyms: new Set(), mentions: [] };
      this.byKey.set(entity.key, draft);
    }
    for (const [name, seen] of entity.names) draft.names.set(name, (draft.names.get(name) ?? 0) + seen);
    draft.votes.push(...entity.votes);
    for (const d of entity.descriptors) draft.descriptors.add(d);
    for (const a of entity.acronyms) draft.acronyms.add(a);
    draft.mentions.push(...entity.mentions);
  }

  get(key: string): EntityDraft | undefined {
    return this.byKey.get(key);
  }
}

/** The kind with the most certain votes, then the most votes. A bare guess of "other" is no vote: it only says the words did not tell. */
export function winningKind(votes: readonly KindVote[]): EntityKind {
  const score = new Map<EntityKind, number>();
  for (const v of votes) if (v.kind !== 'other' || v.certainty > 0) score.set(v.kind, (score.get(v.kind) ?? 0) + 1 + v.certainty * 10);
  let best: EntityKind = 'other';
  let bestScore = -1;
  for (const [kind, s] of score) {
    if (s > bestScore) {
      best = kind;
      bestScore = s;
    }
  }
  return best;
}
