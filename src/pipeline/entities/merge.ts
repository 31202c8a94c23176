/**
 * Alias merging across the corpus: a surname with the full name, spelling
 * variants of a person's name, an acronym with its expansion, and kinds and
 * canonical names for each merged entity.
 */
import type { EntityKind } from '../schema.ts';
import { isUnnamedKey, winningKind, type EntityDraft } from './drafts.ts';
import { countryOf } from './gazetteer.ts';
import { isPeoplesWord } from './names.ts';
import { foldKey, spellingKey } from './normalize.ts';
import { NEWSPAPER_ENDINGS } from '../lexicon/reporting.ts';

/** Generic head words of organisation names, left out when matching initials. */
const GENERIC_HEADS = new Set(['alliance', 'organization', 'organisation', 'union', 'council', 'agency', 'treaty', 'association', 'federation', 'group', 'league', 'party', 'bloc', 'pact', 'front']);
/** Club and company prefixes skipped when a short form is matched: "SC Aveiro" is "Aveiro". */
const ORGANIZATION_PREFIX_KEYS = new Set(['fc', 'sc', 'ac', 'cf', 'cd', 'sk', 'fk', 'afc', 'the']);
/** Newspapers' last words that no firm is named by ("Halvard Sentinel" is a security firm called "Halvard"). */
const TOWN_PAPER_ENDINGS = new Set([...NEWSPAPER_ENDINGS].filter((w) => !['sentinel', 'guardian', 'observer', 'mirror', 'dispatch'].includes(w)));
const REGION_WORDS = new Set(['region', 'oblast', 'province', 'state', 'county', 'district', 'krai', 'governorate', 'prefecture']);
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'von', 'der', 'van', 'la', 'le', 'du', 'da', 'del']);

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** "NATO" and "North Atlantic Alliance": the distinctive words' initials begin the acronym and the rest is a generic head. */
function acronymMatches(acronym: string, name: string): boolean {
  const letters = foldKey(acronym).replace(/\s+/gu, '');
  const words = foldKey(name).split(' ').filter((w) => !SMALL_WORDS.has(w));
  if (letters.length < 2 || words.length < 2) return false;
  if (words.map((w) => w[0]).join('') === letters) return true;
  const distinctive = words.filter((w) => !GENERIC_HEADS.has(w));
  return distinctive.length >= 2 && distinctive.length < words.length && letters.startsWith(distinctive.map((w) => w[0]).join(''));
}

function isAcronym(name: string): boolean {
  return /^\p{Lu}(?:\.?\p{Lu})+\.?$/u.test(name);
}

/** "Hamas’s Political Bureau": a body named with its owner, who is another entity and no short form of it. */
function isOwned(draft: EntityDraft): boolean {
  return [...draft.names.keys()].some((name) => /^[^\s]+(?:\s[^\s]+){0,2}['’]s\s/u.test(name));
}

/** Adds `value` to the list filed under `key`. */
function file<T>(index: Map<string, T[]>, key: string, value: T): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/** The initials of a name, and of its distinctive words when a generic head follows them ("North Atlantic Alliance": NAA, NA). */
function initialsOf(name: string): { all: string; distinctive: string | undefined } {
  const words = foldKey(name).split(' ').filter((w) => !SMALL_WORDS.has(w) && w !== '');
  const distinctive = words.filter((w) => !GENERIC_HEADS.has(w));
  const useful = distinctive.length >= 2 && distinctive.length < words.length;
  return { all: words.map((w) => w[0]).join(''), distinctive: useful ? distinctive.map((w) => w[0]).join('') : undefined };
}

/**
 * Groups the drafts that name one entity; returns each group's drafts. Every
 * rule looks its candidates up in an index, so merging stays near linear in
 * the number of names at tens of thousands of articles.
 */
export function mergeDrafts(drafts: readonly EntityDraft[]): EntityDraft[][] {
  const sets = new UnionFind();
  const kindOf = new Map(drafts.map((d) => [d.key, winningKind(d.votes)]));
  const spelling = new Map(drafts.map((d) => [d.key, spellingKey(d.key)]));
  const spell = (key: string) => spelling.get(key) ?? spellingKey(key);
  const byKey = new Map(drafts.map((d) => [d.key, d]));
  const isCountry = new Map(drafts.map((d) => [d.key, countryOf(d.key) !== undefined]));

  const bySpelling = new Map<string, string>();
  for (const d of drafts) {
    if (isUnnamedKey(d.key)) continue;
    const same = bySpelling.get(spell(d.key));
    if (same !== undefined && (kindOf.get(same) === kindOf.get(d.key) || kindOf.get(d.key) === 'other' || kindOf.get(same) === 'other')) sets.union(same, d.key);
    else bySpelling.set(spell(d.key), d.key);
  }

  // A shorter form of one full name joins it: "Zhivoev", "von der Leyen", "Rene Mamani" for "René Mamani Choque".
  const personsByWord = new Map<string, EntityDraft[]>();
  for (const d of drafts) if (kindOf.get(d.key) === 'person' && d.key.includes(' ')) for (const w of new Set(spell(d.key).split(' '))) file(personsByWord, w, d);
  for (const d of drafts) {
    if (isUnnamedKey(d.key) || isCountry.get(d.key)) continue;
    const words = spell(d.key).split(' ');
    const part = ` ${spell(d.key)} `;
    const longer = (personsByWord.get(words[0]!) ?? []).filter((p) => p !== d && p.key.length > d.key.length && ` ${spell(p.key)} `.includes(part) && (words.length > 1 || spell(p.key).split(' ')[0] !== words[0]));
    // A place is nobody's surname: "León" stays apart from a name that ends in it.
    if (longer.length === 1 && kindOf.get(d.key) !== 'place' && (kindOf.get(d.key) === 'person' || kindOf.get(d.key) === 'other' || words.length === 1)) sets.union(longer[0]!.key, d.key);
  }

  // "Halden" for "Halden Aerostructures Inc.", "A320neo" for "Airbus A320neo", "Puno" for "Puno region".
  const compoundsByHead = new Map<string, EntityDraft[]>();
  for (const c of drafts) {
    const kind = kindOf.get(c.key)!;
    if (!c.key.includes(' ') || !['organization', 'equipment', 'place'].includes(kind) || isCountry.get(c.key) || isOwned(c)) continue;
    const words = c.key.split(' ');
    if (kind === 'place' && !REGION_WORDS.has(words.at(-1)!)) continue;
    // A paper named after its town is "the Echo", never the town's name alone: "Harbourne" is the club.
    if (TOWN_PAPER_ENDINGS.has(words.at(-1)!)) continue;
    const head = kind === 'equipment' ? words.at(-1) : words.find((w) => !ORGANIZATION_PREFIX_KEYS.has(w));
    if (head !== undefined) file(compoundsByHead, spellingKey(head), c);
  }
  // Not a body's when other names hold the word too: "Harbourne" is one of "Harbourne City", "Harbourne Supporters' Trust" and "Radio Harbourne".
  const namesByWord = new Map<string, EntityDraft[]>();
  for (const c of drafts) if (c.key.includes(' ') && !isUnnamedKey(c.key)) for (const w of new Set(spell(c.key).split(' '))) file(namesByWord, w, c);
  for (const d of drafts) {
    // Nor a people's word: "The Welsh government" is not the "Welsh Dairy Producers’ Association".
    if (d.key.includes(' ') || isUnnamedKey(d.key) || isCountry.get(d.key) || kindOf.get(d.key) === 'person' || isPeoplesWord(d.key)) continue;
    const holders = (compoundsByHead.get(spell(d.key)) ?? []).filter((c) => kindOf.get(d.key) === kindOf.get(c.key) || kindOf.get(d.key) === 'other');
    const shared = kindOf.get(holders[0]?.key ?? '') === 'organization' && (namesByWord.get(spell(d.key)) ?? []).length > 1;
    if (holders.length === 1 && !shared) sets.union(holders[0]!.key, d.key);
  }

  // "The Associated Press (AP)", and "NATO" for "North Atlantic Alliance".
  const named = drafts.filter((d) => !isUnnamedKey(d.key) && kindOf.get(d.key) !== 'person');
  const byInitials = new Map<string, EntityDraft[]>();
  for (const d of named) {
    for (const n of d.names.keys()) {
      if (isAcronym(n)) continue;
      const { all, distinctive } = initialsOf(n);
      file(byInitials, all, d);
      if (distinctive !== undefined) file(byInitials, distinctive, d);
    }
  }
  for (const d of named) {
    for (const acronym of d.acronyms) {
      const other = byKey.get(foldKey(acronym));
      if (other) sets.union(d.key, other.key);
    }
    const name = [...d.names.keys()][0]!;
    if (!isAcronym(name)) continue;
    const letters = foldKey(name).replace(/\s+/gu, '');
    const candidates = new Set<EntityDraft>();
    for (let k = 2; k <= letters.length; k++) for (const c of byInitials.get(letters.slice(0, k)) ?? []) candidates.add(c);
    const expansions = [...candidates].filter((x) => x !== d && [...x.names.keys()].some((n) => !isAcronym(n) && acronymMatches(name, n)));
    if (expansions.length === 1) sets.union(d.key, expansions[0]!.key);
  }

  const groups = new Map<string, EntityDraft[]>();
  for (const d of drafts) file(groups, sets.find(d.key), d);
  return [...groups.values()];
}

/** The kind of a merged entity: the votes of all its drafts. */
export function mergedKind(group: readonly EntityDraft[]): EntityKind {
  return winningKind(group.flatMap((d) => d.votes));
}

/** The name to show: a country's canonical name, else the fullest form, then the most frequent. */
export function canonicalName(group: readonly EntityDraft[], kind: EntityKind): string {
  const forms = group.flatMap((d) => [...d.names.entries()]);
  if (kind === 'place') {
    const country = forms.map(([n]) => countryOf(n)).find((c) => c !== undefined);
    if (country) return country;
  }
  // The fullest form, but "Associated Press" before "The Associated Press".
  const score = ([name, count]: [string, number]) => (isAcronym(name) ? 0 : name.split(/\s+/u).length * 100) + name.length + count - (/^the\s/iu.test(name) ? 1000 : 0);
  return forms.reduce((best, f) => (score(f) > score(best) ? f : best))[0].replace(/^the\s+/iu, (m) => (kind === 'group' ? '' : m));
}
