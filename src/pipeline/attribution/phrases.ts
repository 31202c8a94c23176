/**
 * Noun phrases around a reporting verb: who speaks, found by walking the
 * tokens left or right of the cue over adverbs, auxiliaries, appositives and
 * relative clauses.
 */
import { hasTag, isCapitalised, type Token } from '../text/tokens.ts';
import { PERSON_ROLES, ROLE_NOUNS } from '../lexicon/parties.ts';
import { SOURCE_NOUNS, reportingLemma } from '../lexicon/reporting.ts';

export interface Range {
  from: number;
  to: number;
}

/** Words between a subject and its verb that are not part of either. */
const BETWEEN = new Set([
  'has', 'have', 'had', 'was', 'is', 'are', 'were', 'will', 'would', 'did', 'does', 'do', 'also', 'repeatedly',
  'consistently', 'again', 'previously', 'later', 'earlier', 'then', 'further', 'publicly', 'recently', 'already',
  'meanwhile', 'however', 'too', 'once', 'now', 'still', 'separately', 'privately', 'openly', 'reportedly',
  'allegedly', 'initially', 'first', 'subsequently', 'immediately', 'quickly', 'flatly', 'firmly', 'strongly',
  'explicitly', 'categorically', 'emphatically', 'sharply', 'so', 'far', 'long', 'yet', 'had', 'may', 'might',
  'could', 'can', 'should', 'not', 'never', 'always', 'often', 'since',
  // "Edilmare itself said".
  'itself', 'himself', 'herself', 'themselves',
]);
/** Words before "to" and a verb of saying that leave the saying the subject's: "was forced to deny", "went on to say". */
const LEADING_TO = new Set(['forced', 'quick', 'moved', 'rushed', 'hastened', 'sought', 'on', 'continued', 'keen', 'careful', 'eager', 'compelled', 'obliged', 'able']);
const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/u;
const TIME_WORDS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|year|morning|evening|night|\d{4})$/u;
const TIME_PREPOSITIONS = new Set(['in', 'on', 'at', 'last', 'this', 'earlier', 'late', 'early', 'during']);
const INTERJECTIONS = new Set(['however', 'meanwhile', 'too', 'though', 'also', 'in', 'on', 'at', 'under', 'during', 'from', 'for', 'who', 'which', 'whose', 'according', 'like', 'unlike', 'as', 'separately', 'nonetheless', 'moreover']);
/** Words opening a subordinate clause: ", because they were not authorised to speak to the press,". */
const SUBORDINATORS = new Set(['because', 'although', 'since', 'unless', 'while', 'whereas']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
/** Pronouns as objects, to the subject pronoun the discourse knows them by: "according to him". */
export const OBJECT_PRONOUNS = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);
/** Nouns for what a party said, which a reduced relative clause may stand after: "a claim police dismissed". */
export const CLAIM_NOUNS = new Set(['claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'assertion', 'assertions', 'charge', 'charges', 'suggestion', 'suggestions']);
/** Pronouns that open a relative clause, whose verb is not the main clause's. */
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whose']);
/** Prepositions inside a party's description. */
const LINKS = new Set(['with', 'to', 'of', 'on', 'in', 'into', 'about', 'over', 'at', 'for', 'from', 'along', 'near', 'inside', 'outside', 'within', 'behind', 'across', 'around']);
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'whose', 'who', 'which', 'one', 'two', 'three', 'both', 'chief', 'head', 'deputy', 'senior', 'former']);

/** A noun naming a role: the lexicon's, or one compromise knows as a person's role or trade ("traders", "a neighbour"). */
export function isRoleNoun(token: Token): boolean {
  return ROLE_NOUNS.has(token.lower) || hasTag(token, 'Actor') && !hasTag(token, 'ProperNoun');
}

/** "close to", "familiar with": how a source stands to the party it is near, whatever compromise tagged "close". */
function isCloseTo(word: Token, link: Token): boolean {
  return word.lower === 'close' && link.lower === 'to' || word.lower === 'familiar' && link.lower === 'with';
}

/** "a diplomat involved in the talks", "officials briefed on the plan": a past participle describing the role noun before it. */
function describesRole(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return hasTag(tokens[at], 'PastTense', 'Participle') && before !== undefined && !hasComma(before) && isRoleNoun(before);
}

/** "the 27-year-old", which compromise reads as "27", "year", "old": a person described by age. */
export function isAge(tokens: readonly Token[], head: number): boolean {
  const year = tokens[head - 1];
  return tokens[head]?.lower === 'old' && year?.lower === 'year' && /-$/u.test(year.post) && /^\d+$/u.test(tokens[head - 2]?.text ?? '');
}

/** A role one person holds: "the teacher", "the spokesperson". */
export function isPersonRole(token: Token): boolean {
  return PERSON_ROLES.has(token.lower) || hasTag(token, 'Actor') && !hasTag(token, 'Plural') && !ROLE_NOUNS.has(token.lower);
}

function hasComma(token: Token): boolean {
  return /,/u.test(token.post);
}

/** Punctuation after the word ends a clause; the full stop of "Dr." or "Gen." does not. */
function closesClause(token: Token): boolean {
  // A dash closes one too: "BARI, Italy — Prosecutors said".
  return /[,;:”"(—]|\s–\s/u.test(token.post) || /[.!?]\s/u.test(token.post) && !hasTag(token, 'Abbreviation', 'Honorific') && !isNumberSign(token);
}

/** "Saratov City Hospital No. 2", "Polling Station No. 7": the abbreviation of "number" inside a name. */
function isNumberSign(token: Token): boolean {
  return token.text === 'No' && /^\.\s/u.test(token.post);
}

/** "The Associated Press (AP)": an acronym in brackets continues the name before it. */
function bracketedAcronym(tokens: readonly Token[], left: number): boolean {
  if (!/\(\s*$/u.test(tokens[left]?.post ?? '')) return false;
  // "(AP)", "(Africa CDC)": up to three words before the bracket closes.
  for (let k = left + 1; k < tokens.length && k <= left + 3; k++) if (/^\s*\)/u.test(tokens[k]!.post)) return true;
  return false;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her']);

/** `before` is the word to its left: after "the", a word compromise tags as a verb ("the dam") is still a noun. */
function isNounPhraseWord(token: Token, before?: Token): boolean {
  if (token.quoted) return false;
  if (before !== undefined && DETERMINERS.has(before.lower) && !before.quoted && !hasTag(token, 'Preposition', 'Conjunction', 'Determiner')) return true;
  if (PRONOUNS.has(token.lower)) return true;
  // "two neighbouring villages": a participle after a number qualifies the noun, whatever compromise made of it.
  if (before !== undefined && hasTag(token, 'Gerund') && hasTag(before, 'Value') && !before.quoted) return true;
  // "the party’s chairwoman": a word marked as an owner is a noun whatever compromise guessed ("party’s" as a verb).
  if (token.possessive) return true;
  if (isNumberSign(token)) return true;
  // The second half of a compound adjective: "Reykjavík-based", "state-owned".
  if (before !== undefined && /-$/u.test(before.post) && hasTag(token, 'Hyphenated')) return true;
  // An acronym whatever compromise made of it: "WHO" is no question word.
  const named = hasTag(token, 'ProperNoun', 'Person', 'Place', 'Organization', 'Acronym') || /^\p{Lu}[\p{Lu}.]+$/u.test(token.text);
  if (hasTag(token, 'Verb') && !hasTag(token, 'Noun', 'Adjective') && !named) return false;
  if (hasTag(token, 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord') && !named) return false;
  return hasTag(token, 'Determiner', 'Adjective', 'Noun', 'ProperNoun', 'Possessive', 'Acronym', 'Value') || isCapitalised(token) || /-/u.test(token.text);
}

/** "the Geneva talks," whose last word compromise took for a verb before the comma: a determiner, a modifier, then the word. */
function closesDeterminedPhrase(tokens: readonly Token[], end: number): boolean {
  const [determiner, modifier, word] = [tokens[end - 2], tokens[end - 1], tokens[end]!];
  const noun = hasTag(word, 'Noun', 'Verb') && !hasTag(word, 'QuestionWord', 'Pronoun', 'Auxiliary', 'Copula', 'Preposition', 'Conjunction', 'Determiner', 'Adverb');
  return determiner !== undefined && DETERMINERS.has(determiner.lower) && hasTag(modifier, 'ProperNoun', 'Adjective', 'Noun') && noun && !word.quoted;
}

/** Skip a relative clause without "who" going left from `index`: "Economists we spoke to", "analysts I interviewed". */
function skipContactClause(tokens: readonly Token[], index: number): number {
  const particle = ['to', 'with'].includes(tokens[index]?.lower ?? '') ? 1 : 0;
  const verb = tokens[index - particle];
  const pronoun = tokens[index - particle - 1];
  const contact = verb !== undefined && hasTag(verb, 'PastTense') && pronoun !== undefined && ['we', 'i', 'they'].includes(pronoun.lower) && !pronoun.quoted;
  return contact && index - particle - 2 >= 0 && !hasComma(tokens[index - particle - 2]!) ? index - particle - 2 : index;
}

/** Where what follows starts once "on Tuesday", "last week" or "in March" is passed: "reported on Tuesday that". */
export function afterTime(tokens: readonly Token[], from: number): number {
  let k = from;
  while (tokens[k] !== undefined && !tokens[k]!.quoted && (hasTag(tokens[k], 'Date') || TIME_PREPOSITIONS.has(tokens[k]!.lower) && hasTag(tokens[k + 1], 'Date'))) k++;
  return k;
}

/** `"categorically" rejected`: one adverb in quotation marks of its own, the party's word for how it spoke. */
function scareQuotedAdverb(token: Token): boolean {
  return hasTag(token, 'Adverb') && /[“"‘]/u.test(token.pre) && /[”"’]/u.test(token.post) && !hasComma(token);
}

/** Skip adverbs, auxiliaries and "in December" going left from `index`; returns the new index. */
export function skipBetween(tokens: readonly Token[], index: number): number {
  let e = index;
  for (;;) {
    const token = tokens[e];
    if (!token || token.quoted && !scareQuotedAdverb(token)) return e;
    if (token.quoted || BETWEEN.has(token.lower) && !hasComma(token)) {
      e--;
      continue;
    }
    // "Downing Street was forced to deny", "the club was quick to point out", "she went on to say".
    if (token.lower === 'to' && LEADING_TO.has(tokens[e - 1]?.lower ?? '')) {
      e -= tokens[e - 1]!.lower === 'on' && tokens[e - 2]?.lower === 'went' ? 3 : 2;
      continue;
    }
    // "on October 21", "on 21 October": a day's number with its month.
    const day = (t: Token | undefined) => t !== undefined && /^\d{1,2}$/u.test(t.text) && !hasComma(t);
    if (day(token) && MONTHS.test(tokens[e - 1]?.lower ?? '')) {
      e--;
      continue;
    }
    if (MONTHS.test(token.lower) && !hasComma(token) && day(tokens[e - 1]) && TIME_PREPOSITIONS.has(tokens[e - 2]?.lower ?? '')) {
      e -= 3;
      continue;
    }
    if (TIME_WORDS.test(token.lower) && !hasComma(token) && TIME_PREPOSITIONS.has(tokens[e - 1]?.lower ?? '')) {
      e -= 2;
      continue;
    }
    // "on Monday night", "on Tuesday morning": the part of the day goes with the day before it.
    if (TIME_WORDS.test(token.lower) && !hasComma(token) && TIME_WORDS.test(tokens[e - 1]?.lower ?? '') && !hasComma(tokens[e - 1]!)) {
      e--;
      continue;
    }
    if (TIME_WORDS.test(token.lower) && TIME_PREPOSITIONS.has(token.lower) === false && hasTag(token, 'Date') && !hasComma(token)) {
      e--;
      continue;
    }
    return e;
  }
}

/** The noun phrase that ends at token `end` (inclusive), read leftwards. */
export function phraseEndingAt(tokens: readonly Token[], end: number): Range | undefined {
  const last = tokens[end];
  // "the police service told", "The Sofia police directorate said": a role noun heads the phrase whatever compromise
  // made of it, and of a role noun before it.
  if (!last) return undefined;
  const before = tokens[end - 1] ?? last;
  const roleHead = ROLE_NOUNS.has(last.lower) && (isNounPhraseWord(before, tokens[end - 2]) || ROLE_NOUNS.has(before.lower) && isNounPhraseWord(tokens[end - 2] ?? before, tokens[end - 3]));
  if (!isNounPhraseWord(last, tokens[end - 1]) && !roleHead && !closesDeterminedPhrase(tokens, end)) return undefined;
  if (PRONOUNS.has(last.lower)) return { from: end, to: end + 1 };
  let from = end;
  while (from > 0) {
    const left = tokens[from - 1]!;
    if (closesClause(left) && !bracketedAcronym(tokens, from - 1)) break;
    // "..., a claim police dismissed": the claim is what the party answers, not part of it.
    if (CLAIM_NOUNS.has(left.lower)) break;
    // "the 1.4 terabytes the gang had claimed": a noun before a determiner ends another phrase, whose clause this is.
    if (['the', 'a', 'an'].includes(tokens[from]!.lower) && hasTag(left, 'Noun') && !hasTag(left, 'Pronoun', 'Determiner') && !left.quoted) break;
    // "A criminal group calling itself BlackMarrow": the name a description goes by belongs to it.
    if (['itself', 'themselves'].includes(left.lower) && ['calling', 'calls'].includes(tokens[from - 2]?.lower ?? '') && !closesClause(tokens[from - 3] ?? left)) {
      from -= 2;
      continue;
    }
    // "Sources close to the club": a role noun whatever compromise made of it ("Sources" as a verb).
    if ((isNounPhraseWord(left, tokens[from - 2]) || ROLE_NOUNS.has(left.lower) && !left.quoted) && !PRONOUNS.has(left.lower)) {
      from--;
      continue;
    }
    // "people familiar with the matter", "residents of Vorukh", "the brother of one of the workers", "sources close to"
    const beforeLink = tokens[from - 2];
    if (LINKS.has(left.lower) && beforeLink && !closesClause(beforeLink) && (hasTag(beforeLink, 'Adjective', 'Noun', 'ProperNoun', 'Value') || isCloseTo(beforeLink, left) || describesRole(tokens, from - 2))) {
      from -= 2;
      continue;
    }
    // "pharmacists in Cork and Limerick": a name joined to the one a description's link leads to.
    if ((left.lower === 'and' || left.lower === 'or') && isCapitalised(tokens[from]!)) {
      const joined = phraseEndingAt(tokens, from - 2);
      if (joined && tokens.slice(joined.from + 1, from - 1).some((t) => LINKS.has(t.lower))) {
        from = joined.from;
        continue;
      }
    }
    break;
  }
  return { from, to: end + 1 };
}

/** Decides whether a phrase names a party; supplied by the caller, who knows the names. */
export type IsParty = (range: Range) => boolean;

/** The subject of the verb at `verb`, looking left; a second verb ("... and warned") takes the clause's subject. */
export function subjectBefore(tokens: readonly Token[], verb: number, isParty: IsParty): Range | undefined {
  let e = skipContactClause(tokens, skipBetween(tokens, verb - 1));
  if (e < 0) return undefined;
  if (['and', 'but', 'or'].includes(tokens[e]!.lower) && !tokens[e]!.quoted) return clauseSubject(tokens, e, isParty);
  e = beforeRelativeClause(tokens, e);
  // ", however," / ", who has close ties with ...,": skip back over a comma-enclosed segment.
  for (let guard = 0; guard < 3 && tokens[e] && hasComma(tokens[e]!) && !tokens[e]!.quoted; guard++) {
    let c = e;
    while (c > 0 && !hasComma(tokens[c - 1]!)) c--;
    // ", speaking on condition of anonymity,": a participle clause about the subject (", citing X," names who said it).
    // ", published on September 1,": a past participle describing the noun before it.
    const described = /ed$/u.test(tokens[c]!.lower) && hasTag(tokens[c], 'PastTense', 'Participle') && hasTag(tokens[c - 1], 'Noun');
    const participle = tokens[c]!.lower !== 'citing' && (hasTag(tokens[c], 'Gerund') || hasTag(tokens[c], 'Verb') && /ing$/u.test(tokens[c]!.lower) || described);
    // ", among them the military blog Northern Front,": some of the subject, named; the subject speaks.
    const members = tokens[c]!.lower === 'among' && ['them', 'those'].includes(tokens[c + 1]?.lower ?? '');
    // A subordinate clause has a verb of its own; without one the subject is inside: ", while lawyers for the owner, X, argued".
    const subordinate = SUBORDINATORS.has(tokens[c]!.lower) && tokens.slice(c + 1, e + 1).some((t) => hasTag(t, 'Verb') && !hasTag(t, 'Gerund'));
    const interjection = INTERJECTIONS.has(tokens[c]!.lower) || hasTag(tokens[c], 'Adverb') || participle || members || subordinate;
    // "Hugo Condori, a lawyer who has led the board, said": an appositive after a name.
    // "Gareth Holloway, 46, the former operations director of ..., denies": after the name's age too.
    // Not "However, a source in Ukraine’s military intelligence, ... told": a capitalised word opening the sentence is no name.
    const name = (k: number) => isCapitalised(tokens[k]!) && !INTERJECTIONS.has(tokens[k]!.lower) && !hasTag(tokens[k], 'Conjunction', 'Adverb');
    const afterName = (k: number) => k >= 0 && (name(k) || /^\d{1,3}$/u.test(tokens[k]!.text) && k > 0 && name(k - 1));
    // "Southlink Communications, Australia’s third-largest telecom operator, said": a description owned by a place or body.
    let owner = c;
    while (owner < e && isCapitalised(tokens[owner]!) && !tokens[owner]!.possessive) owner++;
    // "Vesterland’s minister for development cooperation": the role may stand before its complement.
    const owned = tokens[owner]!.possessive && isCapitalised(tokens[owner]!) && (isRoleNoun(tokens[e]!) || isRoleNoun(tokens[owner + 1]!));
    // "Kerry Nolan, of Kingswood, said", "Mark Ellery, of Avon and Somerset Police, told": where the person is from.
    const origin = ['of', 'from'].includes(tokens[c]!.lower);
    const appositive = (APPOSITIVE_OPENERS.has(tokens[c]!.lower) || isRoleNoun(tokens[c]!) || owned || origin) && afterName(c - 1);
    // "Derek Mullane, 67, from Cardiff, said": a person's age after the name.
    const age = c === e && /^\d{1,3}$/u.test(tokens[c]!.text) && c > 0 && isCapitalised(tokens[c - 1]!);
    // "sources close to the Chancellor, Nicola Brennan, said": a name for the one person the speakers are close to.
    const renamesInner = tokens.slice(c, e + 1).every(isCapitalised) && closeToOne(tokens, c - 1);
    if (c === 0 || !interjection && !appositive && !age && !renamesInner) break;
    e = skipBetween(tokens, c - 1);
  }
  // "Mahesh Paswan (45), a vegetable vendor, said": an age in brackets after the name is not part of it.
  if (e > 0 && /^\d{1,3}$/u.test(tokens[e]!.text) && /\(\s*$/u.test(tokens[e]!.pre) && isCapitalised(tokens[e - 1]!)) e--;
  // "an interview with the foreign minister, Marko Hadzic, who insisted that": the one named before the comma, when
  // what the clause says follows ("who denies wrongdoing, said" leaves the main verb to speak).
  if (tokens[e]?.text === 'who' && e > 0 && hasComma(tokens[e - 1]!) && tokens[verb + 1]?.lower === 'that') return phraseEndingAt(tokens, e - 1);
  // "officials who spoke on condition of anonymity said", "parents whose children attend the school said": the subject stands before "who".
  for (let k = e; k > 0 && !closesClause(tokens[k - 1]!); k--) {
    // Written in lower case: "WHO" is the World Health Organization.
    if (tokens[k]!.text === 'who' || tokens[k]!.text === 'whose' || tokens[k]!.text === 'that' && hasTag(tokens[k - 1], 'Noun', 'Plural')) {
      const before = phraseEndingAt(tokens, k - 1);
      if (before) return before;
    }
  }
  return phraseEndingAt(tokens, e);
}

/** Whether the phrase ending at `end` is of several people tied to one party: "sources close to the Chancellor", "allies of the minister". */
function closeToOne(tokens: readonly Token[], end: number): boolean {
  const phrase = phraseEndingAt(tokens, end);
  if (phrase === undefined) return false;
  const link = tokens.findIndex((t, k) => k > phrase.from && k < end && LINKS.has(t.lower));
  return link > 0 && tokens.slice(phrase.from, link).some((t) => hasTag(t, 'Plural') && isRoleNoun(t));
}

/**
 * "Halyna Marchuk, whose son Dmytro, a marine, was captured in 2022, said": a relative clause after the subject
 * may hold commas of its own. From the comma before the verb at `e`, the word before the clause's "whose" or
 * "who"; else `e`.
 */
export function beforeRelativeClause(tokens: readonly Token[], e: number): number {
  if (!tokens[e] || !hasComma(tokens[e]!) || tokens[e]!.quoted) return e;
  for (let k = e; k > 0 && e - k <= 25; k--) {
    const token = tokens[k]!;
    if (token.quoted || /[.;:!?]/u.test(token.post)) return e;
    if ((token.text === 'whose' || token.text === 'who' || token.text === 'which') && hasComma(tokens[k - 1]!)) return k - 1;
  }
  return e;
}

/** Whether the verb opens a relative clause without its pronoun: a common noun, a name, the verb ("the claim Holloway made"). */
function contactClause(tokens: readonly Token[], verb: number): boolean {
  const [noun, name] = [tokens[verb - 2], tokens[verb - 1]];
  // Not "Dimitar Hristov, an opposition MP, called": a comma closes the apposition before the main verb.
  return noun !== undefined && name !== undefined && isCapitalised(name) && !hasComma(name) && hasTag(noun, 'Noun') && !LINKS.has(noun.lower) && !isCapitalised(noun) && !hasComma(noun) && !noun.quoted;
}

/** The main-clause subject for a participle ("..., saying ...") or a second verb ("renewed ... and repeated"). */
export function clauseSubject(tokens: readonly Token[], verb: number, isParty: IsParty): Range | undefined {
  // "Gonzaga said 14 people had been treated ..., and warned residents": the verbs of what was reported are not
  // the main clause's, so the speaker of the first reporting verb before comes first.
  const reporting = tokens.slice(0, verb).findIndex((t) => !t.quoted && reportingLemma(t.text) !== undefined && hasTag(t, 'Verb'));
  const speaker = reporting < 0 ? undefined : subjectBefore(tokens, reporting, isParty);
  if (speaker && isParty(speaker)) return speaker;
  for (let k = verb - 1; k >= 0; k--) {
    const token = tokens[k]!;
    if (token.quoted || !hasTag(token, 'Verb') || hasTag(token, 'Gerund', 'Infinitive') && tokens[k - 1]?.lower === 'to') continue;
    if (hasTag(token, 'Auxiliary', 'Copula') && !hasTag(token, 'PastTense')) continue;
    // Not the main clause's verb: "of looking the other way", "allies who sat on the panels", "the insurance
    // claim Holloway made" (a relative clause without its pronoun: a noun, a name, the verb).
    if (hasTag(token, 'Gerund') || RELATIVE_PRONOUNS.has(tokens[k - 1]?.lower ?? '') || contactClause(tokens, k)) continue;
    const subject = subjectBefore(tokens, k, isParty);
    if (subject && isParty(subject)) return subject;
  }
  return undefined;
}

/** The subject after an inverted verb: `“...,” said Kirby.` */
export function subjectAfter(tokens: readonly Token[], verb: number): Range | undefined {
  const first = verb + 1;
  if (!tokens[first] || !isNounPhraseWord(tokens[first]!)) return undefined;
  if (PRONOUNS.has(tokens[first]!.lower)) return { from: first, to: first + 1 };
  let to = first;
  while (to < tokens.length && isNounPhraseWord(tokens[to]!)) {
    to++;
    if (closesClause(tokens[to - 1]!)) break;
  }
  return { from: first, to };
}

/** The noun phrase that starts at `start`, read rightwards ("according to Russian military sources"). */
export function phraseFrom(tokens: readonly Token[], start: number): Range | undefined {
  let to = start;
  const relative = new Set(['who', 'which', 'that', 'whose', 'whom']);
  // "according to figures ...", "court documents", "leaked documents": a source noun, and the word that
  // qualifies one, belong to the phrase whatever compromise tagged them ("court" and "documents" as verbs).
  const source = (k: number) => SOURCE_NOUNS.has(tokens[k]?.lower ?? '') && !tokens[k]!.quoted;
  const opens = (k: number) => source(k) || k === start && (source(k + 1) || source(k + 2) && isNounPhraseWord(tokens[k + 1]!, tokens[k]));
  // "according to the analytics firm Trendline": a role noun after a modifier, whatever compromise made of it ("firm" as a verb).
  const role = (k: number) => k > start && ROLE_NOUNS.has(tokens[k]!.lower) && !tokens[k]!.quoted && isNounPhraseWord(tokens[k - 1]!);
  // "according to people familiar with the matter", "data from the ministry": a preposition inside the phrase.
  const inside = (k: number) => k > start && (tokens[k]!.lower === 'of' || LINKS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'to' && tokens[k + 1] !== undefined && isNounPhraseWord(tokens[k + 1]!, tokens[k]));
  // "according to a person briefed on the talks": a participle describing the role noun, with its complement.
  const described = (k: number) => k > start && describesRole(tokens, k) && LINKS.has(tokens[k + 1]?.lower ?? '');
  while (to < tokens.length && !relative.has(tokens[to]!.text) && (isNounPhraseWord(tokens[to]!, tokens[to - 1]) || opens(to) || role(to) || inside(to) || described(to))) {
    to++;
    if (closesClause(tokens[to - 1]!)) break;
  }
  // A relative clause ends the phrase: "a senior administration official who was not authorized".
  return to > start ? { from: start, to } : undefined;
}

const INDEFINITE = new Set(['a', 'an', 'another', 'some', 'several', 'many', 'one', 'two', 'three', 'four', 'five', 'other', 'unnamed', 'anonymous', 'most', 'few']);

export type PhraseKind = 'pronoun' | 'name' | 'description' | 'group' | 'source' | 'none';

/** What a noun phrase is as a party: a pronoun, a name, "the blogger", "Russian officials" or "their statement". */
/** What a phrase is as a party, and the token that heads it ("head" in "the head of the board"). */
export interface PhraseReading {
  kind: PhraseKind;
  head: number;
}

/** Words that take some of a party: "one of the officials", "two of the residents". */
const PARTITIVES = new Set(['one', 'two', 'three', 'some', 'several', 'many', 'most', 'each', 'both', 'either', 'neither', 'another']);

/** "one of the officials" → "the officials": who speaks is one of a party met before, and stands for it. */
export function withoutPartitive(tokens: readonly Token[], range: Range): Range {
  const [first, of, next] = [tokens[range.from], tokens[range.from + 1], tokens[range.from + 2]];
  const partitive = first !== undefined && PARTITIVES.has(first.lower) && of?.lower === 'of' && ['the', 'those', 'these'].includes(next?.lower ?? '');
  return partitive && range.to - range.from > 3 ? { from: range.from + 2, to: range.to } : range;
}

export function readPhrase(tokens: readonly Token[], range: Range, names: readonly Range[]): PhraseReading {
  // "residents of Vorukh", "a map of Russian military positions": the head stands before the preposition.
  const link = tokens.findIndex((t, k) => k > range.from && k < range.to && LINKS.has(t.lower) && !names.some((n) => n.from < k && k < n.to));
  if (link > 0) {
    let head = link - 1;
    while (head > range.from && !isRoleNoun(tokens[head]!) && (hasTag(tokens[head], 'Adjective') || isCloseTo(tokens[head]!, tokens[link]!) || describesRole(tokens, head))) head--;
    const endsWithName = names.some((n) => n.to === range.to && n.from > link);
    // "Figures from the Australian Bureau of Statistics show": the bureau's figures, not public figures.
    if (endsWithName && SOURCE_NOUNS.has(tokens[head]!.lower)) return { kind: 'source', head };
    // "Secretary of State Marco Rubio", "Superintendent of Police (SP) Anjali Deshmukh": a title and its office before a name.
    const named = names.find((n) => n.to === range.to && n.from > link);
    if (named !== undefined && named.from > link + 1 && tokens[link]!.lower === 'of' && tokens.slice(link + 1, named.from).every((t) => isCapitalised(t) && !hasComma(t))) return { kind: 'name', head: range.to - 1 };
    if (isRoleNoun(tokens[head]!)) return { kind: partyOf(tokens, { from: range.from, to: head + 1 }, range), head };
    // "Professor Helen Strand of Calder State's department of neurology": a name, then where it belongs.
    if (names.some((n) => n.to === link)) return { kind: 'name', head: link - 1 };
    if (!endsWithName) return { kind: 'none', head };
  }
  const last = range.to - 1;
  const head = tokens[last]!;
  if (range.to - range.from === 1 && (PRONOUNS.has(head.lower) || OBJECT_PRONOUNS.has(head.lower))) return { kind: 'pronoun', head: last };
  if (names.some((n) => n.to === range.to)) return { kind: 'name', head: last };
  if (SOURCE_NOUNS.has(head.lower)) return { kind: 'source', head: last };
  if (!isRoleNoun(head) && !isAge(tokens, last)) return { kind: 'none', head: last };
  return { kind: partyOf(tokens, range, range), head: last };
}

/** A role noun phrase: one party already met ("the blogger") or a collective ("officials", "a senior official"). */
function partyOf(tokens: readonly Token[], core: Range, whole: Range): PhraseKind {
  const head = tokens[core.to - 1]!;
  const first = tokens[core.from]!.lower;
  const definite = first === 'the' || first === 'this' || first === 'that' || tokens.slice(core.from, core.to - 1).some((t) => t.possessive || t.lower === 'his' || t.lower === 'her' || t.lower === 'its' || t.lower === 'their');
  const indefinite = INDEFINITE.has(first) || hasTag(tokens[core.from], 'Value');
  // "Hospital staff said": people, however the noun is inflected, and not the General Staff named before.
  const plural = hasTag(head, 'Plural') || /s$/u.test(head.lower) && head.lower !== 'press' || head.lower === 'staff';
  // "the blogger", "Kansas-based company": one party already met; "officials", "a senior official": a collective.
  if (!plural && !indefinite && whole.to === core.to) return 'description';
  if (!plural && !indefinite) return definite ? 'description' : 'group';
  return definite && first === 'the' && core.to - core.from === 2 && whole.to === core.to ? 'description' : 'group';
}
