/**
 * One article from blocks of text to draft records: sentences, name mentions,
 * attribution cues, asserters resolved through the discourse, cited sources.
 * Entities are filed in the drafts it is given (the article's own: see
 * article-extraction.ts); statuses are decided there too.
 */
import type { ArticleFrontmatter, ArticleSource, Citation, EntityKind, Paragraph } from './schema.ts';
import { splitSentences } from './text/sentences.ts';
import { blankQuoted, hasTag, isCapitalised, parse, phraseText, tokenize, tokensIn, sliceText, type Token } from './text/tokens.ts';
import { ORGANIZATION_HEADS, ROLE_NOUNS } from './lexicon/parties.ts';
import { agedAfter, findNames, isPeoplesWord, LOCATIVE, opensSentence, type NameMention } from './entities/names.ts';
import { EntityDrafts, type KindVote } from './entities/drafts.ts';
import { foldKey } from './entities/normalize.ts';
import { countryByWord, countryOf, demonymOf, isKnownPlace } from './entities/gazetteer.ts';
import { findCues, type Cue } from './attribution/find.ts';
import { OBJECT_PRONOUNS, isAge, isPersonRole, isRoleNoun, readPhrase, withoutPartitive, type Range } from './attribution/phrases.ts';
import { Discourse, HEADLINE } from './attribution/discourse.ts';
import { citedFormIn, type CitedForm } from './attribution/cited-forms.ts';
import { publicationsIn, sourceNoun } from './attribution/publications.ts';
import { answerMarkerLength, Interview, isLabelledInterview } from './attribution/interview.ts';
import { EVIDENCE, NEWS_MEDIA_WORDS, PLATFORMS, RECORDINGS } from './lexicon/reporting.ts';

export interface ArticleInput {
  id: string;
  file: string;
  frontmatter: ArticleFrontmatter;
  blocks: { kind: 'paragraph' | 'heading'; text: string }[];
}

export interface SentenceInfo {
  id: string;
  index: number;
  paragraph: number;
  text: string;
  /** The sentence with its quotations blanked out, for reading the article's own words. */
  unquoted: string;
  /** Entity keys named in the sentence, in order. */
  names: { key: string; start: number; end: number; possessive: boolean }[];
}

export interface ClaimDraft {
  articleId: string;
  sentence: SentenceInfo;
  asserterKey: string;
  asserterText: string;
  lemma: string;
  cue: string;
  cueStart: number;
  cueEnd: number;
  rule: string;
  viaKey: string | undefined;
  mode: 'direct' | 'reported';
  subjectKeys: string[];
  /** Sentences wholly in quotation marks that carry the speaker's words on after the cue's sentence. */
  continued: SentenceInfo[];
}

export interface CitedDraft {
  key: string;
  articleId: string;
  form: string;
  channel: string | undefined;
  entityKey: string;
  citations: Citation[];
}

export interface ArticleDrafts {
  source: ArticleSource;
  sentences: SentenceInfo[];
  claims: ClaimDraft[];
  cited: CitedDraft[];
}

interface Party {
  key: string;
  kind: EntityKind;
  text: string;
  /** An unnamed single person ("a senior doctor"): a group among the entities, but "he" or "she" to what follows. */
  onePerson?: boolean;
  /** A collective named by a plural ("traders at two Santiago banks"): "they", never "it". */
  many?: boolean;
}

interface ResolvedName {
  mention: NameMention;
  key: string;
  kind: EntityKind;
}

/** Words before a role noun that do not tell one party of its sort from another: "the same company", "the Oslo-based company". */
const GENERIC_QUALIFIERS = new Set(['same', 'new', 'former', 'latter', 'other', 'whole', 'two', 'both', 'based']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
/** How many sentences a description waits for its name ("the defense minister ... Oleksii Reznikov said"). */
const BINDING_REACH = 2;

export function extractArticle(input: ArticleInput, drafts: EntityDrafts): ArticleDrafts {
  const split = input.blocks.map((block, p) => {
    // One compromise pass a paragraph gives both its sentences and their words.
    const parsed = parse(block.text);
    const spans = block.kind === 'heading' ? [{ text: block.text, start: 0, end: block.text.length }] : splitSentences(block.text, parsed);
    return { block, id: `p${p + 1}`, sentences: spans.map((span, s) => ({ id: `p${p + 1}s${s + 1}`, text: span.text, tokens: tokensIn(parsed.terms, span.start, span.end) })) };
  });
  const state = new ArticleState(input, drafts, namesInMidSentence(split.flatMap((p) => p.sentences.map((s) => s.tokens))));
  if (!isTitleCase(input.frontmatter.title)) state.headline(input.frontmatter.title, tokenize(input.frontmatter.title));
  split.forEach(({ block, sentences }, p) => {
    if (block.kind === 'paragraph') for (const s of sentences) state.read(s.id, p, s.text, s.tokens);
  });
  // Teasers of other stories are not the article's text, but the parties they name are mentioned on its page.
  input.frontmatter.related.forEach((line, r) => {
    if (!isTitleCase(line)) state.mentionsOnly(relatedId(r), line, tokenize(line));
  });
  const paragraphs: Paragraph[] = split.map(({ block, id, sentences }) => ({ id, kind: block.kind, sentences: sentences.map(({ id: sid, text }) => ({ id: sid, text })) }));
  const { title, date, outlet, url, standfirst, related } = input.frontmatter;
  const source: ArticleSource = {
    id: input.id,
    kind: 'article',
    file: input.file,
    title,
    ...(date === undefined ? {} : { date }),
    ...(outlet === undefined ? {} : { outlet }),
    ...(url === undefined ? {} : { url }),
    ...(standfirst === undefined ? {} : { standfirst }),
    related,
    paragraphs,
  };
  return { source, sentences: state.sentences, claims: state.claims, cited: [...state.cited.values()] };
}

class ArticleState {
  readonly sentences: SentenceInfo[] = [];
  readonly claims: ClaimDraft[] = [];
  readonly cited = new Map<string, CitedDraft>();
  private readonly discourse = new Discourse();
  private readonly interview: Interview;
  /** Claims whose asserter is a description still waiting for its name. */
  private pending: { key: string; kind: 'person' | 'organization'; claims: ClaimDraft[]; sentence: number; words: string[]; country: string | undefined } | undefined;
  private readonly input: ArticleInput;
  private readonly drafts: EntityDrafts;

  private readonly knownNames: ReadonlySet<string>;
  /** Acronyms given in brackets after a name, to the name's key: a later "NEMA" is the same party as the authority. */
  private readonly acronyms = new Map<string, string>();
  /** Who put out the latest source of each noun: "report" → Amnesty, for a later "the report said". */
  private readonly published = new Map<string, { key: string; sentence: number }>();
  /** Makers named before a model's code ("Airbus" of "Airbus A320neo"), whose lone name is then a business's. */
  private readonly makers = new Set<string>();
  /** The names the headline gives, by key: recorded only once the text speaks of them ("The company said"). */
  private readonly headlineNames = new Map<string, NameMention>();

  constructor(input: ArticleInput, drafts: EntityDrafts, knownNames: ReadonlySet<string>) {
    this.input = input;
    this.drafts = drafts;
    this.knownNames = knownNames;
    this.interview = new Interview(isLabelledInterview(input.blocks.map((b) => b.text)));
  }

  read(sentenceId: string, paragraph: number, text: string, tagged: readonly Token[]): void {
    const index = this.sentences.length;
    const opensParagraph = this.sentences.at(-1)?.paragraph !== paragraph;
    if (opensParagraph) this.interview.paragraph(text, () => this.discourse.lastPerson(index), (label) => this.discourse.personNamed(foldKey(label)));
    const names = this.fileNames(sentenceId, index, text, tagged);
    const tokens = withNamesTagged(tagged, names);
    for (const { noun, key } of publicationsIn(tokens, names.map((n) => ({ from: n.mention.nameFrom, to: n.mention.to, key: n.key })))) this.published.set(noun, { key, sentence: index });
    const info: SentenceInfo = {
      id: sentenceId,
      index,
      paragraph,
      text,
      unquoted: blankQuoted(text, tokens),
      names: names.map((n) => ({ key: n.key, start: n.mention.start, end: n.mention.end, possessive: tokens[n.mention.to - 1]?.possessive ?? false })),
    };
    this.sentences.push(info);
    if (this.interview.asking()) return;
    const form = citedFormIn(text, tokens);
    const made = new Set<string>();
    const isParty = (range: Range) => this.resolvable(range, tokens, names);
    const cues = findCues(tokens, isParty);
    const pending = withoutNested(cues);
    for (let i = 0; i < pending.length; i++) {
      const found = pending[i]!;
      // "A: We have found no evidence of that": the person interviewed speaking of themselves, whose answer this is.
      if (this.interview.answerer() !== undefined && found.party.to - found.party.from === 1 && FIRST_PERSON.has(tokens[found.party.from]!.lower)) continue;
      let cue = found;
      let party = this.itOpeningContent(cue, tokens, names, text, index) ?? this.resolve(cue.party, tokens, names, text, index, form);
      // "A Mombasa news website, citing three officials at the Treasury, reported": a relay that names no party
      // leaves the ones it cites to assert.
      if (!party && cue.citing) {
        cue = { ...cue, party: cue.citing, citing: undefined };
        party = this.resolve(cue.party, tokens, names, text, index, form);
      }
      // "According to a second post, the gang also claimed that ...", "An internal UN audit has found that ..., according
      // to a copy seen by this publication": an "according to" that names no party leaves the sentence's own verb to speak.
      if (!party && found.rule === 'according-to') pending.push(...cues.filter((other) => !pending.includes(other) && isInside(other, found) && other.party.from === found.content.from));
      // "Doorbell-camera footage from Marsh Lane shows ...": a recording no party is named behind shows what happened; it claims nothing.
      const recording = EVIDENCE.has(cue.lemma) && party?.kind === 'other' && tokens.slice(cue.party.from, cue.party.to).some((t) => RECORDINGS.has(t.lower));
      if (!party || made.has(party.key) || recording) continue;
      made.add(party.key);
      // "Ingrid Halvorsen, Vesterland’s minister for development cooperation, told": "the minister" later is her.
      const roles = appositiveRoles(tokens, cue);
      if (roles.length > 0) this.discourse.describe(party.key, roles);
      this.claims.push(this.claim(info, tokens, names, cue, party, form));
    }
    if (made.size === 0 && !this.answer(info, tokens, names, opensParagraph)) this.continueQuotation(info, tokens);
    if (made.size === 0) this.noteDescribedSubject(tokens, index);
  }

  /**
   * "The observer mission, which has 41 monitors, reached the pass. Its report found ...": a subject described as
   * a party already met, in a sentence that attributes nothing, is still whom "its" or "it" means next.
   */
  private noteDescribedSubject(tokens: readonly Token[], index: number): void {
    if (tokens[0]?.lower !== 'the') return;
    // The phrase's last word: lower-case nouns and adjectives up to a comma or the verb ("The observer mission,").
    let head = 1;
    while (head < 4 && tokens[head + 1] !== undefined && !/,\s*$/u.test(tokens[head]!.post) && !hasTag(tokens[head + 1], 'Verb') && !isCapitalised(tokens[head + 1]!) && hasTag(tokens[head + 1], 'Noun', 'Adjective')) head++;
    const noun = tokens[head];
    const ends = noun !== undefined && !isCapitalised(noun) && (/^,\s*$/u.test(noun.post) || hasTag(tokens[head + 1], 'Verb'));
    if (noun === undefined || !isRoleNoun(noun) || !ends || isPersonRole(noun)) return;
    const key = this.discourse.description(noun.lower, index, { country: undefined, kindWord: head > 1 ? kindWordOf(tokens[head - 1]) : undefined });
    if (key !== undefined) this.discourse.mention({ key, kind: this.kindOf(key), sentence: index, salient: true });
  }

  /**
   * A sentence of an interview's answer that attributes nothing itself: the
   * answer's first sentence is a claim of the person interviewed, cued by its
   * marker ("A:"), and the sentences after it in the paragraph carry it on.
   */
  private answer(info: SentenceInfo, tokens: readonly Token[], names: readonly ResolvedName[], opensParagraph: boolean): boolean {
    const key = this.interview.answerer();
    if (key === undefined) return false;
    if (!opensParagraph) {
      const last = this.claims.at(-1);
      if (last?.rule !== 'interview-answer' || last.sentence.paragraph !== info.paragraph) return false;
      last.continued.push(info);
      return true;
    }
    const marker = answerMarkerLength(info.text);
    const content = tokens.findIndex((t) => t.start >= marker);
    if (content <= 0) return false;
    const cue: Cue = { rule: 'interview-answer', lemma: 'answer', cue: { from: 0, to: content }, party: { from: 0, to: content }, citing: undefined, content: { from: content, to: tokens.length } };
    const markerText = info.text.slice(0, marker).trim();
    const draft = this.claim(info, tokens, names, cue, { key, kind: this.kindOf(key), text: markerText }, undefined);
    // An answer prints the interviewee's own words, as a quotation would.
    this.claims.push({ ...draft, cue: markerText, cueEnd: markerText.length, mode: 'direct' });
    return true;
  }

  /**
   * `“..., ” Sæther told reporters. “The second half will be tougher.”`: a
   * sentence wholly in quotation marks, right after a claimed sentence that
   * quotes its speaker, in the same paragraph, carries on the same words.
   */
  private continueQuotation(info: SentenceInfo, tokens: readonly Token[]): void {
    const last = this.claims.at(-1);
    const previous = last?.continued.at(-1) ?? last?.sentence;
    // Opening its own quotation, or going on inside one the sentence before left open (“... 70 percent. We produce ...”).
    const wholly = tokens.length > 0 && tokens.every((t) => t.quoted) && (/^\s*[“"]/u.test(info.text) || last !== undefined && leavesQuoteOpen([last.sentence, ...last.continued].map((s) => s.text).join(' ')));
    const quoting = previous !== undefined && previous.unquoted !== previous.text;
    if (!last || !previous || !wholly || !quoting || previous.index !== info.index - 1 || previous.paragraph !== info.paragraph) return;
    last.continued.push(info);
  }

  /**
   * The organisations a headline names are what the article is about: "the club" may be the one it names, not the
   * opponent named last. Only organisations: a headline's lone surname or first name would stand in the way of the
   * full name the text gives. The page shows the headline apart, so its names are not mentions of the text.
   */
  headline(text: string, tokens: readonly Token[]): void {
    for (const mention of findNames(text, tokens, this.knownNames)) {
      const key = EntityDrafts.keyOf(mention.text, mention.kind);
      if (mention.kind === 'organization') this.discourse.mention({ key, kind: mention.kind, sentence: HEADLINE, salient: false });
      if (!this.headlineNames.has(key)) this.headlineNames.set(key, mention);
      // A name the headline opens with may not be known for a body's yet ("Vantoro freezes withdrawals"): what the text makes of it decides.
      // A person's full name settles whom a surname three relatives share means ("Mirela Vantu ... dies at 71").
      if (mention.kind !== 'person' || mention.text.includes(' ')) this.discourse.headlines(key);
    }
  }

  /** Records the names of a line that is not read for claims (a teaser headline). */
  mentionsOnly(lineId: string, text: string, tokens: readonly Token[]): void {
    for (const mention of findNames(text, tokens, this.knownNames)) {
      this.drafts.record(EntityDrafts.keyOf(mention.text, mention.kind), mention.text, { kind: mention.kind, certainty: mention.certainty }, { sourceId: this.input.id, sentenceId: lineId, text: mention.text, start: mention.start, end: mention.end }, mention.descriptor, mention.acronym);
    }
  }

  private fileNames(sentenceId: string, index: number, text: string, tokens: readonly Token[]): ResolvedName[] {
    const firstVerb = tokens.findIndex((t) => t.tags.has('Verb') && !t.quoted);
    const byline = isByline(tokens);
    // "PRITCHARD: Every night.": a speaker's label in an interview names no one anew.
    const label = this.interview.asking() || this.interview.answerer() !== undefined ? answerMarkerLength(text) : 0;
    const mentions = findNames(text, tokens, this.knownNames).filter((m) => m.start >= label && (!byline || !NEWSROOM_ROLES.has(m.text.split(' ').at(-1)!.toLowerCase())));
    // "Ostrakan’s state broadcaster, OTV, went further": the owner opening the sentence is not its subject, the name
    // in apposition is (but "Taren Zarelver’s claims have sparked debate" are still about her).
    const [first, second] = mentions;
    const subject = first !== undefined && tokens[first.to - 1]?.possessive && second?.apposed !== undefined && /^,\s*$/u.test(tokens[second.from - 1]?.post ?? '') ? 1 : 0;
    return mentions.map((mention, position) => {
      const lone = !mention.text.includes(' ');
      const surname = lone ? this.discourse.personBySurname(foldKey(mention.text), describingWords(mention.descriptor).map((w) => w.replace(/\.$/u, ''))) : undefined;
      // "Verabrook said" after "Verabrook Nutrition": unless the word is surely a place's or a person's name.
      // Nor is "Velmora" the office its possessive opened: "Velmora’s Ministry of Foreign Affairs".
      const ownedBy = (key: string) => [...(this.drafts.get(key)?.names.keys() ?? [])].some((name) => /^(?:\S+\s){0,2}\S+['’]s\s/u.test(name));
      // "Lantern Ridge said" after "Lantern Ridge Research": the first words of a body's name, whatever their own
      // words suggest ("Ridge"); not a name known for a person's, nor a place, known ("New York" is not the New York Times),
      // written as one ("authorized in St. Corwen") or taken for one before.
      const placed = LOCATIVE.has(tokens[mention.nameFrom - 1]?.lower ?? '') || this.sureKindOf(foldKey(mention.text)) === 'place';
      const firstWords = !lone && mention.text.split(' ').length <= 3 && !(mention.kind === 'person' && mention.certainty > 0) && !placed && countryOf(mention.text) === undefined && !isKnownPlace(mention.text);
      // Not "The Welsh government": a people's word.
      const peoples = lone && isPeoplesWord(mention.text);
      const shortForm = !peoples && (firstWords || lone && surname === undefined && !(mention.certainty === 2 && mention.kind !== 'organization')) ? this.discourse.organizationByFirstWord(foldKey(mention.text), (key) => isOutletKey(key) || ownedBy(key)) : undefined;
      // A country's word or an acronym is no one's first name: "Russian", "MP".
      const firstName = lone && surname === undefined && shortForm === undefined && countryByWord(mention.text) === undefined && !/^\p{Lu}+$/u.test(mention.text) ? this.discourse.personByFirstName(foldKey(mention.text)) : undefined;
      const person = surname ?? firstName;
      // "a Sorensen-Hale SH-520 … Sorensen-Hale said": the name a model's code came after is its maker's (not "a Bayraktar").
      const maker = lone && person === undefined && this.makers.has(foldKey(mention.text)) && !['a', 'an', 'the'].includes(tokens[mention.nameFrom - 1]?.lower ?? '');
      // "The Inspectorate put the average class at 34.5" after "the Schools Inspectorate": its head word, capitalised.
      // Not a name being introduced ("Hospital (PMCH)").
      const backReference = lone && tokens[mention.nameFrom - 1]?.lower === 'the' && mention.acronym === undefined && ORGANIZATION_HEADS.has(foldKey(mention.text));
      const byHead = backReference ? this.discourse.bodyEndingIn(foldKey(mention.text), index) : undefined;
      // "the DM" after "District Magistrate (DM) K. R. Menon": an acronym is of the kind it stands for, when that is known.
      const expanded = person ?? shortForm ?? byHead ?? this.acronyms.get(foldKey(mention.text));
      // "ordered Vantoro to stop": a name's kind only guessed here is the one the article made sure of before.
      const known = expanded ?? (mention.certainty === 0 ? EntityDrafts.keyOf(mention.text, mention.kind) : undefined);
      const kind: EntityKind = person !== undefined ? 'person' : shortForm !== undefined || byHead !== undefined || maker ? 'organization' : known !== undefined ? this.sureKindOf(known) ?? mention.kind : mention.kind;
      const key = expanded ?? EntityDrafts.keyOf(mention.text, kind);
      const acronym = mention.acronym ?? mention.knownAs;
      if (acronym !== undefined) this.acronyms.set(foldKey(acronym), key);
      if (mention.maker !== undefined) this.makers.add(foldKey(mention.maker));
      this.drafts.record(key, mention.text, { kind, certainty: surname === undefined && !maker ? mention.certainty : 2 }, {
        sourceId: this.input.id,
        sentenceId,
        text: mention.text,
        start: mention.start,
        end: mention.end,
      }, mention.descriptor, acronym);
      if (mention.withArticle) this.drafts.get(key)!.names.set(mention.withArticle, 0);
      // A name inside a quotation is what the speaker talks about, never who "she" in `“...,” she says` is.
      const quoted = tokens.some((t) => t.quoted && t.start <= mention.start && mention.start < t.end);
      const pronoun = kind === 'person' ? pronounOf(tokens, mention) : undefined;
      if (pronoun !== undefined) this.discourse.knownAs(key, pronoun.pronoun, pronoun.byTitle);
      if (!PLATFORMS.has(mention.text.toLowerCase()) && !quoted) {
        // "The jury then heard from Kerry Nolan, 29, a night-shift loader": a person brought in with an age is
        // whom the next "she" is likeliest to mean.
        const introduced = kind === 'person' && agedAfter(tokens, mention.to);
        const salient = introduced || position === subject && (firstVerb < 0 ? !byline : mention.nameFrom < firstVerb);
        this.discourse.mention({ key, kind, sentence: index, start: mention.start, salient }, [...describingWords(mention.descriptor), ...roleWordsOf(mention.text), ...[mention.apposed, mention.runs].filter((w) => w !== undefined), ...(maker ? ['manufacturer'] : [])]);
      }
      return { mention, key, kind };
    });
  }

  /** Whether a phrase could name a party at all, before resolving it. */
  private resolvable(range: Range, tokens: readonly Token[], names: readonly ResolvedName[]): boolean {
    return readPhrase(tokens, range, nameRanges(names)).kind !== 'none';
  }

  /** The party a cue's phrase stands for, or nothing when the phrase names no party ("this figure"). */
  private resolve(written: Range, tokens: readonly Token[], names: readonly ResolvedName[], text: string, index: number, form: CitedForm | undefined): Party | undefined {
    const whole = withoutPlatform(tokens, written);
    const range = withoutPartitive(tokens, whole);
    const ends = nameEnds(names);
    const phrase = phraseText(text, tokens, whole.from, whole.to);
    // "The group said it had shared its findings with Interpol": Interpol, named after the phrase, is not whom it means.
    this.discourse.readingAt(index, tokens[range.to - 1]!.end);
    const { kind, head: headIndex } = readPhrase(tokens, range, nameRanges(names));
    const head = tokens[headIndex]!;
    const unnamed = kind === 'description' || kind === 'group';
    // "the group, which calls itself Chorna Khmara, said": the party described is the one so named, from the start.
    const selfNamed = unnamed ? nameItGoesBy(whole, tokens, names) : undefined;
    if (selfNamed !== undefined) {
      const described = kind === 'group' ? this.group(phrase, head.lower).key : this.describe({ from: range.from, to: headIndex + 1 }, tokens, names, phrase, index)?.key;
      for (const claim of this.claims) if (claim.asserterKey === described) claim.asserterKey = selfNamed.key;
      const named = this.drafts.record(selfNamed.key, selfNamed.mention.text, { kind: 'organization', certainty: 2 }, undefined);
      // "a Ukrainian partisan group" stays a way to find it.
      const forms = described === undefined ? [] : this.drafts.get(described)?.names.keys() ?? [];
      for (const form of forms) named.descriptors.add(form);
      this.discourse.describe(selfNamed.key, [head.lower]);
      return { key: selfNamed.key, kind: 'organization', text: phrase };
    }
    // One person's name after "sources close to the Chancellor" names the Chancellor, not the sources.
    const apposed = unnamed && !hasTag(head, 'Plural') ? apposedPerson(whole, tokens, names) : undefined;
    if (apposed !== undefined) {
      // "said the party’s chairwoman, Oyunaa Batsaikhan": the person named, known from now on by the description too.
      this.discourse.describe(apposed.key, [head.lower]);
      this.drafts.get(apposed.key)?.descriptors.add(phrase.replace(/^the\s+/iu, ''));
      return { key: apposed.key, kind: apposed.kind, text: phrase };
    }
    switch (kind) {
      case 'name': {
        // "Lucía Fernández of the Institute for Democratic Studies": the person speaks, not the institute.
        // "World Athletics president Sebastian Coe": the person the phrase ends with, before any other.
        // "Professor Helen Strand of Calder State's department of neurology": a person before a description of where they work.
        // "Ben Hollis of the Harbourne Echo": the person the phrase is headed by, whatever the name after "of" was taken for.
        const inside = names.filter((n) => n.mention.nameFrom >= range.from && n.mention.to <= range.to);
        const atHead = headIndex < range.to - 1 ? ends.get(headIndex + 1) : undefined;
        const last = ends.get(range.to);
        const named = [atHead, last].find((n) => n?.kind === 'person') ?? inside.find((n) => n.kind === 'person') ?? last ?? inside[0]!;
        return { key: named.key, kind: named.kind, text: phrase };
      }
      case 'pronoun': {
        const key = this.discourse.pronoun(OBJECT_PRONOUNS.get(head.lower) ?? head.lower, index);
        return key === undefined ? undefined : { key, kind: this.kindOf(key), text: phrase };
      }
      case 'description':
        return this.describe({ from: range.from, to: headIndex + 1 }, tokens, names, phrase, index);
      case 'group':
        // "Its market monitors" is named by whose they are: "World Food Programme’s market monitors".
        return { ...this.group(this.ownedByPronoun(range, tokens, phrase, index), head.lower), onePerson: isPersonRole(head), many: hasTag(head, 'Plural') };
      case 'source':
        return this.author(range, tokens, names, text, index, form) ?? this.owner(range, tokens, ends, phrase, index, head.lower, form);
      case 'none':
        return undefined;
    }
  }

  /** "the blogger": the party so described; "Ukraine's defense minister" may wait for its name. */
  private describe(range: Range, tokens: readonly Token[], names: readonly ResolvedName[], phrase: string, index: number): Party | undefined {
    const headToken = tokens[range.to - 1]!;
    const head = headToken.lower;
    const qualifying = tokens.slice(range.from, range.to - 1).filter((t) => !['the', 'this', 'that', 'his', 'her', 'its', 'their'].includes(t.lower));
    const qualifiers = qualifying.map((t) => t.lower);
    // A demonym of a place the article never names still sets the party apart: "the Lutavian presidency" is not the Drevnian one.
    // Not a place joined to a word after it: "the Duvermi-based company".
    const demonym = qualifying.find((t) => isCapitalised(t) && DEMONYM_ENDING.test(t.lower) && !/^-/u.test(t.post));
    const country = qualifiers.map(countryByWord).find((c) => c !== undefined) ?? qualifying.filter(isCapitalised).map((t) => this.placeOfDemonym(t.lower)).find((c) => c !== undefined) ?? demonym?.lower;
    // "Bolea's office", "the nurses' union", "the hospital board": someone's in particular, not whoever came last.
    // A place does not set a party apart: "the San Francisco startup" is the one the article is about.
    // The owner may be a name not yet known as one: "Adeyemi's campaign" opening a sentence.
    // "Her lawyer" is not whoever "her" is.
    const owner = names.find((n) => n.mention.from >= range.from && n.mention.to < range.to && tokens[n.mention.to - 1]!.possessive);
    const owned = owner !== undefined || qualifying.some((t) => t.possessive) || POSSESSIVE_PRONOUNS.has(tokens[range.from]!.lower);
    const qualified = qualifying.some((t) => !GENERIC_QUALIFIERS.has(t.lower) && !isCapitalised(t) && demonymOf(t.lower) === undefined);
    const age = isAge(tokens, range.to - 1);
    // "The head of the regional board": the head of a body in particular, not the person who spoke last.
    const ofBody = tokens[range.to]?.lower === 'of';
    // "Tremblay's campaign" is not whichever campaign spoke last: a named owner's body is a party of its own.
    // "the regional health authority" is not the disaster management authority named before.
    const kindWord = kindWordOf(qualifying.at(-1));
    const ownersBody = owner !== undefined ? this.discourse.bodyOf(owner.key, head, index) : undefined;
    const key = ownersBody ?? (owned && !isPersonRole(headToken) ? undefined : this.discourse.description(head, index, { country, owned: owned || ofBody || qualified && !age, personal: age || isPersonRole(headToken), kindWord }));
    if (key !== undefined) {
      // Once "the Oslo-based company" is Nordvik, a later "the company" is Nordvik too.
      this.discourse.describe(key, [head]);
      return { key, kind: this.kindOf(key), text: phrase };
    }
    const personal = isPersonRole(headToken);
    const countryBody = country !== undefined && !personal;
    // "Italy's coastguard", "Cambodia's state broadcaster": a country's body, unnamed, is still an organisation.
    const waiting = this.group(this.ownedByPronoun(range, tokens, phrase, index), head, countryBody && !hasTag(headToken, 'Plural') ? 'organization' : 'group');
    // A person described but not yet named ("Ukraine's defense minister"): the name may come in the next sentences.
    // "Adeyemi's campaign" is a party of its own, not someone named later. So may a country's body: "Mongolia’s
    // main opposition party" opening an article, before "the Democratic Renewal Party (DRP) told a news conference".
    if ((names.some((n) => n.mention.from >= range.from && n.mention.to <= range.to) || country !== undefined) && personal || countryBody) {
      this.pending = { key: waiting.key, kind: personal ? 'person' : 'organization', claims: [], sentence: index, words: [...qualifiers, head], country };
    }
    // "The governor said ... He said ...": one person, whom "he" or "she" stands for.
    return { ...waiting, onePerson: personal };
  }

  /**
   * "the Ostrakani ministry" after "Ostrakan’s Foreign Ministry": the key of a one-word name the article gives, which
   * a word the gazetteer does not know extends by a demonym's ending.
   */
  private placeOfDemonym(word: string): string | undefined {
    const stem = DEMONYM_ENDING.exec(word)?.[1];
    return stem === undefined || countryByWord(word) !== undefined ? undefined : [...this.drafts.byKey.keys()].find((key) => !key.includes(' ') && word.startsWith(key) && word.length > key.length && key.length >= stem.length);
  }

  /**
   * "His office", "her lawyer": the party is named after its owner, the one the
   * pronoun stands for ("Graham Thwaite’s office"), or every "his office" of
   * the corpus would be one entity.
   */
  private ownedByPronoun(range: Range, tokens: readonly Token[], phrase: string, index: number): string {
    const pronoun = tokens[range.from]!.lower;
    if (!POSSESSIVE_PRONOUNS.has(pronoun)) return phrase;
    const key = this.discourse.pronoun(subjectPronoun(pronoun), index);
    const names = key === undefined ? undefined : this.drafts.get(key)?.names;
    if (names === undefined || names.size === 0) return phrase;
    // The form the article uses most, the shorter of two: "Thwaite" once "MP Graham Thwaite" has been introduced.
    const owner = [...names].reduce((a, b) => (b[1] > a[1] || b[1] === a[1] && b[0].length < a[0].length ? b : a))[0];
    return `${owner}’s ${phrase.slice(tokens[range.from + 1]!.start - tokens[range.from]!.start)}`;
  }

  /**
   * An unnamed party. A described one is described by its head noun too, so that "the ministry" finds "Iceland's
   * foreign ministry" again; a bare "the group" is not, so that a later "the group" may still find a named one.
   */
  private group(phrase: string, head: string, kind: 'group' | 'organization' | 'other' = 'group'): Party {
    // "A Dublin radio station" opening a sentence is "a Dublin radio station" anywhere else.
    const name = phrase.replace(/^the\s+/iu, '').replace(/^An?\s/u, (article) => article.toLowerCase());
    const key = EntityDrafts.keyOf(name, kind);
    this.drafts.record(key, name, { kind, certainty: 2 }, undefined);
    if (name.toLowerCase() !== head) this.discourse.describe(key, [head]);
    return { key, kind, text: phrase };
  }

  /** "A post by an anonymous member of a community group on Facebook": the party after "by", up to where it was put out. */
  private author(range: Range, tokens: readonly Token[], names: readonly ResolvedName[], text: string, index: number, form: CitedForm | undefined): Party | undefined {
    const by = tokens.findIndex((t, k) => k > range.from && k < range.to - 1 && t.lower === 'by');
    if (by < 0) return undefined;
    const on = tokens.findIndex((t, k) => k > by + 1 && k < range.to && t.lower === 'on');
    const author = this.resolve({ from: by + 1, to: on > 0 ? on : range.to }, tokens, names, text, index, form);
    return author && { ...author, text: phraseText(text, tokens, range.from, range.to) };
  }

  /** "their statement", "the statement", "U.S. intelligence": whose source it is. */
  private owner(range: Range, tokens: readonly Token[], ends: ReadonlyMap<number, ResolvedName>, phrase: string, index: number, noun: string, form: CitedForm | undefined): Party | undefined {
    // "A post by ... on Facebook": the platform is where it was put out, not who put it out.
    for (let k = range.to - 1; k > range.from; k--) {
      const named = ends.get(k);
      if (named && !PLATFORMS.has(named.mention.text.toLowerCase())) return { key: named.key, kind: named.kind, text: phrase };
    }
    // "ABS recorded crime data show": the name before the participle put the data out.
    const maker = hasTag(tokens[range.from - 1], 'PastTense', 'Participle') ? ends.get(range.from - 1) : undefined;
    if (maker) return { key: maker.key, kind: maker.kind, text: phrase };
    // "according to the commission’s final figures": the body described, met before.
    const describedOwner = tokens.slice(range.from, range.to - 1).find((t) => t.possessive && ROLE_NOUNS.has(t.lower.replace(/[’']s?$/u, '')));
    const ownerKey = describedOwner && this.discourse.description(describedOwner.lower.replace(/[’']s?$/u, ''), index, { country: undefined, owned: true });
    if (ownerKey !== undefined) return { key: ownerKey, kind: this.kindOf(ownerKey), text: phrase };
    const possessive = tokens.slice(range.from, range.to).find((t) => POSSESSIVE_PRONOUNS.has(t.lower));
    if (possessive) {
      const key = this.discourse.pronoun(subjectPronoun(possessive.lower), index);
      if (key !== undefined) return { key, kind: this.kindOf(key), text: phrase };
    }
    const definite = tokens[range.from]?.lower === 'the';
    // "The report said ..." after "Amnesty International published a report"; "Ashgrove published a report alleging".
    const published = this.published.get(sourceNoun(noun));
    // A place puts nothing out: "a preliminary report by its regional office in Butuan City".
    const publisher = (definite || published?.sentence === index) && published !== undefined && this.kindOf(published.key) !== 'place' ? published.key : undefined;
    if (publisher !== undefined) return { key: publisher, kind: this.kindOf(publisher), text: phrase };
    const earlier = [...this.cited.values()].reverse().find((c) => c.form === noun || form?.form === c.form);
    if (earlier) return { key: earlier.entityKey, kind: this.kindOf(earlier.entityKey), text: phrase };
    // "the statement" is the one just reported; "data" or "a report" may be anyone's.
    const last = this.claims.at(-1);
    if (last && definite && index - last.sentence.index <= 2) return { key: last.asserterKey, kind: this.kindOf(last.asserterKey), text: phrase };
    // "according to leaked commercial documents": a source no one is named behind, described well enough
    // to be told from any other, speaks for itself; "the report", "their statement" or "the Tajik statement"
    // whose party is not found is no one.
    const describing = (t: Token) => !['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their'].includes(t.lower) && demonymOf(t.text) === undefined;
    const described = tokens.slice(range.from, range.to).filter(describing).length >= 2;
    return described ? this.group(phrase, noun, 'other') : undefined;
  }

  private kindOf(key: string): EntityKind {
    return this.strongestVote(key)?.kind ?? 'other';
  }

  /** The kind of a party, unless only guessed. */
  private sureKindOf(key: string): EntityKind | undefined {
    const vote = this.strongestVote(key);
    return vote !== undefined && vote.certainty > 0 ? vote.kind : undefined;
  }

  private strongestVote(key: string): KindVote | undefined {
    const votes = this.drafts.get(key)?.votes ?? [];
    return votes.reduce<KindVote | undefined>((best, v) => (best === undefined || v.certainty > best.certainty ? v : best), undefined);
  }

  private claim(info: SentenceInfo, tokens: readonly Token[], names: readonly ResolvedName[], cue: Cue, party: Party, form: CitedForm | undefined): ClaimDraft {
    this.bindPending(party, info.index, names);
    const cueStart = tokens[cue.cue.from]!.start;
    const cueEnd = tokens[cue.cue.to - 1]!.end;
    const content = tokens.slice(cue.content.from, cue.content.to);
    const quotedShare = content.length === 0 ? 0 : content.filter((t) => t.quoted).length / content.length;
    const contentStart = content[0]?.start ?? 0;
    const contentEnd = content.at(-1)?.end ?? info.text.length;
    const named = names.filter((n) => n.mention.start >= contentStart && n.mention.end <= contentEnd && !PLATFORMS.has(n.mention.text.toLowerCase())).map((n) => n.key);
    const subjectKeys = [...new Set([...named, ...this.describedIn(tokens, cue.content, info.index)])].filter((k) => k !== party.key);
    let asserter = party;
    let viaKey: string | undefined;
    if (cue.citing) {
      // "AP said, citing a senior administration official": the official asserts, through the AP's report.
      const cited = this.resolve(cue.citing, tokens, names, info.text, info.index, undefined);
      if (cited && readPhrase(tokens, cue.citing, []).kind !== 'source') {
        // "said, citing X", "X" before the verb ("..., citing X, reported"), or "X quoted by the daily said".
        const relayed = tokens[cue.citing.from - 1]?.lower === 'citing' ? cue.citing.from - 1 : cue.citing.to;
        const words = cue.citing.from < cue.cue.from ? sliceText(info.text, tokens, relayed, cue.cue.to) : sliceText(info.text, tokens, cue.cue.from, cue.citing.to);
        viaKey = this.citedSource(info, { form: 'report', channel: undefined, words }, party.key);
        asserter = cited;
      }
    }
    if (viaKey === undefined) {
      const sourceForm = form ?? (readPhrase(tokens, cue.party, []).kind === 'source' ? { form: tokens[cue.party.to - 1]!.lower.replace(/s$/u, ''), channel: undefined, words: asserter.text } : undefined);
      if (sourceForm) viaKey = this.citedSource(info, sourceForm, asserter.key);
    }
    this.discourse.asserted(asserter.key, asserter.kind, info.index, asserter);
    for (const key of [party.key, asserter.key, ...subjectKeys]) this.recordIfHeadlined(key);
    const draft: ClaimDraft = {
      articleId: this.input.id,
      sentence: info,
      asserterKey: asserter.key,
      asserterText: asserter.text,
      lemma: cue.lemma,
      cue: info.text.slice(cueStart, cueEnd),
      cueStart,
      cueEnd,
      rule: cue.rule,
      viaKey,
      mode: quotedShare >= 0.6 ? 'direct' : 'reported',
      subjectKeys: subjectKeys.filter((k) => k !== asserter.key),
      continued: [],
    };
    if (this.pending?.key === asserter.key) this.pending.claims.push(draft);
    return draft;
  }

  /**
   * "The bank will announce its decision on Sept. 16, it said.": "it" after what it said is the body the words
   * open with, not whatever was named last.
   */
  private itOpeningContent(cue: Cue, tokens: readonly Token[], names: readonly ResolvedName[], text: string, index: number): Party | undefined {
    const [article, noun] = [tokens[cue.content.from], tokens[cue.content.from + 1]];
    const lonePronoun = cue.rule === 'inverted-verb' && cue.party.to - cue.party.from === 1 && tokens[cue.party.from]!.lower === 'it';
    if (!lonePronoun || article?.lower !== 'the' || noun === undefined || !isRoleNoun(noun) || isPersonRole(noun) || !hasTag(tokens[cue.content.from + 2], 'Verb')) return undefined;
    const party = this.resolve({ from: cue.content.from, to: cue.content.from + 2 }, tokens, names, text, index, undefined);
    return party !== undefined && this.kindOf(party.key) === 'organization' ? { ...party, text: tokens[cue.party.from]!.text } : undefined;
  }

  /** A party only the headline names, which "the company" has just found, becomes an entity like any other. */
  private recordIfHeadlined(key: string): void {
    const mention = this.headlineNames.get(key);
    if (mention === undefined || this.drafts.get(key) !== undefined) return;
    this.drafts.record(key, mention.text, { kind: mention.kind, certainty: mention.certainty }, undefined, mention.descriptor, mention.acronym);
  }

  /** Parties a claim's content refers to by description: "the Norwegian firm booked revenue ..." */
  private describedIn(tokens: readonly Token[], content: Range, index: number): string[] {
    const keys: string[] = [];
    for (let k = content.from; k < content.to; k++) {
      const token = tokens[k]!;
      if (token.lower !== 'the' || token.quoted) continue;
      let head = k + 1;
      while (head < content.to && hasTag(tokens[head], 'Adjective') && !ROLE_NOUNS.has(tokens[head]!.lower)) head++;
      const noun = tokens[head];
      if (!noun || !ROLE_NOUNS.has(noun.lower) || hasTag(noun, 'Plural') || tokens[head + 1]?.lower === 'of') continue;
      const qualifier = tokens.slice(k + 1, head).map((t) => countryByWord(t.text)).find((c) => c !== undefined);
      const key = this.discourse.description(noun.lower, index, { country: qualifier });
      if (key !== undefined) keys.push(key);
    }
    return keys;
  }

  /**
   * A named person asserting right after a waiting description takes it over; so does a body named for the
   * first time, in the sentence of the next claim, whose name ends in the description's noun and gives no
   * other country ("... Renewal Party").
   */
  private bindPending(party: Party, index: number, names: readonly ResolvedName[]): void {
    const pending = this.pending;
    if (!pending || index === pending.sentence) return;
    if (index - pending.sentence > BINDING_REACH) {
      this.pending = undefined;
      return;
    }
    // The body may be named inside the asserting phrase: "Leaders of the Democratic Renewal Party (DRP) told".
    const key = pending.kind === 'person' ? (party.kind === 'person' ? party.key : undefined) : names.find((n) => n.kind === 'organization' && this.namesBody(n.key, pending))?.key;
    if (key === undefined) return;
    for (const claim of pending.claims) claim.asserterKey = key;
    this.discourse.describe(key, pending.words);
    const draft = this.drafts.get(key);
    if (draft && pending.claims[0]) draft.descriptors.add(pending.claims[0].asserterText);
    this.pending = undefined;
  }

  private namesBody(key: string, pending: { words: string[]; sentence: number; country: string | undefined }): boolean {
    const words = key.split(' ');
    const countries = words.map(countryByWord).filter((c) => c !== undefined);
    return words.at(-1) === pending.words.at(-1) && countries.every((c) => c === pending.country) && !this.discourse.mentionedBy(key, pending.sentence);
  }

  private citedSource(info: SentenceInfo, form: CitedForm, entityKey: string): string {
    const key = `${this.input.id} ${form.form} ${form.channel ?? ''} ${entityKey}`;
    let cited = this.cited.get(key);
    if (!cited) {
      cited = { key, articleId: this.input.id, form: form.form, channel: form.channel, entityKey, citations: [] };
      this.cited.set(key, cited);
    }
    cited.citations.push({ articleId: this.input.id, sentenceId: info.id, words: form.words });
    return key;
  }
}

/** Whether a claim's sentences open a quotation they do not close: the next sentence is still inside it. */
function leavesQuoteOpen(text: string): boolean {
  return (text.match(/“/gu)?.length ?? 0) > (text.match(/”/gu)?.length ?? 0);
}

/** A cue whose content lies before it ("..., AP said") governs the whole sentence up to it. */
function governsBackwards(cue: Cue): boolean {
  return cue.rule === 'inverted-verb' || cue.rule === 'quote-dash-speaker' || cue.rule === 'according-to' && cue.content.to <= cue.cue.from;
}

/**
 * Cues inside what another cue reports are part of its content, not claims of their own; but not what a
 * recording shows someone saying ("A video of X telling ... that ... has been viewed ..., according to Y").
 * Evidence inside what a party says is always the party's to cite: "a video that it said showed ...".
 */
function withoutNested(cues: readonly Cue[]): Cue[] {
  const governed = (cue: Cue, other: Cue) => EVIDENCE.has(cue.lemma) || governsBackwards(other) || other.cue.from < cue.cue.from && !governsBackwards(cue);
  return cues.filter((cue) => !cues.some((other) => other !== cue && isInside(cue, other) && governed(cue, other)));
}

/** Parties that exist only on a platform. */
const PLATFORM_DWELLERS = new Set(['account', 'accounts', 'user', 'users', 'channel', 'channels', 'page', 'pages']);

/** "an anonymous member of a community group on Facebook": where the party posted is no part of who it is. */
function withoutPlatform(tokens: readonly Token[], range: Range): Range {
  const [where, platform] = [tokens[range.to - 2], tokens[range.to - 1]];
  // But "dozens of accounts on X" are who they are there.
  const posted = range.to - range.from > 3 && ['on', 'via'].includes(where?.lower ?? '') && PLATFORMS.has(platform?.lower ?? '') && !PLATFORM_DWELLERS.has(tokens[range.to - 3]?.lower ?? '');
  return posted ? { from: range.from, to: range.to - 2 } : range;
}

/** How a demonym ends, after its place's stem: "Ostrakan-i", "Velmora-n", "Lutav-ian". */
const DEMONYM_ENDING = /^(.{4,}?)(?:i|n|an|ian|ese|ish|ic)$/u;

/** A noun compounded with a description's head ("health" in "the regional health authority"), which the party must be known by. */
function kindWordOf(modifier: Token | undefined): string | undefined {
  return modifier !== undefined && !isCapitalised(modifier) && hasTag(modifier, 'Noun') && !hasTag(modifier, 'Adjective', 'Possessive') ? modifier.lower : undefined;
}

/** Whether a cue stands inside what another cue says. */
function isInside(cue: Cue, other: Cue): boolean {
  return cue.rule !== 'recorded-speech' && other.content.from <= cue.cue.from && cue.cue.from < other.content.to;
}

/**
 * The person whose name follows a description in apposition and closes the
 * sentence or its clause: "according to its medical director, Dr Inês
 * Macuácua." Not a name that goes on ("the ministry, Kyiv says, ...").
 */
function apposedPerson(phrase: Range, tokens: readonly Token[], names: readonly ResolvedName[]): ResolvedName | undefined {
  if (!/,\s*$/u.test(tokens[phrase.to - 1]?.post ?? '')) return undefined;
  // "One survivor, identified by the IOM only as Mamadou, said": the name the description was given.
  const as = IDENTIFIED.has(tokens[phrase.to]?.lower ?? '') ? tokens.findIndex((t, k) => k > phrase.to && k - phrase.to <= 8 && t.lower === 'as') : -1;
  const from = as > 0 && !tokens.slice(phrase.to, as).some((t) => /[,;]/u.test(t.post)) ? as + 1 : phrase.to;
  const name = names.find((n) => n.kind === 'person' && n.mention.from === from);
  if (name === undefined) return undefined;
  return name.mention.to >= tokens.length || /^[,.;!?]/u.test(tokens[name.mention.to - 1]!.post.trim()) ? name : undefined;
}

/** The name a described body goes by, given after it: "the group, which calls itself Chorna Khmara,", "the network, known as Atesh,". */
function nameItGoesBy(phrase: Range, tokens: readonly Token[], names: readonly ResolvedName[]): ResolvedName | undefined {
  if (!/,\s*$/u.test(tokens[phrase.to - 1]?.post ?? '')) return undefined;
  const words = tokens.slice(phrase.to, phrase.to + 3).map((t) => t.lower);
  const naming = words[0] === 'which' && ['calls', 'called'].includes(words[1] ?? '') && words[2] === 'itself' ? 3 : words[0] === 'known' && words[1] === 'as' ? 2 : 0;
  return naming > 0 ? names.find((n) => n.mention.from === phrase.to + naming) : undefined;
}

/** Participles that give an unnamed person's name after "as": "identified only as Mamadou". */
const IDENTIFIED = new Set(['identified', 'named', 'known']);

/** The id of the r-th teaser headline of an article, as mentions refer to it. */
export function relatedId(r: number): string {
  return `r${r + 1}`;
}

/** "Operation Rising Lion: Why and How Israel Attacked Iran": capitals everywhere say nothing about names. */
function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/u).filter((w) => w.length > 3);
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

/** The token ranges of the names, an acronym in brackets included. */
function nameRanges(names: readonly ResolvedName[]): Range[] {
  return names.map((n) => ({ from: n.mention.nameFrom, to: endWithAcronym(n) }));
}

/** Where a name ends, with the acronym in brackets after it ("(AP)", "(Africa CDC)"). */
function endWithAcronym(n: ResolvedName): number {
  return n.mention.to + (n.mention.acronym?.split(' ').length ?? 0);
}

/** Names by the token index where they end; an acronym in brackets ends its name too. */
function nameEnds(names: readonly ResolvedName[]): Map<number, ResolvedName> {
  const ends = new Map<number, ResolvedName>();
  for (const n of names) {
    ends.set(n.mention.to, n);
    ends.set(endWithAcronym(n), n);
  }
  return ends;
}

/**
 * Capitalised words seen inside sentences: at the start of a sentence they are names too ("Erdoğan, who ...",
 * "Pritchard says"). Only the first and last words of a run of capitals count: "Safety" in "Civil Aviation
 * Safety Office" does not make "Safety is not negotiable" a name.
 */
function namesInMidSentence(sentences: readonly (readonly Token[])[]): Set<string> {
  const known = new Set<string>();
  const joined = (left: Token | undefined, right: Token | undefined) =>
    left !== undefined && right !== undefined && /^\p{Lu}/u.test(left.text) && /^\p{Lu}/u.test(right.text) && !/[,;:.)]\s*$/u.test(left.post);
  for (const tokens of sentences) {
    for (let i = 1; i < tokens.length; i++) {
      const inside = joined(tokens[i - 1], tokens[i]) && joined(tokens[i], tokens[i + 1]);
      if (/^\p{Lu}/u.test(tokens[i]!.text) && !inside && !opensSentence(tokens, i)) known.add(tokens[i]!.lower);
    }
  }
  return known;
}

/** The tokens, with every word of a name found tagged a proper noun, whatever compromise guessed ("Castlegate" as a verb). */
function withNamesTagged(tokens: readonly Token[], names: readonly ResolvedName[]): Token[] {
  const named = (i: number) => names.some((n) => n.mention.nameFrom <= i && i < n.mention.to);
  return tokens.map((token, i) => (named(i) && !token.tags.has('ProperNoun') ? { ...token, tags: new Set([...token.tags, 'ProperNoun']) } : token));
}

/** "his" is "he", "her" is "she", "its" is "it", "their" is "they". */
function subjectPronoun(possessive: string): string {
  return possessive === 'his' ? 'he' : possessive === 'her' ? 'she' : possessive === 'its' ? 'it' : 'they';
}

const FIRST_PERSON = new Set(['i', 'we']);

/** Words after which an apposition goes on about something else: "a spokesman for the ministry", "a lawyer who led the board". */
const APPOSITION_ENDS = new Set(['for', 'of', 'at', 'with', 'from', 'in', 'on', 'who', 'which', 'that', 'whose']);

/**
 * The role nouns of an apposition between a cue's party and its verb, up to what it is a role of: "X, the
 * club’s chief executive, said" gives "executive"; "X, a spokesman for the ministry, said" gives "spokesman".
 */
function appositiveRoles(tokens: readonly Token[], cue: Cue): string[] {
  if (cue.party.to >= cue.cue.from || !/,\s*$/u.test(tokens[cue.party.to - 1]!.post)) return [];
  const apposition = tokens.slice(cue.party.to, cue.cue.from);
  // The word that ends it is a link ("for") or the last of it ("executive,"); only the latter can be a role.
  const end = apposition.findIndex((t) => APPOSITION_ENDS.has(t.lower) || /,\s*$/u.test(t.post));
  return apposition.slice(0, end < 0 ? apposition.length : end + 1).filter((t) => !t.quoted && ROLE_NOUNS.has(t.lower)).map((t) => t.lower);
}

/**
 * "By Carla Mendes", "Eleanor Whitcombe, Northern Correspondent": a line of capitalised words with no verb, which
 * names the reporter; whom a later "she" means is someone the story is about.
 */
/** The jobs a byline gives after the reporter's name: "Markets Correspondent", "Staff Reporter", "Sports Desk". */
const NEWSROOM_ROLES = new Set(['correspondent', 'reporter', 'editor', 'writer', 'columnist', 'desk', 'team', 'staff', 'bureau', 'contributor', 'producer']);

function isByline(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /\p{L}/u.test(t.text));
  return words.length > 0 && words.every(isCapitalised);
}

const TITLE_PRONOUNS: Record<string, 'he' | 'she'> = { mr: 'he', sir: 'he', lord: 'he', mrs: 'she', ms: 'she', miss: 'she', dame: 'she', lady: 'she' };

/** The pronoun a person's title or first name gives, and whether a title gave it: "Mrs Kessel", "Priya Natarajan" are "she". */
function pronounOf(tokens: readonly Token[], mention: NameMention): { pronoun: 'he' | 'she'; byTitle: boolean } | undefined {
  const byTitle = TITLE_PRONOUNS[tokens[mention.nameFrom - 1]?.lower.replace(/\.$/u, '') ?? ''];
  if (byTitle !== undefined) return { pronoun: byTitle, byTitle: true };
  const first = tokens[mention.nameFrom];
  if (hasTag(first, 'MaleName')) return { pronoun: 'he', byTitle: false };
  if (hasTag(first, 'FemaleName')) return { pronoun: 'she', byTitle: false };
  return undefined;
}

/** Whether a party's key names a newspaper or a broadcaster ("castlegate evening post"). */
function isOutletKey(key: string): boolean {
  return key.split(' ').some((word) => NEWS_MEDIA_WORDS.has(word));
}

/**
 * The role nouns inside a name, by which the article may refer back to it:
 * "the ministry" for "Ministry of Health". Not those of whose it is: the
 * "Spanish Airline Pilots’ Union" is a union, not an airline. And the
 * ampersand that joins a firm's partners ("Harrow & Pike"), which marks a
 * business.
 */
function roleWordsOf(name: string): string[] {
  const words = describingWords(name);
  const owner = words.findLastIndex((w) => /['’]s?$/u.test(w));
  return words.slice(owner + 1).filter((w) => ROLE_NOUNS.has(w) || w === '&');
}

function describingWords(descriptor: string | undefined): string[] {
  return descriptor === undefined ? [] : descriptor.toLowerCase().split(/[\s-]+/u).filter((w) => w !== '');
}
