/**
 * What an article has mentioned so far, so that "he", "the blogger" or "the
 * group" can be resolved to the party they stand for, and a description that
 * comes before the name ("Ukraine's defense minister ... Oleksii Reznikov
 * said") can be bound to it when the name arrives.
 */
import type { EntityKind } from '../schema.ts';
import { BUSINESS_NOUNS, CIVIC_BODY_HEADS, ORGANIZATION_HEADS, PERSON_ROLES, PUBLIC_BODY_HEADS } from '../lexicon/parties.ts';
import { countryByWord } from '../entities/gazetteer.ts';
import { NEWS_MEDIA_WORDS, NEWSPAPER_ENDINGS } from '../lexicon/reporting.ts';

export interface Referent {
  key: string;
  kind: EntityKind;
  sentence: number;
  /** An asserter or the subject of its sentence: the likeliest antecedent of "he" or "the group". */
  salient: boolean;
  /** An unnamed single person ("a senior doctor"), whom "he" or "she" may stand for. */
  onePerson?: boolean;
  /** A collective named by a plural, whom "they" may stand for but never "it". */
  many?: boolean;
  /** Where in its sentence a name was written (a character offset); asserters have none. */
  start?: number;
}

/** How far back (in sentences) a pronoun or a description is looked up. */
const PRONOUN_REACH = 4;
const DESCRIPTION_REACH = 40;
/** Where the headline stands among the article's sentences: before the first. */
export const HEADLINE = -1;
/** Nouns that describe a collective of people, unnamed or not: "the group" may be the protesters named before. */
const COLLECTIVE_HEADS = new Set(['group', 'groups', 'network', 'movement', 'campaign', 'crowd', 'gang']);
/** Nouns by which an article refers back to the business or body it is about, named or not. */
const OUTLET_HEADS = ['broadcaster', 'newspaper', 'paper', 'outlet', 'channel', 'website', 'magazine', 'tabloid', 'blog', 'podcast', 'daily', 'weekly'];
const FIRM_HEADS = new Set(['company', 'firm', 'startup', 'start-up', 'group', 'organisation', 'organization', 'club', 'team', 'operator', 'carrier', 'airline', 'insurer', 'owner', 'developer', 'network', 'agency', 'bank', 'union', 'mission', ...OUTLET_HEADS, ...BUSINESS_NOUNS]);
/** Of those, the nouns that only a business answers to: "the company" is never the regulator or the pilots' association named before it. */
const BUSINESS_HEADS = new Set(['company', 'firm', 'startup', 'start-up', 'operator', 'carrier', 'airline', 'insurer', 'owner', 'developer', 'bank', ...OUTLET_HEADS, ...[...BUSINESS_NOUNS].filter((noun) => noun !== 'charity')]);

/** Words that mark a business in its name or its descriptions: "Harrow & Pike", "Kestrel Maritime Ltd", "the retailer". */
const BUSINESS_MARKS = new Set([...BUSINESS_HEADS, ...BUSINESS_NOUNS, '&', 'inc', 'ltd', 'plc', 'llc', 'corp', 'gmbh']);
/** Words that mark an outlet: "the Sporting Ledger", "a Telegram channel". */
const OUTLET_MARKS = new Set([...OUTLET_HEADS, ...NEWS_MEDIA_WORDS]);
/** Words that mark a body of people acting together, whom "the group" means: "Meridian Lens, a collective of investigators". */
const COLLECTIVE_MARKS = new Set([...COLLECTIVE_HEADS, 'collective', 'coalition', 'alliance', 'organisation', 'organization']);
/** Trades a business is known by, in its name or its descriptions: "the airline" is "Aurelia Airways" and never the manufacturer. */
const TRADES: Record<string, string[]> = {
  // Not "carrier": "the aircraft carrier Cavour" is a ship.
  airline: ['airline', 'airways', 'airlines'],
  manufacturer: ['manufacturer', 'maker', 'planemaker', 'aerospace'],
  insurer: ['insurer', 'insurance'],
};
/** Whether two words share a stem of five letters or more, all of the shorter but its last three: "audit" and "auditor", "investigation" and "investigator". */
function sharesStem(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= 5 && common >= Math.min(a.length, b.length) - 3;
}

/** The trade a noun names, if any. */
function tradeOf(word: string): string | undefined {
  return Object.keys(TRADES).find((trade) => TRADES[trade]!.includes(word));
}
/** Nouns an article uses for the same party: "the army" after "the Sudanese Armed Forces". */
const SAME_PARTY: Record<string, string[]> = {
  army: ['forces', 'military'],
  military: ['forces', 'army'],
  // "the officer" after "Detective Constable Mark Ellery": a police rank is an officer's.
  officer: ['constable', 'detective', 'sergeant', 'inspector', 'superintendent', 'dc', 'pc', 'ds', 'di', 'dci'],
  // "the former employee" after "a former member of Vantoro's finance team".
  employee: ['member', 'staffer'],
  // "The group said" after "Meridian Lens, a collective of open-source investigators".
  group: ['collective', 'coalition', 'network'],
  ...Object.fromEntries(Object.entries(TRADES).flatMap(([, words]) => words.map((w) => [w, words.filter((x) => x !== w)]))),
};

/** Nouns for a body that oversees others, and the head nouns such a body's name may end in besides a public body's. */
const OVERSIGHT_HEADS = new Set(['regulator', 'watchdog']);
const OVERSIGHT_BODIES = new Set(['office', 'agency', 'board', 'bureau']);

/** Titles that say which pronoun their holder goes by. */
const TITLE_PRONOUNS: Record<string, 'he' | 'she' | undefined> = { mr: 'he', mrs: 'she', ms: 'she', miss: 'she' };

/** Person roles that anyone named may be described by, whatever their other role (as may "the 41-year-old"). */
const GENERIC_ROLES = new Set(['official', 'person', 'source']);

/** What a description says besides its head noun. */
export interface DescriptionTerms {
  /** The country it names ("Ukraine's defense minister"). */
  country: string | undefined;
  /** Whether a named party owns it ("Bolea's office"). */
  owned?: boolean;
  /** Whether the head is a person's role ("the teacher"); by default, when the lexicon says so. */
  personal?: boolean;
  /** A noun compounded with the head ("health" in "the regional health authority"), which the party must be known by. */
  kindWord?: string | undefined;
}

/** A person, named or not ("a senior doctor"): whom "he" or "she" may stand for. */
function isOnePerson(r: Referent): boolean {
  return r.kind === 'person' || r.onePerson === true;
}

export class Discourse {
  private readonly history: Referent[] = [];
  /** Keys of the names the headline gives. */
  private readonly headlined = new Set<string>();
  /** The phrase being resolved: names written after it in its own sentence are not what it refers back to. */
  private reading: { sentence: number; end: number } | undefined;
  /** Lower-case words that describe each party ("russian", "war", "blogger"), from all its mentions. */
  private readonly words = new Map<string, Set<string>>();
  /** The pronoun each person is known by, from a first name or title ("Priya", "Mrs") or from a "she" that found them. */
  private readonly pronouns = new Map<string, 'he' | 'she'>();
  /** The persons whose pronoun a title gave. */
  private readonly surePronouns = new Set<string>();

  mention(referent: Referent, words: Iterable<string> = []): void {
    this.history.push(referent);
    this.describe(referent.key, words);
  }

  /** Sets where the phrase about to be resolved ends. */
  readingAt(sentence: number, end: number): void {
    this.reading = { sentence, end };
  }

  /** Marks the party as having asserted something, which makes it the likeliest "he" or "the group" next. */
  asserted(key: string, kind: EntityKind, sentence: number, { onePerson = false, many = false }: { onePerson?: boolean; many?: boolean } = {}): void {
    this.history.push({ key, kind, sentence, salient: true, onePerson, many });
  }

  /** Adds describing words to a party (also a description bound to its name later). */
  describe(key: string, words: Iterable<string>): void {
    const set = this.words.get(key) ?? new Set<string>();
    for (const w of words) set.add(w);
    this.words.set(key, set);
  }

  private wordsOf(r: Referent): Set<string> {
    return this.words.get(r.key) ?? new Set();
  }

  /** Whether the party's name or a word describing it is one of `heads` ("authority" for the HPRA). */
  private namedOrDescribedAs(r: Referent, heads: (word: string) => boolean): boolean {
    return [...this.wordsOf(r), ...r.key.split(' ')].some(heads);
  }

  /** Whether the party was mentioned by the given sentence. */
  mentionedBy(key: string, sentence: number): boolean {
    return this.history.some((r) => r.key === key && r.sentence <= sentence);
  }

  /** The person a lone name stands for: "Zhivoev" after "Alexei Zhivoev", "Ccori" after "Elena Ccori Vargas". */
  personBySurname(surnameKey: string, titles: readonly string[] = []): string | undefined {
    const bySurname = (r: Referent) => r.kind === 'person' && r.key.includes(' ') && r.key.split(' ').slice(1).includes(surnameKey);
    // "Cllr Pennington" after "Cllr Gerald Pennington" and "Helen Pennington, the councillor’s wife": the one the title fits.
    return this.onlyOne(bySurname) ?? (titles.length > 0 ? this.onlyOne((r) => bySurname(r) && titles.some((t) => this.wordsOf(r).has(t) || TITLE_PRONOUNS[t] === this.pronouns.get(r.key))) : undefined) ??
      // The one the headline names, of several: an obituary's subject among the relatives who share her name.
      this.onlyOne((r) => bySurname(r) && this.headlined.has(r.key));
  }

  /** The person met before whom a name stands for, whole or by surname: "GWEN PRITCHARD", "PRITCHARD" for Gwen Pritchard. */
  personNamed(nameKey: string): string | undefined {
    return this.history.some((r) => r.kind === 'person' && r.key === nameKey) ? nameKey : this.personBySurname(nameKey);
  }

  /** The person a lone first name stands for: "Trần" after "Trần Quốc Bảo", whose family name comes first, or "Marisol" after "Marisol Vance". */
  personByFirstName(nameKey: string): string | undefined {
    return this.onlyOne((r) => r.kind === 'person' && r.key.startsWith(`${nameKey} `));
  }

  /** The one party in the history that passes `test`; none when there are two ("Lind" after "Anna Lind" and "Erik Lind"). */
  private onlyOne(test: (r: Referent) => boolean): string | undefined {
    const matches = new Set(this.history.filter(test).map((r) => r.key));
    return matches.size === 1 ? [...matches][0] : undefined;
  }

  /**
   * The organisation named before whose name a lone word opens: "Verabrook" after "Verabrook Nutrition". None
   * when two could be meant, and never one `passOver` rules out (a newspaper named after its town, "Castlegate Evening Post").
   */
  organizationByFirstWord(wordKey: string, passOver: (key: string) => boolean): string | undefined {
    // Not "Tadu Kotorno of the Noan Airlines", a person and where they work, run together.
    return this.onlyOne((r) => r.kind === 'organization' && r.key.startsWith(`${wordKey} `) && !r.key.startsWith(`${wordKey} of `) && !passOver(r.key));
  }

  /** Notes a name the headline gives, whatever it was taken for there: "Vantoro freezes withdrawals" is about Vantoro. */
  headlines(key: string): void {
    this.headlined.add(key);
  }

  /** "The Inspectorate" after "the Schools Inspectorate": the body named lately whose name ends in the word. */
  bodyEndingIn(headKey: string, sentence: number): string | undefined {
    return this.latest(['organization'], sentence, DESCRIPTION_REACH, (r) => r.key.endsWith(` ${headKey}`));
  }

  /** "Velmora’s foreign ministry" after "Velmora’s Ministry of Foreign Affairs": the body named before with that owner and head. */
  bodyOf(ownerKey: string, head: string, sentence: number): string | undefined {
    return this.latest(['organization'], sentence, DESCRIPTION_REACH, (r) => r.key.startsWith(`${ownerKey} `) && r.key.split(' ').includes(head));
  }

  /**
   * Notes the pronoun a person goes by; the first one known stays, but for a title's ("Ms Nolan"), which is sure
   * where a first name is a guess ("Kerry").
   */
  knownAs(key: string, pronoun: 'he' | 'she', sure = false): void {
    if (!this.pronouns.has(key) || sure && !this.surePronouns.has(key)) this.pronouns.set(key, pronoun);
    if (sure) this.surePronouns.add(key);
  }

  /**
   * The latest person, whatever pronoun they go by: whom "We spoke to her" before an interview's first question
   * means. Named as the subject or not: "We spoke to Tom Baker" names him after the last speaker.
   */
  lastPerson(sentence: number): string | undefined {
    return this.latest(['person', 'group'], sentence, PRONOUN_REACH, isOnePerson, false);
  }

  pronoun(word: string, sentence: number): string | undefined {
    if (word === 'he' || word === 'she') {
      // "“We had a queue out the door,” she said" after Raymond Tuilagi spoke: not him.
      const agrees = (r: Referent) => (this.pronouns.get(r.key) ?? word) === word;
      const key = this.latest(['person', 'group'], sentence, PRONOUN_REACH, (r) => isOnePerson(r) && agrees(r));
      if (key !== undefined) this.knownAs(key, word);
      return key;
    }
    return this.latest(['organization', 'group', 'place'], sentence, PRONOUN_REACH, (r) => r.onePerson !== true && !(word === 'it' && r.many === true));
  }

  /**
   * "the blogger", "the minister", "the group": the latest party so described,
   * else the latest of its sort. A country in the description ("Ukraine's
   * defense minister") must agree with the party's.
   */
  description(head: string, sentence: number, { country, owned = false, personal = PERSON_ROLES.has(head), kindWord }: DescriptionTerms): string | undefined {
    // "the Russian ministry" is "Russia’s Foreign Ministry", named or described so; an invented country goes by its own word.
    const ofCountry = (w: string) => [countryByWord(w), w].includes(country) || [countryByWord(w.replace(/['’]s?$/u, '')), w.replace(/['’]s?$/u, '')].includes(country);
    const fromCountry = (r: Referent) => (country === undefined || this.namedOrDescribedAs(r, ofCountry)) && (kindWord === undefined || this.namedOrDescribedAs(r, (w) => w === kindWord));
    // "The partisans" after "the Ukrainian partisan network Prypiat Line": the members of a body described by the singular.
    const member = /[^s]s$/u.test(head) ? head.slice(0, -1) : undefined;
    // "The auditors" after "the Office of the Auditor General" or "the UN Office of Audit and Review": the body named for their work.
    const namedForWork = (r: Referent) => r.kind === 'organization' && r.key.split(' ').some((w) => !ORGANIZATION_HEADS.has(w) && sharesStem(w, member!));
    const ofMembers = (r: Referent) => member !== undefined && (this.wordsOf(r).has(member) && this.namedOrDescribedAs(r, (w) => COLLECTIVE_HEADS.has(w)) || namedForWork(r));
    const heads = [head, ...(SAME_PARTY[head] ?? [])];
    // "the hospital group", "the mining company": a firm or a group known by the noun compounded with it.
    const ofKind = kindWord !== undefined && FIRM_HEADS.has(head);
    // "The district maintained" is not "District spokesman Aaron Pell": a body's noun finds no person.
    const kinds: EntityKind[] = personal ? ['person', 'organization', 'group', 'place', 'equipment', 'other'] : ['organization', 'group', 'place', 'equipment', 'other'];
    const byWord = this.latest(kinds, sentence, DESCRIPTION_REACH, (r) => (heads.some((h) => this.wordsOf(r).has(h)) || ofMembers(r) || ofKind) && fromCountry(r));
    // "Bolea's office", "Halvar's chief executive": someone's in particular, not whoever came last.
    if (byWord || country !== undefined || owned) return byWord;
    // "The mayor denied it." after "Opposition leader Kadri Saar said ...": not someone known by another role.
    if (personal) {
      const anyone = !PERSON_ROLES.has(head) || GENERIC_ROLES.has(head);
      return this.latest(['person'], sentence, PRONOUN_REACH, (r) => anyone || ![...this.wordsOf(r)].some((w) => w !== head && PERSON_ROLES.has(w)));
    }
    // "The regulator added ...": the public body named before ("the Civil Aviation Safety Office").
    if (OVERSIGHT_HEADS.has(head)) return this.latest(['organization'], sentence, DESCRIPTION_REACH, (r) => this.namedOrDescribedAs(r, (w) => PUBLIC_BODY_HEADS.has(w) || OVERSIGHT_BODIES.has(w)));
    // "the company", "the group": the organisation the article is about, even some way back. "The
    // government" or "the ministry" is not just any organisation: unnamed, it is a party of its own.
    if (!FIRM_HEADS.has(head) && !COLLECTIVE_HEADS.has(head)) return undefined;
    const notBusiness = (w: string) => PUBLIC_BODY_HEADS.has(w) || CIVIC_BODY_HEADS.has(w);
    // "the company" is not the newspaper that put its findings to it ("the Ledger"): only "the paper" finds a party
    // whose name ends as a newspaper's ("Deutsche Post", "American Express" and "Oxford University Press" are businesses).
    const outletOnly = (r: Referent) => !OUTLET_HEADS.includes(head) && NEWSPAPER_ENDINGS.has(r.key.split(' ').at(-1)!);
    // "the manufacturer" is not the business known as an airline.
    const otherTrade = (w: string) => tradeOf(w) !== undefined && tradeOf(w) !== tradeOf(head);
    const fits = (r: Referent) => !BUSINESS_HEADS.has(head) || !this.namedOrDescribedAs(r, notBusiness) && !outletOnly(r) && (tradeOf(head) === undefined || !this.namedOrDescribedAs(r, otherTrade));
    // "The company" after "Harrow & Pike ... a group calling itself Greyhollow said": a business before the latest
    // organisation; "the paper" after "the Sporting Ledger": an outlet before any business.
    const marks = OUTLET_HEADS.includes(head) ? OUTLET_MARKS : BUSINESS_HEADS.has(head) ? BUSINESS_MARKS : COLLECTIVE_HEADS.has(head) ? COLLECTIVE_MARKS : undefined;
    // Of those marked, the one the headline names if it was met lately: "The company insisted" after the regulator spoke of it.
    const isMarked = (r: Referent) => fits(r) && marks !== undefined && this.namedOrDescribedAs(r, (w) => marks.has(w));
    const marked = marks && (this.topical(sentence, isMarked) ?? this.latest(['organization'], sentence, DESCRIPTION_REACH, isMarked));
    const organization = marked ?? this.topical(sentence, fits) ?? (FIRM_HEADS.has(head) ? this.latest(['organization'], sentence, DESCRIPTION_REACH, fits) : undefined);
    // Only a collective noun may stand for "residents" or "officials".
    return organization ?? (COLLECTIVE_HEADS.has(head) ? this.latest(['group'], sentence, PRONOUN_REACH, () => true) : undefined);
  }

  /**
   * "the club" after "Hallbridge Athletic’s ground … the match against Dunmore Rovers": of the organisations named
   * lately, the one the headline names, which the article is about; else the latest. Not one the article merely
   * names more often: "the agency" just after "according to the Border Service" is the Border Service.
   */
  private topical(sentence: number, accept: (r: Referent) => boolean): string | undefined {
    const latest = this.latest(['organization'], sentence, PRONOUN_REACH, accept);
    if (latest === undefined || this.history.some((r) => r.key === latest && r.sentence === sentence)) return latest;
    const recent = this.history.filter((r) => r.kind === 'organization' && r.sentence >= 0 && sentence - r.sentence <= PRONOUN_REACH && !this.isLater(r) && accept(r));
    return recent.find((r) => this.headlined.has(r.key))?.key ?? latest;
  }

  /** Whether a name comes after the phrase being resolved, in its sentence. */
  private isLater(r: Referent): boolean {
    return this.reading?.sentence === r.sentence && r.start !== undefined && r.start >= this.reading.end;
  }

  /** The latest referent of one of `kinds`, preferring asserters and subjects. */
  private latest(kinds: readonly EntityKind[], sentence: number, reach: number, accept: (r: Referent) => boolean, preferSubjects = true): string | undefined {
    let fallback: string | undefined;
    for (let i = this.history.length - 1; i >= 0; i--) {
      const r = this.history[i]!;
      if (sentence - r.sentence > reach) break;
      if (this.isLater(r) || !kinds.includes(r.kind) || !accept(r)) continue;
      if (r.salient || !preferSubjects) return r.key;
      fallback ??= r.key;
    }
    return fallback;
  }
}
