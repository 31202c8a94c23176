/**
 * Name recognition in one sentence: runs of capitalised words (with linking
 * words such as "of" or "von der"), stripped of titles and demonyms, and
 * classified from their own words, their neighbours, compromise's tags and the
 * place gazetteer.
 */
import type { EntityKind } from '../schema.ts';
import { hasTag, isCapitalised, type Token } from '../text/tokens.ts';
import { countryOf, demonymOf, isCapital, isKnownPlace } from './gazetteer.ts';
import {
  EQUIPMENT_HEADS,
  COMMON_ACRONYMS,
  NAME_LINKS,
  NEVER_NAMES,
  ORGANIZATION_HEADS,
  PERSON_ROLES,
  PLACE_HEADS,
  PORTFOLIOS,
  OFFICE_WORDS,
  ROLE_NOUNS,
  TITLES,
  TRADE_HEADS,
} from '../lexicon/parties.ts';
import { PLATFORMS, SOURCE_NOUNS, reportingLemma } from '../lexicon/reporting.ts';
import nlp from 'compromise';

/** The words compromise knows; a capitalised word it does not know is likelier a name. */
const LEXICON = (nlp.model() as unknown as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

/** The tags compromise's dictionary gives a word, none when it does not know it. */
function tagsOf(word: string): string[] {
  return [LEXICON[word] ?? []].flat();
}

export interface NameMention {
  /** The name as written, without title or demonym ("Alexei Zhivoev"). */
  text: string;
  /** Character range of `text` in the sentence. */
  start: number;
  end: number;
  /** Token range of the whole phrase, title and demonym included. */
  from: number;
  to: number;
  /** Token index where the bare name starts. */
  nameFrom: number;
  kind: EntityKind;
  /** How sure the kind is: 2 from the name's own words or the gazetteer, 1 from context, 0 a guess. */
  certainty: 0 | 1 | 2;
  /** Words before the name that describe it ("Russian war blogger", "President"). */
  descriptor: string | undefined;
  /** An acronym given in brackets right after the name: "The Associated Press (AP)". */
  acronym: string | undefined;
  /** What a body is said to run in a relative clause after its name: "hospital" in "X, which runs four hospitals". */
  runs: string | undefined;
  /** The maker an equipment name opens with, before its model's code: "Sorensen-Hale" in "Sorensen-Hale SH-520". */
  maker: string | undefined;
  /** The head of a description in apposition after the name: "manufacturer" in "Norsair, the Toulouse-based manufacturer of the NR-90". */
  apposed: string | undefined;
  /** An acronym given in words after the name: "the pilots' union, known by its Spanish initials SEPAL". */
  knownAs: string | undefined;
  /** The country for a demonym before the name ("Russian President ..." → Russia). */
  country: string | undefined;
  /** The name with its capitalised article, when the text gives one mid-sentence: "The Associated Press". */
  withArticle: string | undefined;
}

const CODE = /^(?=.*\p{N})(?=.*\p{Lu})[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$|^\p{Lu}+-\p{N}+\p{L}*$/u;
const ACRONYM = /^\p{Lu}(?:\.?\p{Lu})+\.?s?$/u;
/** A sum of money: "S$1.62", "A$3,000", "HK$40". */
const AMOUNT = /^\p{Lu}{0,3}[$€£¥₹₽₩]\p{N}/u;
/** Currency codes written before a number: "Rs 4 lakh", "USD 300 million". */
const CURRENCY_CODES = new Set(['rs', 'inr', 'usd', 'eur', 'gbp', 'rmb', 'cny', 'jpy', 'aud', 'cad', 'nzd', 'sgd', 'hkd', 'chf', 'zar', 'kes', 'ngn']);
/** Head words of events and documents, which are neither people nor places: "Cold War", "Operation X". */
/** Words that open a storm's name: "Storm Ilse", "Hurricane Milton". */
const STORMS = new Set(['storm', 'hurricane', 'typhoon', 'cyclone']);
const EVENT_HEADS = new Set(['war', 'operation', ...STORMS, 'summit', 'games', 'cup', 'championship', 'championships', 'olympics', 'festival', 'conference', 'treaty', 'agreement', 'accord', 'act', 'bill', 'protocol', 'award', 'prize', 'open', 'grand', 'election', 'elections', 'series', 'tour', 'day', 'week']);
/** Lower-case heads that complete a region's name: "Leningrad region", "Baltic states". */
const REGION_HEADS = new Set(['region', 'oblast', 'province', 'state', 'states', 'county', 'district', 'krai', 'governorate', 'prefecture']);
const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** Abbreviations inside names, after which a full stop does not end the name. */
const NAME_ABBREVIATIONS = new Set(['st', 'mt', 'ft', 'inc', 'ltd', 'pte', 'corp', 'co', 'bhd', 'jr', 'sr', 'plc']);
/** Prefixes of club, company and station names: "SC Aveiro", "FC Porto", "Radio Galmirre". */
const ORGANIZATION_PREFIXES = new Set(['FC', 'SC', 'AC', 'CF', 'CD', 'SK', 'FK', 'AFC', 'SSC', 'AS', 'US', 'RC', 'VfB', 'VfL', 'PSV', 'Radio']);
/** Words before a place's name: "in St. Corwen", "near Drevna". */
export const LOCATIVE = new Set(['in', 'near', 'from', 'outside', 'into', 'across', 'around', 'to', 'toward', 'towards', 'at', 'inside', 'through', 'over']);
const BREAK_AFTER = /[,;:()“”"!?]|[.](?!\S)|\s[-–—]\s/u;

/** A model's code, which a bare number is not: "SH-520", "TB2", "A320neo". */
function isModelCode(word: string): boolean {
  return CODE.test(word) && !/^\p{N}+$/u.test(word) && !MEASURE.test(word);
}

function bare(word: string): string {
  return word.toLowerCase().replace(/\.$/u, '').replace(/['’]s$/u, '');
}

function isTitle(token: Token): boolean {
  return TITLES.has(bare(token.text));
}

function isDemonym(token: Token): boolean {
  return demonymOf(token.text) !== undefined && countryOf(token.text) === undefined;
}

/** A people's word, by the gazetteer or by compromise's dictionary, which knows the nations within a state ("Welsh"). */
export function isPeoplesWord(word: string): boolean {
  return demonymOf(word) !== undefined || tagsOf(word.toLowerCase()).includes('Demonym');
}

/**
 * Punctuation between two tokens ends a name, and so does a possessive, but
 * for a plural one or a title's office: "Mamani's Office" is two names,
 * "Shipowners' Association", "People's Party", "Fishermen's Association",
 * "Information Commissioner's Office" and "Queen's Park" are one.
 */
/** "Commissioner's Office", "Queen's Park": a title's possessive before a body's or a place's head noun. */
function heldByTitle(left: Token, right: Token): boolean {
  return left.possessive && isTitle(left) && isCapitalised(right) && (ORGANIZATION_HEADS.has(bare(right.text)) || PLACE_HEADS.has(bare(right.text)));
}

function breaksBetween(left: Token, right: Token): boolean {
  // "Mr. Menon", "P. N. Sinha": an abbreviation or an initial before a capitalised word runs on into the name.
  const initial = /^\p{Lu}$/u.test(left.text) && isCapitalised(right);
  const abbreviation = (hasTag(left, 'Abbreviation', 'Honorific') || NAME_ABBREVIATIONS.has(left.lower) || initial) && /^\.?\s$/u.test(left.post);
  // An irregular plural compromise may not tag: "Fishermen's Association", "Women's Institute", "Children's Hospital".
  const plural = hasTag(left, 'Plural') || /(?:men|children|people)['’]s$/iu.test(left.text);
  const owner = left.possessive && !/^['’]/u.test(left.post) && !plural && !heldByTitle(left, right);
  return owner || !abbreviation && BREAK_AFTER.test(left.post) || /[(“"‘]/u.test(right.pre);
}

/** Whether the capitalised words from `from` end, within three, on an organisation's head noun ("Traders Alliance"). */
function endsWithBodyHead(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 3 && isCapitalised(tokens[k]!); k++) {
    if (ORGANIZATION_HEADS.has(bare(tokens[k]!.text))) return true;
    if (breaksBetween(tokens[k]!, tokens[k + 1] ?? tokens[k]!)) return false;
  }
  return false;
}

/** "Drivers", "Securities": a plural noun, which the tagger may not see as one when it is capitalised. */
function isPluralNoun(token: Token): boolean {
  return hasTag(token, 'Plural', 'Uncountable') || tagsInLowerCase(token.lower).includes('Plural');
}

/** A model number joined by a hyphen ("BTR-80", "Mi-8") or standing after the name ("ATR 72-600", "Phenom 300"). */
function isModelNumber(left: Token, token: Token): boolean {
  if (/-\s*$/u.test(left.post) && /^[\p{N}\p{Lu}][\p{L}\p{N}-]*$/u.test(token.text)) return true;
  // Not a measure ("the European 200-metre champion"), a count after a day ("Today 157 of our people") or a stage ("Phase 5").
  const measure = /^-$/u.test(token.post);
  return /^\p{N}+(?:-\p{N}+)?\p{L}{0,3}$/u.test(token.text) && !/[,.;:]/u.test(left.post) && !/^\p{N}{4}$/u.test(token.text) && !measure && !NUMBERED_STAGES.has(left.lower);
}

/** Words a number follows as a place in a sequence, not a model's: "Phase 5", "Article 50", and a day's ("Today 157"). */
const NUMBERED_STAGES = new Set(['phase', 'stage', 'level', 'category', 'article', 'section', 'chapter', 'round', 'tier', 'step', 'today', 'yesterday', 'tonight']);

/** A measure with its unit: "22kV", "600MW", "5GHz". */
const MEASURE = /^\p{N}+(?:[.,]\p{N}+)?(?:k|M|G|T)?(?:V|W|Wh|Hz|B|bps)$/u;

/** Words after a hyphen that make a compound, not a name: "Soviet-era", "EU-wide". */
const COMPOUND_ENDINGS = new Set(['era', 'style', 'wide', 'bound', 'type', 'class', 'level', 'size', 'scale', 'area', 'zone', 'led']);

/**
 * "Choi Dong-hyun", "Kim Jong-un": the second syllable of a Korean given name, which the
 * tokenizer parts from the first at the hyphen and leaves in lower case.
 */
function givenNameSyllable(left: Token, token: Token): boolean {
  return /^-$/u.test(left.post) && isCapitalised(left) && left.text.length <= 6 && /^\p{Ll}{1,5}$/u.test(token.text) &&
    !COMPOUND_ENDINGS.has(token.text) && !hasTag(token, 'Verb', 'Adjective', 'Gerund', 'Adverb', 'Preposition', 'Value', 'Plural');
}

/** "Feb. 10", "Jan 3": an abbreviated month before a number (a name such as "Jan Berg" is not followed by one). */
function isDateWord(tokens: readonly Token[], i: number): boolean {
  return MONTH_ABBREVIATIONS.has(tokens[i]!.lower) && /^\p{N}/u.test(tokens[i + 1]?.text ?? '');
}

/** Whether the name ending before `to` is followed by an age between commas: "Tomasz Wierzbicki, 58,". */
export function agedAfter(tokens: readonly Token[], to: number): boolean {
  return /,\s*$/u.test(tokens[to - 1]?.post ?? '') && /^\d{1,3}$/u.test(tokens[to]?.text ?? '') && /^\s*,/u.test(tokens[to]!.post);
}

/**
 * Whether the word at `i` opens a sentence, where a capital says nothing: the
 * first word, or one after an opening quotation mark or bracket, a colon, or a
 * full stop inside a quotation (`“... a boat. Now I catch nothing,”`).
 */
export function opensSentence(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  // `a page called “Free Voices”`: a name in quotation marks after the words that give it opens nothing.
  const quotedName = /[“"‘]\s*$/u.test(tokens[i]!.pre) && namingWords(tokens, i) > 0;
  // A dateline's dash opens the story's first sentence: "LUSAKA, April 17 (Reuters) - At least four people ...".
  if (previous === undefined || /[“"‘(]\s*$/u.test(tokens[i]!.pre) && !quotedName || /:\s*$|\s[-–—]\s+$/u.test(previous.post)) return true;
  // A live blog's entries open with the time: "09:40 Enedis, the grid operator, said ...".
  if (i === 1 && /^\d{1,2}[:.h]\d{2}$/u.test(previous.text)) return true;
  return /[.!?]\s*$/u.test(previous.post) && !hasTag(previous, 'Abbreviation', 'Honorific') && !NAME_ABBREVIATIONS.has(previous.lower);
}

function canStartName(tokens: readonly Token[], i: number, known: ReadonlySet<string>): boolean {
  const token = tokens[i]!;
  if (!isCapitalised(token) || isNeverName(token) || isDateWord(tokens, i)) return false;
  // "the B-sample finding", "a new U-turn": a letter joined to a common word.
  if (/^\p{Lu}-\p{Ll}/u.test(token.text) || MEASURE.test(token.text)) return false;
  if (NUMBERED_STAGES.has(token.lower) && /^\p{N}/u.test(tokens[i + 1]?.text ?? '')) return false;
  if (AMOUNT.test(token.text) || CURRENCY_CODES.has(bare(token.text)) && /^\s/u.test(token.post) && /^\p{N}/u.test(tokens[i + 1]?.text ?? '')) return false;
  // "the B sample", "Plan B": a lone letter opens no name, but for an initial ("J. Smith") or a platform ("X").
  if (/^\p{Lu}$/u.test(token.text) && !/^\./u.test(token.post) && !PLATFORMS.has(token.lower)) return false;
  if (!opensSentence(tokens, i) || CODE.test(token.text) || ACRONYM.test(token.text)) return true;
  if (STORMS.has(token.lower) && tokens[i + 1] !== undefined && isCapitalised(tokens[i + 1]!)) return true;
  // "For Mr Corrigan, ...": a preposition before a title opens no name.
  if (NAME_LINKS.has(token.lower) && runEnd(tokens, i) > i + 1 && !TITLES.has(tokens[i + 1]!.lower.replace(/\.$/u, ''))) return true;
  // "Tessaly said", named mid-sentence before: the tagger guesses an adverb from the ending of a word it does not know.
  if (hasTag(token, 'Adverb') && LEXICON[token.lower] === undefined && known.has(token.lower)) return true;
  if (hasTag(token, 'Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord', 'Comparative', 'Superlative')) return false;
  // Capitalised mid-sentence elsewhere in the article, it is a name even where the dictionary knows a verb ("Harbour Authority").
  if (known.has(token.lower)) return true;
  if (prepositionCarriesOn(tokens, i)) return true;
  // "Miss Aldous said": an honorific the dictionary also knows as a verb, before a capitalised word.
  if (bare(token.text) === 'miss' && tokens[i + 1] !== undefined && isCapitalised(tokens[i + 1]!) && !breaksBetween(token, tokens[i + 1]!)) return true;
  // "Surigao del Sur", "Ciudad del Este": no English word is followed by "del" and a capitalised word.
  if (FOREIGN_LINKS.has(tokens[i + 1]?.text ?? '') && tokens[i + 2] !== undefined && isCapitalised(tokens[i + 2]!) && !breaksBetween(token, tokens[i + 1]!)) return true;
  // "Chief of Staff John Kelly said", "Director of Public Prosecutions Max Hill": a title and its office open the name.
  if (officeEnd(tokens, i, tokens.length) > i) return true;
  // "Insurers estimated ...", "Ferry operator ...": a common noun of our own lexicon opens the sentence.
  if ([token.lower, token.lower.replace(/s$/u, '')].some((w) => ROLE_NOUNS.has(w) || EQUIPMENT_HEADS.has(w) || SOURCE_NOUNS.has(w))) return false;
  // "South Sudan", "North Atlantic": a compass point before a capitalised word opens a place's name.
  if (COMPASS.has(token.lower) && tokens[i + 1] !== undefined && isCapitalised(tokens[i + 1]!) && !breaksBetween(token, tokens[i + 1]!)) return true;
  if (placeNameFrom(tokens, i, 2)) return true;
  // "Downing Street was forced to deny": a word the tagger takes for a verb, before a place's head noun.
  const following = tokens[i + 1];
  if (following !== undefined && isCapitalised(following) && PLACE_HEADS.has(following.lower) && !breaksBetween(token, following)) return true;
  // "Batken Regional Hospital said ...": a word compromise only guesses at (a past participle, for "Batken")
  // opens the name of the body whose head noun follows it.
  const next = tokens[i + 1];
  if (LEXICON[token.lower] === undefined && next !== undefined && !breaksBetween(token, next) && endsWithBodyHead(tokens, i + 1)) return true;
  // "Free Voices, an activist group, said": a run of capitals that a description in apposition says is a party.
  const described = next !== undefined && isCapitalised(next) && !breaksBetween(token, next) ? appositionAfter(tokens, runEnd(tokens, i + 1))?.head : undefined;
  if (described !== undefined && ROLE_NOUNS.has(described)) return true;
  // "Amnesty International said", "Human Rights Watch said": a common noun opening the name of the body whose head noun follows.
  if (hasTag(token, 'Noun') && !hasTag(token, 'Adjective') && next !== undefined && !breaksBetween(token, next) && endsWithBodyHead(tokens, i + 1)) return true;
  // "Earlier Monday, ...": an opener the dictionary knows as something other than a noun or a name.
  const knownAs = tagsOf(token.lower).join(' ');
  if (knownAs !== '' && !/Noun|Person|Place|Organization|Name|Country|City|Region|Demonym|Honorific|Actor/u.test(knownAs)) return false;
  if (isDemonym(token) || countryOf(token.text) !== undefined || isTitle(token)) return true;
  if (isCommonWord(token.lower)) return false;
  if (isUnknownSubject(tokens, i)) return true;
  if (hasTag(token, 'Verb', 'Plural', 'Gerund') && !hasTag(token, 'ProperNoun')) return false;
  // "“... backed 1:1. Withdrawals are paused”", "“Nobody listened”": where compromise sees no sentence start it calls
  // the word a proper noun; in lower case it reads as the plural, verb or pronoun it is at a sentence start it sees.
  // Not in brackets, which hold names more often than sentences: "(Reuters)".
  if (readsAsCommonOpener(token.lower) && !/\(\s*$/u.test(token.pre)) return false;
  return hasTag(token, 'ProperNoun', 'Person', 'Place', 'Organization', 'FirstName', 'LastName') ||
    (next !== undefined && isCapitalised(next) && !breaksBetween(token, next));
}

/** The links of `NAME_LINKS` that are not English words. */
const FOREIGN_LINKS = new Set([...NAME_LINKS].filter((link) => !['of', 'for', 'and', 'the'].includes(link)));

/** "Doctors Without Borders": a preposition written with a capital after the word carries the run on as one name. */
function prepositionCarriesOn(tokens: readonly Token[], i: number): boolean {
  const [word, second, third] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
  return second !== undefined && third !== undefined && isCapitalised(second) && isCapitalised(third) && tagsOf(second.lower).includes('Preposition') && !breaksBetween(word, second) && !breaksBetween(second, third);
}

/** What an outlet is called before its name: "the business daily Delovoy Vestnik", "the local news site Saratov Segodnya". */
const OUTLET_DESCRIPTIONS = new Set(['daily', 'weekly', 'site', 'portal', 'tabloid', 'newspaper', 'broadcaster', 'outlet']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'central']);
/** Words after a club's name: "Harbury City manager", "Leeds City striker". */
const SQUAD_WORDS = new Set(['manager', 'coach', 'boss', 'striker', 'winger', 'midfielder', 'defender', 'goalkeeper', 'forward', 'captain', 'fans', 'supporters', 'squad', 'players', 'chairman', 'academy']);

/**
 * Whether `shortest` or more of the capitalised words from `from`, up to four, name a country or a known place:
 * "New Zealand’s ...", "United Arab Emirates" opening a name; "Minneapolis" after "Verabrook Nutrition of".
 */
function placeNameFrom(tokens: readonly Token[], from: number, shortest: number): boolean {
  let words = '';
  for (let k = from; k < tokens.length && k < from + 4 && isCapitalised(tokens[k]!) && (k === from || !breaksBetween(tokens[k - 1]!, tokens[k]!)); k++) {
    words += `${k === from ? '' : ' '}${tokens[k]!.text.replace(/['’]s$/u, '')}`;
    if (k - from + 1 >= shortest && (countryOf(words) !== undefined || isKnownPlace(words))) return true;
  }
  return false;
}

const lowerCaseTags = new Map<string, readonly string[]>();

/** The tags compromise gives a word on its own, in lower case: how it reads where no capital or sentence start misleads it. */
function tagsInLowerCase(lower: string): readonly string[] {
  const known = lowerCaseTags.get(lower);
  if (known !== undefined) return known;
  const tags: string[] = nlp(lower).json()[0]?.terms[0]?.tags ?? [];
  lowerCaseTags.set(lower, tags);
  return tags;
}

/** Whether a word in lower case is, to compromise, a plural, a verb or one of "nobody", "somebody" (its "Actor" pronouns). */
function readsAsCommonOpener(lower: string): boolean {
  return tagsInLowerCase(lower).some((t) => ['Plural', 'Verb', 'Gerund'].includes(t)) || LEXICON[lower] === 'Actor';
}

/** "Tax", "Competition": a word that, in lower case, compromise reads as no name of anything, nor the gazetteer as a place. */
function isCommonNoun(token: Token): boolean {
  const tags = tagsInLowerCase(token.lower);
  return tags.some((t) => t === 'Noun' || t === 'Verb') && !tags.some((t) => ['ProperNoun', 'Person', 'Place', 'Organization', 'Demonym'].includes(t)) &&
    countryOf(token.text) === undefined && !isKnownPlace(token.text);
}

/**
 * Whether a word, written in lower case, is one compromise reads as an adverb, an adjective or the like
 * ("Mostly", "Unverified", "Safety" after a colon): where compromise sees no sentence start it calls any
 * capitalised word a proper noun, so the word is asked about on its own.
 */
function isCommonWord(lower: string): boolean {
  const tags = tagsInLowerCase(lower);
  return tags.some((t) => ['Adverb', 'Adjective', 'Preposition', 'Conjunction', 'Determiner', 'Uncountable'].includes(t)) && !tags.some((t) => ['ProperNoun', 'Demonym', 'Person', 'Place'].includes(t));
}

/**
 * "Sorlandet rejected ...": a word compromise does not know, standing first
 * and followed by a reporting verb, is the name of whoever speaks, whatever
 * compromise guessed from its ending ("Castlegate" as a verb).
 */
function isUnknownSubject(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (hasTag(token, 'Plural', 'Gerund') || LEXICON[token.lower] !== undefined || ROLE_NOUNS.has(token.lower) || SOURCE_NOUNS.has(token.lower)) return false;
  let k = i + 1;
  while (tokens[k] && (hasTag(tokens[k], 'Adverb', 'Auxiliary') || ['has', 'have', 'had'].includes(tokens[k]!.lower))) k++;
  if (tokens[k] !== undefined && reportingLemma(tokens[k]!.text) !== undefined && !/[,.]/u.test(token.post)) return true;
  // "Norsair, the Toulouse-based manufacturer of the NR-90, said ...", "Meta, which owns Facebook, said ...":
  // the same, across a description or a relative clause in apposition.
  const described = appositionAfter(tokens, i + 1)?.at ?? (relativeAfter(tokens, i + 1) !== undefined ? i + 1 : undefined);
  if (described === undefined) return false;
  k = tokens.findIndex((t, j) => j > i && /,\s*$/u.test(t.post) && j >= described) + 1;
  while (tokens[k] && hasTag(tokens[k], 'Adverb')) k++;
  return k > 0 && tokens[k] !== undefined && reportingLemma(tokens[k]!.text) !== undefined;
}

/** "Meta, which owns Facebook", "Asante, who chaired the committee": the relative pronoun after the comma that ends a name at `to`. */
function relativeAfter(tokens: readonly Token[], to: number): 'which' | 'who' | undefined {
  const word = tokens[to]?.lower;
  return /,\s*$/u.test(tokens[to - 1]?.post ?? '') && (word === 'which' || word === 'who') ? word : undefined;
}

/** What a body does and a place does not, said in a relative clause after its name. */
const BODY_ACTIONS = new Set(['runs', 'operates', 'owns', 'employs', 'represents', 'manages', 'manufactures', 'makes', 'sells', 'supplies', 'provides']);

/** The noun a body runs, by its singular, in a relative clause after its name: "hospital" in ", which runs four hospitals". */
function whatItRuns(tokens: readonly Token[], to: number): string | undefined {
  if (relativeAfter(tokens, to) !== 'which' || !BODY_ACTIONS.has(tokens[to + 1]?.lower ?? '')) return undefined;
  let k = to + 2;
  while (hasTag(tokens[k], 'Determiner', 'Value', 'Adjective') && !/[,;:.]/u.test(tokens[k]!.post)) k++;
  const noun = tokens[k];
  if (noun === undefined || !hasTag(noun, 'Noun') || hasTag(noun, 'ProperNoun')) return undefined;
  return hasTag(noun, 'Plural') ? noun.lower.replace(/(?<!s)s$/u, '') : noun.lower;
}

/** Prepositions after a participle that describes the noun before it: "commissioned by", "based in". */
const PARTICIPLE_LINKS = new Set(['by', 'in', 'at', 'on', 'near', 'outside']);

/** "Norsair, the Toulouse-based manufacturer of the NR-90, said": the head of a description in apposition after a name, and where it stands. */
function appositionAfter(tokens: readonly Token[], to: number): { head: string; at: number } | undefined {
  if (!/,\s*$/u.test(tokens[to - 1]?.post ?? '') || !['a', 'an', 'the'].includes(tokens[to]?.lower ?? '')) return undefined;
  for (let k = to + 1; k < tokens.length && k - to <= 6; k++) {
    const t = tokens[k]!;
    // "an independent laboratory commissioned by ...", "a retailer based in Leeds", "a group calling itself ...": a
    // participle after the head noun ends the description too; not the verb of a cue ("X, the company said in ...,").
    const participle = (hasTag(t, 'Gerund') || hasTag(t, 'Verb') && PARTICIPLE_LINKS.has(tokens[k + 1]?.lower ?? '')) && reportingLemma(t.text) === undefined && hasTag(tokens[k - 1], 'Noun') && !hasTag(tokens[k - 1], 'ProperNoun');
    if (['of', 'for', 'in', 'at', 'with', 'from', 'that', 'which', 'who'].includes(t.lower) || participle) return k > to + 1 ? { head: tokens[k - 1]!.lower, at: k - 1 } : undefined;
    if (/[,;:.]\s*$/u.test(t.post)) return { head: t.lower, at: k };
  }
  return undefined;
}

function sliceThrough(tokens: readonly Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((t) => t.text).join(' ');
}

/** Function words never name anything; an all-capitals word ("AS", "IT") may be a company's suffix or an acronym. */
function isNeverName(token: Token): boolean {
  if (COMMON_ACRONYMS.has(bare(token.text))) return true;
  // "I’ve", "We’re": a pronoun with its verb run on.
  return NEVER_NAMES.has(bare(token.text).replace(/['’](?:ve|m|ll|d|re)$/u, '')) && !(token.text.length > 1 && token.text === token.text.toUpperCase() && /\p{Lu}/u.test(token.text));
}

/** The end (exclusive) of the capitalised run starting at `i`. */
function runEnd(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && !breaksBetween(tokens[j - 1]!, tokens[j]!)) {
    const token = tokens[j]!;
    // "Health Minister Dr. Grace Owusu-Mensah": a title such as "Dr." goes on with the name.
    if (isCapitalised(token) && (!isNeverName(token) || isTitle(token)) || isModelNumber(tokens[j - 1]!, token)) {
      j++;
      continue;
    }
    // "Organisation for Economic Co-operation and Development": the British "Co-" prefix goes on with the word after it.
    if (givenNameSyllable(tokens[j - 1]!, token) || tokens[j - 1]!.lower === 'co' && /^-$/u.test(tokens[j - 1]!.post) && /^\p{Ll}/u.test(token.text)) {
      j++;
      continue;
    }
    // "Kessler & Roth", "London School of Hygiene & Tropical Medicine": an ampersand joins one name.
    const across = tokens[j + 1];
    if (token.text === '&' && across && isCapitalised(across)) {
      j += 2;
      continue;
    }
    // "Centres for Disease Control and Prevention", "Ministry of Trade and Industry": after "of" or
    // "for", "and" joins a last word to the name ("University of Oxford and Cambridge University" stays two).
    // A body that opens with its head noun may join two words: "Department of Health and Social Care",
    // "Department for Energy Security and Net Zero", but not a second body ("... and Foreign Office").
    const linked = tokens.slice(i, j).some((t) => t.lower === 'of' || t.lower === 'for');
    const capitalAt = (k: number) => tokens[k] !== undefined && isCapitalised(tokens[k]!) && !breaksBetween(tokens[k - 1]!, tokens[k]!);
    const bodyFirst = ORGANIZATION_HEADS.has(bare(tokens[i]!.text));
    // "Services" and "Security" end a portfolio as often as a body: "Department of Health and Human Services",
    // "Ministry of Agriculture and Food Security".
    const secondBody = ORGANIZATION_HEADS.has(bare(tokens[j + 2]?.text ?? '')) && !PORTFOLIO_ENDINGS.has(bare(tokens[j + 2]!.text));
    const joined = !capitalAt(j + 2) ? 1 : bodyFirst && !capitalAt(j + 3) && !secondBody ? 2 : 0;
    if (token.lower === 'and' && across && linked && capitalAt(j + 1) && joined > 0) {
      j += 1 + joined;
      continue;
    }
    // "Drivers and Traders Alliance", "Tax and Customs Authority": a common noun joined to the words before a body's
    // head noun; "Avon and Somerset Police": so is a place within a country, which the body serves with the other.
    // A people's word may go before: "Portuguese Track and Field Federation". A singular noun only after "the", as
    // one name is written: compromise reads any word it does not know as one ("Vantoro and Ledgerline Analytics").
    const first = tokens[isDemonym(tokens[i]!) ? i + 1 : i]!;
    const servedPlace = isKnownPlace(first.text) && countryOf(first.text) === undefined;
    const singular = tokens[i - 1]?.lower === 'the' && isCommonNoun(first);
    if (token.lower === 'and' && tokens[j - 1] === first && endsWithBodyHead(tokens, j + 1) && (servedPlace || isPluralNoun(first) || singular)) {
      j += 2;
      continue;
    }
    // "Inter-American Commission on Human Rights", "Committee on Foreign Affairs": "on" after a body's head names its
    // field; not "the Commission on Monday".
    if (token.lower === 'on' && ON_FIELD_HEADS.has(bare(tokens[j - 1]!.text)) && across && isCapitalised(across) && !isNeverName(across) && !breaksBetween(token, across)) {
      j += 2;
      continue;
    }
    // "St. Kitts and Nevis", "Bosnia and Herzegovina": "and" inside a country's name.
    if (token.lower === 'and' && across && isCapitalised(across) && countryOf(sliceThrough(tokens, i, j + 2)) !== undefined) {
      j += 2;
      continue;
    }
    // "Verabrook Nutrition of Minneapolis": a firm's home after its name is no part of it, unless the words
    // before "of" end in a body's or a place's head ("Federal Reserve Bank of Minneapolis", "Port of Rotterdam").
    const head = bare(tokens[j - 1]!.text);
    if (token.lower === 'of' && j - i >= 2 && (!ORGANIZATION_HEADS.has(head) || TRADE_HEADS.has(head)) && !PLACE_HEADS.has(head) && !isTitle(tokens[j - 1]!) && placeNameFrom(tokens, j + 1, 1)) break;
    // Linking words only inside a name: "Council of Heads of State", "Ursula von der Leyen".
    let k = j;
    while (k < tokens.length && NAME_LINKS.has(token.lower) && tokens[k]!.lower !== 'and' && NAME_LINKS.has(tokens[k]!.lower) && !breaksBetween(tokens[k - 1]!, tokens[k]!)) k++;
    if (k > j && k < tokens.length && isCapitalised(tokens[k]!) && !isNeverName(tokens[k]!) && !breaksBetween(tokens[k - 1]!, tokens[k]!) && !(tokens[j]!.lower === 'the' && tokens[j - 1]!.lower !== 'of')) {
      j = k + 1;
      continue;
    }
    break;
  }
  return j;
}

/** What a district that is a body runs: "School District", "Water District", "Fire Protection District". */
const SERVICE_DISTRICTS = new Set(['school', 'schools', 'water', 'fire', 'hospital', 'transit', 'irrigation', 'sanitation', 'utility', 'library', 'park', 'parks', 'protection']);

/** Bodies named with the field they work "on". */
const ON_FIELD_HEADS = new Set(['commission', 'committee', 'subcommittee', 'conference', 'council', 'convention', 'panel', 'tribunal', 'forum']);

/** Head nouns of bodies that also end a ministry's portfolio. */
const PORTFOLIO_ENDINGS = new Set(['services', 'security']);

/** How many tokens before `from` say the name is what something calls itself: "calling itself", "known as", "named". */
function namingWords(tokens: readonly Token[], from: number): number {
  const [a, b] = [tokens[from - 2]?.lower, tokens[from - 1]?.lower];
  if (a === 'calling' && (b === 'itself' || b === 'themselves') || a === 'known' && b === 'as') return 2;
  return b === 'called' || b === 'named' ? 1 : 0;
}

/** Lowercase words before the name that describe it: "Russian war blogger", "drone magnate", "a hacker group calling itself". */
function descriptorBefore(tokens: readonly Token[], name: number): { words: Token[]; start: number } {
  const from = name - namingWords(tokens, name);
  let i = from;
  while (i > 0 && from - i < 5) {
    const left = tokens[i - 1]!;
    if (breaksBetween(left, tokens[i]!) || left.quoted !== tokens[from]!.quoted) break;
    const word = left.lower;
    const plain = hasTag(left, 'Noun', 'Adjective') || isDemonym(left) || /-/u.test(left.text);
    if (!plain || hasTag(left, 'Determiner', 'Preposition', 'Verb', 'Conjunction', 'Pronoun', 'Adverb', 'Value') && !ROLE_NOUNS.has(word)) break;
    i--;
  }
  const adjacent = tokens[from - 1];
  const described = i < from && adjacent !== undefined && (ROLE_NOUNS.has(adjacent.lower) || isTitle(adjacent));
  return described ? { words: tokens.slice(i, from), start: i } : { words: [], start: name };
}

/** "... said she had lost", "..., a shop owner, said he": a reporting verb after the name, then "he" or "she", in its sentence. */
function speaksOfHimOrHerself(tokens: readonly Token[], to: number): boolean {
  for (let k = to; k < Math.min(tokens.length - 1, to + 8); k++) {
    if (reportingLemma(tokens[k]!.text) !== undefined && !tokens[k]!.quoted) return ['he', 'she'].includes(tokens[k + 1]!.lower);
    // Another name between them is the verb's subject: "in Geelong, owner Priya Natarajan said she".
    if (/[.;!?]/u.test(tokens[k]!.post) || isCapitalised(tokens[k]!)) return false;
  }
  return false;
}

/** "Kairo Pay raised its forecast", "Halvorsen has cut its workforce": a subject whose own thing is "its" is no person. */
function actsOnItsOwn(tokens: readonly Token[], to: number): boolean {
  let k = to;
  while (k < to + 2 && (AUXILIARIES.has(tokens[k]?.lower ?? '') || hasTag(tokens[k], 'Adverb'))) k++;
  // The tagger may take the verb for a noun ("has cut its"), but not for a word that joins or places ("Paris and its suburbs").
  const verb = tokens[k];
  const joins = hasTag(verb, 'Conjunction', 'Preposition', 'Determiner') || /[,;:.]/u.test(tokens[k - 1]?.post ?? '');
  return verb !== undefined && !verb.quoted && !joins && reportingLemma(verb.text) === undefined && tokens[k + 1]?.lower === 'its';
}

const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'was', 'will', 'would', 'did', 'does']);

interface KindVote {
  kind: EntityKind;
  certainty: 0 | 1 | 2;
}

function classify(name: string, words: readonly Token[], tokens: readonly Token[], from: number, to: number, descriptor: readonly Token[], hadTitle: boolean): KindVote {
  const last = bare(words.at(-1)!.text);
  const lowerName = name.toLowerCase();
  if (words.some((w) => isModelCode(w.text))) return { kind: 'equipment', certainty: 2 };
  if (words.length > 1 && /^\p{N}/u.test(words.at(-1)!.text)) return { kind: 'equipment', certainty: 2 };
  // "Kestrel Water Systems", "BAE Systems": a firm, where "S-400 systems" in lower case are weapons.
  if (words.length > 1 && EQUIPMENT_HEADS.has(last) && !ORGANIZATION_HEADS.has(last)) return { kind: 'equipment', certainty: 1 };
  if (ORGANIZATION_PREFIXES.has(words[0]!.text) && words.length > 1) return { kind: 'organization', certainty: 2 };
  if (countryOf(name) !== undefined || isCapital(name)) return { kind: 'place', certainty: 2 };
  // "Harrow & Pike", "Kessler & Roth": partners joined by an ampersand name a firm.
  if (words.some((w) => w.text === '&')) return { kind: 'organization', certainty: 2 };
  // "University of Indonesia", "Centres for Disease Control", "Gulf of Mexico": the head stands before "of" or "for".
  const of = words.findIndex((w) => w.lower === 'of' || w.lower === 'for');
  const headBeforeOf = of > 0 ? bare(words[of - 1]!.text) : undefined;
  if (headBeforeOf !== undefined && [headBeforeOf, headBeforeOf.replace(/s$/u, '')].some((w) => ORGANIZATION_HEADS.has(w))) return { kind: 'organization', certainty: 2 };
  if (headBeforeOf !== undefined && PLACE_HEADS.has(headBeforeOf)) return { kind: 'place', certainty: 2 };
  // "Harbury City manager Niall Brennan", "Castlegate City fans": a club named after its town.
  if (PLACE_HEADS.has(last) && words.length > 1 && SQUAD_WORDS.has(tokens[to]?.lower ?? '') && !/[,;:.]/u.test(words.at(-1)!.post)) return { kind: 'organization', certainty: 2 };
  // "Marlow County School District", "Metropolitan Water District": a district that runs a service is a body.
  if (last === 'district' && words.some((w) => SERVICE_DISTRICTS.has(w.lower))) return { kind: 'organization', certainty: 2 };
  if (PLACE_HEADS.has(last) && words.length > 1) return { kind: 'place', certainty: 2 };
  // "North Atlantic", "West Bank", "East London": a compass point opens a place's name.
  if (words.length > 1 && COMPASS.has(words[0]!.lower) && (!ORGANIZATION_HEADS.has(last) || last === 'bank')) return { kind: 'place', certainty: 1 };
  if (ORGANIZATION_HEADS.has(last) && (words.length > 1 || hasTag(words[0], 'ProperNoun'))) return { kind: 'organization', certainty: 2 };
  if (EVENT_HEADS.has(last) || EVENT_HEADS.has(bare(words[0]!.text))) return { kind: 'other', certainty: 2 };
  // A dateline's city in capitals: "TROMSØ, Norway".
  const dateline = from === 0 && /^,/u.test(words[0]!.post);
  if (dateline && words.length === 1 && /^\p{Lu}{3,}$/u.test(name) && isKnownPlace(name.charAt(0) + name.slice(1).toLowerCase())) return { kind: 'place', certainty: 1 };
  if (words.every((w) => ACRONYM.test(w.text))) return { kind: 'organization', certainty: 1 };
  // A platform is where something was said, not a party: "other".
  if (PLATFORMS.has(lowerName)) return { kind: 'other', certainty: 2 };
  // "P. N. Sinha", "K. R. Menon": initials before a surname.
  if (hadTitle || words.length > 1 && /^\p{Lu}$/u.test(words[0]!.text) && /^\./u.test(words[0]!.post) && !/^\p{Lu}$/u.test(last)) return { kind: 'person', certainty: 2 };
  const head = descriptor.at(-1)?.lower ?? appositionHead(tokens, from) ?? nounBefore(tokens, from);
  // "the tanker Kali Amara", "patrol vessel KM Bendahara"; a carrier only with its kind, "the aircraft carrier
  // Cavour": "Spanish carrier Solavia" is an airline.
  const kindOfCarrier = descriptor.at(-2)?.lower ?? '';
  const vehicle = head !== undefined && EQUIPMENT_HEADS.has(head) && (head !== 'carrier' || EQUIPMENT_HEADS.has(kindOfCarrier) || kindOfCarrier === 'personnel');
  if (vehicle && !/[,;:]/u.test(tokens[from - 1]?.post ?? ',')) return { kind: 'equipment', certainty: 2 };
  // "the blogger Jaan Kask", and in apposition: "the regional emergency service, Protección Civil".
  const apposed = descriptor.length === 0 && /,\s*$/u.test(tokens[from - 1]?.post ?? '');
  // "owner Priya Natarajan said she had lost": a name that says "she" or "he" of itself is a person's.
  // Not "Derek Mullane, 67, from Cardiff, said he": a place the speaker is from.
  if (speaksOfHimOrHerself(tokens, to) && !['from', 'of', 'in', 'at'].includes(tokens[from - 1]?.lower ?? '')) return { kind: 'person', certainty: 2 };
  // "The security guard, Tomasz Wierzbicki, 58,": an age after the name is a person's, whatever the role before.
  if (agedAfter(tokens, to)) return { kind: 'person', certainty: 2 };
  if (head !== undefined && OUTLET_DESCRIPTIONS.has(head)) return { kind: 'organization', certainty: 2 };
  if (head !== undefined && ROLE_NOUNS.has(head) && (descriptor.length > 0 || apposed)) {
    return PERSON_ROLES.has(head) ? { kind: 'person', certainty: 2 } : { kind: 'organization', certainty: 2 };
  }
  // "the Gulfstream plane", "Kornet anti-tank missile system": an equipment noun within a few words.
  for (let k = to; k < Math.min(tokens.length, to + 6); k++) {
    const t = tokens[k]!;
    if (EQUIPMENT_HEADS.has(t.lower)) return { kind: 'equipment', certainty: 1 };
    if (!(hasTag(t, 'Adjective', 'Noun', 'Hyphenated') || /-/u.test(t.text)) || hasTag(t, 'ProperNoun') || /[,;:.]/u.test(t.post)) break;
  }
  if (words.some((w) => hasTag(w, 'Organization'))) return { kind: 'organization', certainty: 1 };
  // "Lakeshore Regional Health, which runs four hospitals": a place runs nothing, whatever its words.
  if (whatItRuns(tokens, to) !== undefined) return { kind: 'organization', certainty: 1 };
  const before = tokens[from - 1];
  const cityOf = before?.lower === 'of' && tokens[from - 2] !== undefined && PLACE_HEADS.has(tokens[from - 2]!.lower);
  const nextWord = tokens[to]?.lower;
  if (cityOf || (nextWord !== undefined && PLACE_HEADS.has(nextWord) && !/[,;:.]/u.test(words.at(-1)!.post))) return { kind: 'place', certainty: 2 };
  // "Norsair, the Toulouse-based manufacturer", "Dedi Supriadi, a fisherman": a description in apposition after the name, surer than
  // the tagger's guess from a word's ending ("Brackenridge Homes, the developer").
  const apposition = appositionAfter(tokens, to);
  const described = apposition?.head;
  if (described !== undefined && ROLE_NOUNS.has(described)) {
    // "Omar Lindgren, a software developer who keeps 2.3 bitcoin": "who" after the description is said of a person.
    const who = tokens[apposition!.at + 1]?.lower === 'who';
    return PERSON_ROLES.has(described) || who ? { kind: 'person', certainty: 1 } : { kind: 'organization', certainty: 1 };
  }
  // "Chloe Marsh, who worked ...", "By Helen Marsh": a given name before a word the tagger takes for a place's, said of
  // a person or writing the story, is a person's ("Alice Springs" is still a town).
  const givenName = words.length === 2 && ['FemaleName', 'MaleName'].some((tag) => tagsOf(words[0]!.lower).includes(tag));
  if (givenName && (relativeAfter(tokens, to) === 'who' || tokens[from - 1]?.lower === 'by')) return { kind: 'person', certainty: 2 };
  if (words.some((w) => hasTag(w, 'Place', 'City', 'Country', 'Region'))) return { kind: 'place', certainty: 1 };
  if (before !== undefined && LOCATIVE.has(before.lower) && isKnownPlace(name)) return { kind: 'place', certainty: 1 };
  if (before !== undefined && LOCATIVE.has(before.lower) && before.lower !== 'to' && before.lower !== 'at' && words.length === 1) return { kind: 'place', certainty: 0 };
  // "Kestrel Platinum, which owns the mine, said": "which" is said of a thing or a body, "who" of a person.
  const relative = relativeAfter(tokens, to);
  if (relative === 'who') return { kind: 'person', certainty: 1 };
  if (actsOnItsOwn(tokens, to)) return { kind: 'organization', certainty: 1 };
  // "Integrated Food Security Phase Classification (IPC)": people are not given acronyms, bodies are.
  if (words.length >= 2 && acronymAfter(tokens, to) !== undefined) return { kind: 'organization', certainty: 1 };
  if (words.some((w) => hasTag(w, 'Person', 'FirstName', 'LastName', 'Honorific'))) return { kind: 'person', certainty: 1 };
  if (relative === 'which' && words.length >= 2) return { kind: 'organization', certainty: 0 };
  // "Harlow Homes", "World Athletics": a person's name does not end in a plural or uncountable noun.
  if (words.length >= 2 && tagsOf(words.at(-1)!.lower).some((tag) => tag === 'Plural' || tag === 'Uncountable')) return { kind: 'organization', certainty: 0 };
  if (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text))) return { kind: 'person', certainty: 0 };
  if (isKnownPlace(name)) return { kind: 'place', certainty: 0 };
  return { kind: 'other', certainty: 0 };
}

/**
 * "Tajikistan’s Foreign Ministry", "Gaza’s Health Ministry", "Hamas’s Political Bureau": a body named right after
 * its owner's possessive keeps the owner in its name, or every country's Foreign Ministry would be one entity. A
 * country's body always; another place's or body's only when the name is an office's ("... Ministry", "... Bureau"),
 * not a name of its own ("Google’s DeepMind"); a person's never ("Mamani’s Office").
 */
function withOwner(sentence: string, tokens: readonly Token[], owner: NameMention | undefined, found: NameMention[]): NameMention[] {
  const first = found[0];
  if (owner === undefined || first === undefined || first.kind !== 'organization' || owner.kind === 'person') return found;
  if (owner.to !== first.nameFrom || first.from !== first.nameFrom || !tokens[first.nameFrom - 1]!.possessive) return found;
  // "Velmora’s Foreign Ministry", "Velmora’s Ministry of Foreign Affairs": the office's head ends the name or stands before "of".
  const of = tokens.slice(first.nameFrom, first.to).findIndex((t) => t.lower === 'of');
  const office = ORGANIZATION_HEADS.has(bare(tokens[first.to - 1]!.text)) || of > 0 && ORGANIZATION_HEADS.has(bare(tokens[first.nameFrom + of - 1]!.text));
  if (!office && countryOf(owner.text) === undefined) return found;
  return [{ ...first, text: sentence.slice(owner.start, first.end), start: owner.start }, ...found.slice(1)];
}

/** "A spokeswoman for the organisation, Léa Fontaine": the head of a phrase in apposition, before its preposition. */
function appositionHead(tokens: readonly Token[], from: number): string | undefined {
  if (!/,\s*$/u.test(tokens[from - 1]?.post ?? '')) return undefined;
  for (let k = from - 2; k > 0 && from - k <= 4; k--) {
    if (/[,;:.]\s*$/u.test(tokens[k]!.post)) return undefined;
    if (['for', 'of', 'at', 'with', 'from'].includes(tokens[k]!.lower)) return tokens[k - 1]!.lower;
  }
  return undefined;
}

/**
 * "Ostrakan’s state broadcaster, OTV, went further": the role noun of a description the name stands in apposition
 * to, so that "the broadcaster" finds it later. Not "the ministry, Kyiv says,": a name that speaks is not in apposition.
 */
function roleInAppositionBefore(tokens: readonly Token[], from: number, to: number): string | undefined {
  const role = tokens[from - 1];
  // A person's role or an outlet's: a business's trade ("the operator’s contractor, Ridgeway,") would outbid the business "the company" means.
  const described = PERSON_ROLES.has(role?.lower ?? '') || OUTLET_DESCRIPTIONS.has(role?.lower ?? '') || ['agency', 'channel', 'station'].includes(role?.lower ?? '');
  if (role === undefined || !/^,\s*$/u.test(role.post) || !described || hasTag(role, 'Plural')) return undefined;
  const closed = to >= tokens.length || /^[,.;]/u.test(tokens[to - 1]!.post.trim());
  return closed && reportingLemma(tokens[to]?.text ?? '') === undefined ? role.lower : undefined;
}

/** The noun just before a name, also across an appositive comma: "the tanker, the Kali Amara". */
function nounBefore(tokens: readonly Token[], from: number): string | undefined {
  const skipped = tokens[from - 1]?.lower === 'the' || tokens[from - 1]?.lower === 'a';
  const token = tokens[skipped ? from - 2 : from - 1];
  // Across an article only after an appositive comma: "the tanker, the Kali Amara".
  if (!token || skipped && !/,\s*$/u.test(token.post)) return undefined;
  return token.lower;
}

/** The acronym in brackets right after a name, and the index after it: "The Associated Press (AP)", "(Africa CDC)". */
function acronymAfter(tokens: readonly Token[], to: number): { text: string; end: number } | undefined {
  if (!/\(\s*$/u.test(tokens[to]?.pre ?? '')) return undefined;
  for (let k = to; k < tokens.length && k < to + 3; k++) {
    const token = tokens[k]!;
    if (!isCapitalised(token)) return undefined;
    // "(DENR)", "(IPJ Brașov)": an acronym, and perhaps the place it serves.
    if (/^\s*\)/u.test(token.post)) return tokens.slice(to, k + 1).some((t) => ACRONYM.test(t.text)) ? { text: tokens.slice(to, k + 1).map((t) => t.text).join(' '), end: k + 1 } : undefined;
  }
  return undefined;
}

/** ", known as SEPAL", ", known by its Spanish initials SEPAL": an acronym introduced in words after a name. */
function knownAsAfter(tokens: readonly Token[], to: number): string | undefined {
  if (!/^,\s*$/u.test(tokens[to - 1]?.post ?? '') || tokens[to]?.lower !== 'known') return undefined;
  const words = tokens.slice(to + 1, to + 6);
  const by = words.findIndex((t) => ['initials', 'acronym', 'abbreviation'].includes(t.lower));
  const at = words[0]?.lower === 'as' ? 1 : words[0]?.lower === 'by' && by > 0 ? by + 1 : undefined;
  const acronym = at === undefined ? undefined : words[at];
  return acronym !== undefined && ACRONYM.test(acronym.text) ? acronym.text : undefined;
}

/** Capitalised words that are not names: "Russians", "U.S.-based", "European", "(UAVs)" after "unmanned aerial vehicles". */
function isNotAName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (/-(?:based|made|built|led|backed|owned|flagged|registered|born|era|style)$/iu.test(token.text)) return true;
  if (token.text.includes('-') && token.text.split('-').every((part) => countryOf(part) !== undefined)) return true;
  const next = tokens[i + 1];
  const alone = next === undefined || !isCapitalised(next) || breaksBetween(token, next);
  if (alone && isPeoplesWord(token.text.replace(/s$/u, '')) && countryOf(token.text) === undefined) return true;
  if (alone && hasTag(token, 'Adjective') && !hasTag(token, 'ProperNoun', 'Place', 'Person', 'Organization')) return true;
  // "European allies": an adjective of origin before a common noun; not "Brennan herself".
  if (alone && /(?:an|ese|ish|ic)$/u.test(token.text) && next !== undefined && /^\p{Ll}/u.test(next.text) && hasTag(next, 'Noun') && !hasTag(next, 'Pronoun')) return true;
  const previous = tokens[i - 1];
  // "06:41 BST – The authority said": a time zone after a time.
  if (previous !== undefined && hasTag(previous, 'Time') && /^\p{Lu}{2,4}$/u.test(token.text)) return true;
  return /\(\s*$/u.test(token.pre) && previous !== undefined && !isCapitalised(previous) && ACRONYM.test(token.text);
}

/** `known`: lower-cased words the article capitalises inside sentences, names wherever they stand. */
export function findNames(sentence: string, tokens: readonly Token[], known: ReadonlySet<string>): NameMention[] {
  const mentions: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!canStartName(tokens, i, known) || isNotAName(tokens, i)) {
      i++;
      continue;
    }
    const end = runEnd(tokens, i);
    const found = withOwner(sentence, tokens, mentions.at(-1), splitRun(sentence, tokens, i, end));
    // Skip an acronym in brackets: it is recorded on the name before it, or it stands for a title, which
    // the person named next holds: "District Magistrate (DM) K. R. Menon" is "the DM" from then on.
    const acronym = acronymAfter(tokens, end);
    const held = found.length === 0 && acronym !== undefined ? titleHolder(sentence, tokens, acronym.end, known) : undefined;
    mentions.push(...found, ...(held ? [{ ...held, knownAs: acronym!.text, certainty: held.certainty || 1 }] : []));
    i = held?.to ?? acronym?.end ?? end;
  }
  return withoutOfficesBeforeHolders(tokens, mentions);
}

/** "the Housing Secretary, Tom Ashworth,": an office in apposition with the person who holds it is no one of its own, but describes them. */
function withoutOfficesBeforeHolders(tokens: readonly Token[], mentions: NameMention[]): NameMention[] {
  return mentions.flatMap((m, k) => {
    const holder = mentions[k + 1];
    if (holder !== undefined && isOfficeOnly(tokens, m) && holder.from === m.to && holder.kind === 'person' && /^,\s*$/u.test(tokens[m.to - 1]!.post)) return [];
    const office = mentions[k - 1];
    return office !== undefined && isOfficeOnly(tokens, office) && office.to === m.from && m.kind === 'person' && /^,\s*$/u.test(tokens[office.to - 1]!.post) ? [{ ...m, descriptor: m.descriptor ?? office.text }] : [m];
  });
}

/** "Housing Secretary", "Cabinet Secretary": a title and the portfolio it is held for, naming nobody. */
function isOfficeOnly(tokens: readonly Token[], mention: NameMention): boolean {
  const words = tokens.slice(mention.nameFrom, mention.to);
  return words.length > 1 && isTitle(words.at(-1)!) && words.every((w) => isTitle(w) || PORTFOLIOS.has(w.lower));
}

/** The person named right after a title's acronym in brackets, if a name starts there. */
function titleHolder(sentence: string, tokens: readonly Token[], at: number, known: ReadonlySet<string>): NameMention | undefined {
  if (tokens[at] === undefined || !canStartName(tokens, at, known)) return undefined;
  const [person] = splitRun(sentence, tokens, at, runEnd(tokens, at));
  return person?.kind === 'person' && person.nameFrom === at ? person : undefined;
}

/**
 * A run may hold a title, a demonym and a name ("Russian President Vladimir
 * Putin"), or an organisation before a title ("European Commission President
 * Ursula von der Leyen"): take them apart.
 */
function splitRun(sentence: string, tokens: readonly Token[], from: number, to: number): NameMention[] {
  let start = from;
  if (tokens[start]!.lower === 'the' && to - start > 1) start++;
  // "Lucía Fernández of the Institute for Democratic Studies", "Professor Maarten Kloos of the Utrecht Institute": a person, then an organisation.
  const ofAt = tokens.slice(start + 1, to).findIndex((t) => t.lower === 'of');
  const of = ofAt < 0 ? -1 : start + 1 + ofAt;
  // A title opening a sentence may stand outside the run: "Professor Maarten Kloos of the Utrecht Institute said".
  const titled = (k: number) => isTitle(tokens[k]!) && of - start >= 2 || k > 0 && isTitle(tokens[k - 1]!);
  const person = (k: number) => hasTag(tokens[k], 'Person', 'FirstName', 'LastName') || k === start && titled(k);
  if (of > 0 && tokens.slice(start, of).some((_, k) => person(start + k)) && !ORGANIZATION_HEADS.has(bare(tokens[of - 1]!.text))) {
    let next = of + 1;
    while (next < to && NAME_LINKS.has(tokens[next]!.lower)) next++;
    return [...splitRun(sentence, tokens, from, of), ...(next < to ? splitRun(sentence, tokens, next, to) : [])];
  }
  // "Secretary of State Marco Rubio", "Superintendent of Police (SP)": a title naming its office is no body of its own.
  const office = officeEnd(tokens, start, to);
  if (office === to) return [];
  if (office > start) return [mention(sentence, tokens, from, office, to, true)];
  const words = tokens.slice(start, to);
  // "Peruvian Air Force C-27J Spartan", "MMEA AgustaWestland AW139": an operator, then its equipment.
  const code = words.findIndex((w) => isModelCode(w.text));
  const operatorEnd = code > 0 ? words.slice(0, code).findLastIndex((w, k) => ORGANIZATION_HEADS.has(bare(w.text)) || k === 0 && ACRONYM.test(w.text) && code > 1) : -1;
  if (operatorEnd >= 0) {
    const cut = start + operatorEnd + 1;
    return [...splitRun(sentence, tokens, from, cut), ...splitRun(sentence, tokens, cut, to)];
  }
  if (words.length > 1 && (ORGANIZATION_HEADS.has(bare(words.at(-1)!.text)) || heldByTitle(words.at(-2)!, words.at(-1)!))) {
    return [mention(sentence, tokens, from, start, to, false)];
  }
  // The last title in the run that has a name after it splits it.
  let lastTitle = -1;
  // "Ministry of Foreign Affairs", "Committee on Foreign Relations": a portfolio after "of" or "on" names the office,
  // and is no title before a name.
  for (let k = start; k < to - 1; k++) if (isTitle(tokens[k]!) && !(PORTFOLIOS.has(tokens[k]!.lower) && ['of', 'on'].includes(tokens[k - 1]?.lower ?? ''))) lastTitle = k;
  const results: NameMention[] = [];
  let nameFrom = start;
  if (lastTitle >= 0) {
    let titleStart = lastTitle;
    while (titleStart > start && isTitle(tokens[titleStart - 1]!)) titleStart--;
    let orgEnd = titleStart;
    // "Russian President", "Health Minister": a demonym or a portfolio belongs to the title, not to a body of its own.
    while (orgEnd > start && (isDemonym(tokens[orgEnd - 1]!) || PORTFOLIOS.has(tokens[orgEnd - 1]!.lower))) orgEnd--;
    if (orgEnd > start) results.push(...splitRun(sentence, tokens, start, orgEnd));
    nameFrom = lastTitle + 1;
  } else {
    // "Russian President ...", "Blogger Jaan Kask": titles, demonyms and a role word before the name.
    while (nameFrom < to - 1 && (isDemonym(tokens[nameFrom]!) || isTitle(tokens[nameFrom]!) || ROLE_NOUNS.has(tokens[nameFrom]!.lower) && !hasTag(tokens[nameFrom], 'ProperNoun') && !prepositionCarriesOn(tokens, nameFrom))) nameFrom++;
  }
  // "Russia-Belarus war games": two countries joined are neither.
  const joined = sentence.slice(tokens[nameFrom]!.start, tokens[to - 1]!.end);
  if (/^[\p{L}]+-[\p{L}]+$/u.test(joined) && joined.split('-').every((part) => countryOf(part) !== undefined)) return results;
  const only = tokens[nameFrom]!;
  const single = to - nameFrom === 1;
  if (single && (isTitle(only) || isDemonym(only) || ROLE_NOUNS.has(only.lower) && !hasTag(only, 'ProperNoun'))) return results;
  results.push(mention(sentence, tokens, from, nameFrom, to, lastTitle >= 0));
  return results;
}

/** The words before a model's code, when it has some: "Airbus" in "Airbus A320neo". */
function makerOf(name: string): string | undefined {
  // By the words as written: the tagger takes "SH-520" apart.
  const words = name.split(' ');
  const code = words.findIndex(isModelCode);
  return code > 0 ? words.slice(0, code).join(' ') : undefined;
}

/** The end of a title and the office it names after "of" ("Secretary of State"), or `from` when the run opens otherwise. */
function officeEnd(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  while (k < to && isTitle(tokens[k]!)) k++;
  if (k === from || tokens[k]?.lower !== 'of') return from;
  let end = k + 1;
  while (end < to && OFFICE_WORDS.has(tokens[end]!.lower)) end++;
  return end > k + 1 ? end : from;
}

function mention(sentence: string, tokens: readonly Token[], from: number, nameFrom: number, end: number, hadTitle: boolean): NameMention {
  // "Leningrad region", "Baltic states": a lower-case place noun completes a one-word name.
  const follower = tokens[end];
  const to = end - nameFrom === 1 && follower !== undefined && REGION_HEADS.has(follower.lower) && !breaksBetween(tokens[end - 1]!, follower) ? end + 1 : end;
  const words = tokens.slice(nameFrom, to);
  const startChar = words[0]!.start;
  let endChar = words.at(-1)!.end;
  if (NAME_ABBREVIATIONS.has(words.at(-1)!.lower) && /^\./u.test(words.at(-1)!.post) && words.length > 1) endChar++;
  let text = sentence.slice(startChar, endChar).replace(/['’]s$/u, '');
  if (words.at(-1)!.possessive) endChar = startChar + text.length;
  // A plural of a model code names the model: "Bayraktar TB2s".
  if (/\p{N}s$/u.test(text)) {
    text = text.slice(0, -1);
    endChar--;
  }
  const lead = tokens.slice(from, nameFrom).filter((t) => t.lower !== 'the');
  const before = descriptorBefore(tokens, from);
  const descriptorWords = [...before.words, ...lead];
  const descriptor = descriptorWords.length > 0 ? sentence.slice(descriptorWords[0]!.start, descriptorWords.at(-1)!.end) : undefined;
  const countryWord = descriptorWords.find((t) => isDemonym(t));
  // "Dr Fiona Marsh": a capitalised title right before the name, whether the run holds it or it describes the name
  // from outside ("a former Kestrel employee" has no title).
  const adjacent = before.words.at(-1);
  const titled = hadTitle || lead.some(isTitle) || adjacent !== undefined && isTitle(adjacent) && isCapitalised(adjacent);
  const vote = classify(text, words, tokens, nameFrom, to, descriptorWords, titled);
  return {
    text,
    start: startChar,
    end: endChar,
    from: Math.min(from, before.start),
    to,
    nameFrom,
    kind: vote.kind,
    certainty: vote.certainty,
    descriptor,
    acronym: acronymAfter(tokens, to)?.text,
    maker: vote.kind === 'equipment' ? makerOf(text) : undefined,
    runs: whatItRuns(tokens, to),
    knownAs: knownAsAfter(tokens, to),
    // "the Marlow Education Association (MEA), the union that represents ...": past the acronym in brackets.
    apposed: appositionAfter(tokens, acronymAfter(tokens, to)?.end ?? to)?.head ?? roleInAppositionBefore(tokens, from, to),
    country: countryWord ? demonymOf(countryWord.text) : undefined,
    withArticle: nameFrom > 1 && tokens[nameFrom - 1]!.text === 'The' ? `The ${text}` : undefined,
  };
}
