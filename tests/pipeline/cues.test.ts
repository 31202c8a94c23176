import { describe, expect, it } from 'vitest';
import { findCues, type Cue } from '../../src/pipeline/attribution/find.ts';
import type { Range } from '../../src/pipeline/attribution/phrases.ts';
import { ROLE_NOUNS } from '../../src/pipeline/lexicon/parties.ts';
import { SOURCE_NOUNS } from '../../src/pipeline/lexicon/reporting.ts';
import { sliceText, tokenize, type Token } from '../../src/pipeline/text/tokens.ts';

interface ReadCue {
  rule: Cue['rule'];
  lemma: string;
  cue: string;
  party: string;
  citing: string | undefined;
  content: string;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/**
 * The caller's judgement of whether a phrase names a party, kept simple and
 * independent of the extractor: its last word is capitalised (a name), a
 * pronoun, a role noun ("the coach") or a source noun ("the statement").
 */
function isParty(tokens: readonly Token[], range: Range): boolean {
  const head = tokens[range.to - 1];
  if (!head) return false;
  return /^\p{Lu}/u.test(head.text) || PRONOUNS.has(head.lower) || ROLE_NOUNS.has(head.lower) || SOURCE_NOUNS.has(head.lower);
}

/** The cues of one sentence, as text. */
function cues(sentence: string): ReadCue[] {
  const tokens = tokenize(sentence);
  const text = (r: Range) => (r.to > r.from ? sliceText(sentence, tokens, r.from, r.to) : '');
  return findCues(tokens, (r) => isParty(tokens, r)).map((c) => ({
    rule: c.rule,
    lemma: c.lemma,
    cue: text(c.cue),
    party: text(c.party),
    citing: c.citing && text(c.citing),
    content: text(c.content),
  }));
}

function only(sentence: string): ReadCue {
  const found = cues(sentence);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return found[0]!;
}

describe('reporting verbs', () => {
  it('"X said ..."', () => {
    const cue = only('Mara Voss said the count was accurate.');
    expect(cue).toMatchObject({ lemma: 'say', cue: 'said', party: 'Mara Voss' });
    expect(cue.content).toMatch(/^the count was accurate/u);
  });

  it('"“...,” X said": the quotation is the content', () => {
    const cue = only('“The count is accurate,” Mara Voss said.');
    expect(cue).toMatchObject({ lemma: 'say', party: 'Mara Voss' });
    expect(cue.content).toContain('The count is accurate');
  });

  it('"“...,” said X": the party stands after the verb', () => {
    const cue = only('“The count is accurate,” said Mara Voss.');
    expect(cue).toMatchObject({ lemma: 'say', party: 'Mara Voss' });
    expect(cue.content).toContain('The count is accurate');
  });

  it('"In a post on Telegram, X wrote that ..."', () => {
    const cue = only('In a post on Telegram, Mara Voss wrote that the ballots were lost.');
    expect(cue).toMatchObject({ lemma: 'write', cue: 'wrote', party: 'Mara Voss' });
    expect(cue.content).toContain('the ballots were lost');
  });

  it('"..., the agency said on Friday.": the content is what came before, not when it was said', () => {
    const cue = only('The vessel was seized overnight, the port authority said on Friday.');
    expect(cue).toMatchObject({ lemma: 'say', party: 'the port authority' });
    expect(cue.content).toBe('The vessel was seized overnight');
    expect(only('The vessel was seized overnight, the port authority said in a statement.').content).toBe('The vessel was seized overnight');
  });

  it('"In Velka, X said the ...": a clause after the verb is still the content', () => {
    expect(only('In Velka, the port authority said the vessel was seized overnight.').content).toContain('the vessel was seized overnight');
    expect(only('Halvar’s chief executive, Mara Voss, denied the claims in an interview.').content).toContain('the claims');
  });

  it('"“...,” the firm’s head of safety, X, wrote": the quotation is the content, not the title', () => {
    const cue = only('“We would rather ship late than ship something broken,” the firm’s head of safety, Mara Voss, wrote on Friday.');
    expect(cue).toMatchObject({ lemma: 'write', party: 'Mara Voss' });
    expect(cue.content).not.toContain('head of safety');
    expect(cue.content).toContain('We would rather ship late');
  });

  it('"..., said X, a researcher": the speaker after the verb, when nothing but an apposition follows', () => {
    const cue = only('The finding partly supports the Paraguayan account, said Mariela Benítez, a researcher at the observatory.');
    expect(cue).toMatchObject({ rule: 'inverted-verb', party: 'Mariela Benítez' });
    expect(cue.content).toBe('The finding partly supports the Paraguayan account');
    expect(only('Halden’s finance chief, Darnell Pruitt, said the company had raised its offer.').party).toBe('Darnell Pruitt');
    expect(only('A police source, who asked not to be named, said a local farmer had been questioned.').party).toBe('A police source');
  });

  it('a parenthetical verb: "The ruling, X said, was unfair."', () => {
    expect(only('The ruling, Mara Voss said, was unfair.')).toMatchObject({ lemma: 'say', party: 'Mara Voss' });
  });

  it('a second verb after "and" shares the first verb’s subject, not a relative clause’s', () => {
    const found = cues('She accused allies of Mayor Ilves who sat on the panels of looking the other way, and warned that her supporters would not accept the result.');
    expect(found.map((c) => [c.party, c.lemma])).toEqual([
      ['She', 'accuse'],
      ['She', 'warn'],
    ]);
  });

  it('"X in A and B said": the party is the whole description, not the last place', () => {
    expect(only('Pharmacists in Cork and Limerick said they had fielded dozens of calls.').party).toBe('Pharmacists in Cork and Limerick');
    expect(only('Residents of Lviv and Odesa said the power had been cut.').party).toBe('Residents of Lviv and Odesa');
  });

  it('finds the subject over a role noun compromise tags as a verb, a relative clause without "who", and a claim noun', () => {
    expect(only('However, the police service told us that a change in recording accounts for part of the fall.').party).toBe('the police service');
    expect(only('Economists we spoke to cautioned that the rate has been volatile.').party).toBe('Economists');
    const dismissed = cues('She accused hired youths of infiltrating the crowd, a claim police dismissed as a convenient story.');
    expect(dismissed.map((c) => c.party)).toEqual(['She', 'police']);
  });

  it('"named ... as" and "identified ... as": who someone is, as the party says; not an appointment or a relative clause', () => {
    expect(only('Police on Monday night named the two people who died as Warren Gillies and his wife Maureen.').party).toBe('Police');
    expect(only('The coalition identified the man in the video as Petar Vasilev, an engineer.').party).toBe('The coalition');
    expect(cues('The club named Smith as its new manager.')).toEqual([]);
    expect(cues('A group named Black Cloud claimed the strike.').map((c) => c.lemma)).toEqual(['claim']);
    expect(cues('Images show 15 boats that the institute identified as trawlers.').map((c) => c.lemma)).not.toContain('identify');
    expect(cues('She identified herself as a nurse.')).toEqual([]);
  });

  it('"cautioned" reports only with content after it', () => {
    expect(cues('Police cautioned two men for public disorder.')).toEqual([]);
  });

  it('two parties in one sentence make two cues', () => {
    const found = cues('The union said the strike would go ahead, while the company insisted that talks continue.');
    expect(found.map((c) => [c.party, c.lemma])).toEqual([
      ['The union', 'say'],
      ['the company', 'insist'],
    ]);
  });
});

describe('a quotation signed with a dash', () => {
  it('`"..." - Mayor X`: the speaker after the dash asserts the quotation', () => {
    const cue = only('Claim 1: "Violent crime has fallen by 20 per cent since I took office." - Mayor Diane Kowalczyk');
    expect(cue).toMatchObject({ rule: 'quote-dash-speaker', party: 'Mayor Diane Kowalczyk' });
    expect(cue.content).toBe('Violent crime has fallen by 20 per cent since I took office');
  });

  it('`"..." - X, referring to Y`: the name ends at the comma', () => {
    expect(only('Claim 3: "My opponent has taken money from developers." - Kowalczyk, referring to Adeyemi').party).toBe('Kowalczyk');
  });

  it('makes no claim of a dash that is not followed by a party', () => {
    expect(cues('“We will win” - and the crowd cheered for an hour.')).toEqual([]);
  });
});

describe('"according to" and "citing"', () => {
  it('"..., according to X": the content is what comes before', () => {
    const cue = only('Turnout reached 61 percent, according to Mara Voss.');
    expect(cue).toMatchObject({ rule: 'according-to', party: 'Mara Voss' });
    expect(cue.content).toBe('Turnout reached 61 percent');
  });

  it('"According to X, ...": the content is what comes after', () => {
    const cue = only('According to the electoral commission, turnout reached 61 percent.');
    expect(cue).toMatchObject({ rule: 'according-to', party: 'the electoral commission' });
    expect(cue.content).toContain('turnout reached 61 percent');
  });

  it('"..., AP said, citing a senior official": the agency relays the official', () => {
    const cue = only('The vessel was seized overnight, AP said, citing a senior port official.');
    expect(cue).toMatchObject({ lemma: 'say', party: 'AP', citing: 'a senior port official' });
    expect(cue.content).toBe('The vessel was seized overnight');
  });
});

describe('other constructions', () => {
  it('a reporting noun as subject: "the statement declared"', () => {
    const cue = only('The statement declared that the merger was complete.');
    expect(cue).toMatchObject({ lemma: 'declare', party: 'The statement' });
  });

  it('"X put the number of ... at 115,000"', () => {
    const cue = only('Mara Voss put the number of missing ballots at 115,000.');
    expect(cue).toMatchObject({ rule: 'put-the-number', party: 'Mara Voss' });
    expect(cue.content).toContain('115,000');
  });

  it('"X puts the average price ... at 36.9 pence", "X put sales closer to 150,000"', () => {
    expect(only('The Dairy Market Observatory puts the average farmgate price in Wales for August at 36.9 pence a litre.').party).toBe('The Dairy Market Observatory');
    expect(only('A 2011 profile in the magazine Klangwelt put sales closer to 150,000.').lemma).toBe('put');
    expect(cues('He put the blame on the council.')).toEqual([]);
  });

  it('a participle: "..., saying ..." takes the subject of the clause', () => {
    const cue = only('The coach defended his players, saying the referee was biased.');
    expect(cue).toMatchObject({ rule: 'participle', lemma: 'say', party: 'The coach' });
    expect(cue.content).toContain('the referee was biased');
  });

  it('a coordinated verb: "X renewed ... and repeated warnings that ..."', () => {
    const cue = only('Mara Voss renewed her call for calm and repeated warnings that the vote was rigged.');
    expect(cue).toMatchObject({ lemma: 'repeat', party: 'Mara Voss' });
  });

  it('a coordinated verb after a short quotation keeps the subject of the clause', () => {
    // A quoted word in the first conjunct is not a quotation that the second verb attributes.
    const cue = only('Mara Voss renewed her call for the board to “step aside” and repeated warnings that the vote was rigged.');
    expect(cue).toMatchObject({ lemma: 'repeat', party: 'Mara Voss' });
  });
});

describe('two parties in one sentence', () => {
  it('ends what the first said where the second’s clause begins after ", and", commas between its party and verb', () => {
    const found = cues('Both governments have said they want more exchanges, and a senior official, speaking on condition of anonymity, said talks were under way.');
    expect(found.map((c) => [c.party, c.content])).toEqual([
      ['Both governments', 'they want more exchanges'],
      ['a senior official', 'talks were under way'],
    ]);
  });
});

describe('not cues', () => {
  it('a passive ("was said to", "was reported by")', () => {
    expect(cues('The plan was said to be ready.')).toEqual([]);
    expect(cues('The attack was reported by local media.')).toEqual([]);
  });

  it('a reporting word used as a noun ("the statement", "his claims")', () => {
    expect(cues('The statement was published on Monday.')).toEqual([]);
    expect(cues('His claims were widely shared.')).toEqual([]);
    expect(cues('The report drew criticism from the opposition.')).toEqual([]);
  });

  it('verbs of action without content (met, welcomed, signed)', () => {
    expect(cues('Mara Voss met the mayor and signed the agreement.')).toEqual([]);
    expect(cues('Mara Voss welcomed the decision.')).toEqual([]);
  });

  it('a question put to the speaker ("Asked whether the report assigned blame,"), and what a source said, set aside ("whatever its statement suggested")', () => {
    expect(only('Asked whether the report assigned blame, the chief observer said it had not.').party).toBe('the chief observer');
    expect(cues('She said the bulletin showed the maker knew, whatever its statement on 4 June suggested.').map((c) => c.party)).toEqual(['She', 'the bulletin']);
  });

  it('a reported refusal to say ("said he would not speculate"), but not a quoted one', () => {
    expect(cues('Asked about the gun, Thibodeaux said he would not speculate while the case was under review.')).toEqual([]);
    expect(cues('The ministry said it could not comment on an ongoing investigation.')).toEqual([]);
    expect(only('“We will not speculate,” the minister told lawmakers.').party).toBe('the minister');
    expect(only('Lind said he would not resign.').content).toBe('he would not resign');
  });

  it('a verb negated across a reflexive ("does not itself declare"), and an act declared ("declared a state of calamity")', () => {
    expect(cues('The IPC does not itself declare famine; that is a matter for governments.')).toEqual([]);
    expect(cues('Governor Eliseo Mabanta has declared a state of calamity in four towns.')).toEqual([]);
    expect(cues('The governor declared martial law on Monday.')).toEqual([]);
    expect(only('Governor Eliseo Mabanta declared that the town was safe.').content).toBe('that the town was safe');
  });

  it('a reporting verb inside quotation marks', () => {
    expect(cues('Mara Voss read out the sign: “They said it would rain.”')).toEqual([]);
    const cue = only('“Critics said it would fail,” Mara Voss said.');
    expect(cue.party).toBe('Mara Voss');
  });
});
