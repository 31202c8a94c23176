import { describe, expect, it } from 'vitest';
import type { ArticleSource, CitedSource, Corpus, Entity } from '../../src/pipeline/schema.ts';
import { article, assertersIn, asserterOf, claimsIn, corpusOf, entitiesNamed, entityNamed } from './support.ts';

const election = article(
  'election.md',
  'Count delayed in Estonia’s local elections',
  'Polls closed at 8 p.m. on Sunday across the country.',
  'Election commission chair Mara Voss said turnout reached 61 percent, the highest in a decade. She added that the count would take three more days.',
  'Estonia’s interior minister sought to reassure voters on Monday, saying the ballots were stored safely. Lauri Tamm said the police had guarded every counting centre.',
  'Opposition leader Kadri Saar said the delay was deliberate, while Voss insisted that the rules had been followed.',
  'Voss met the observers and signed the protocol.',
  'Police officials said two people were detained for tearing down posters. Analysts said the delay could hurt confidence in the result.',
  'In a post on Telegram, Saar wrote that observers had been turned away in Narva.',
);

const business = article(
  'business.md',
  'Halden and Norcross agree merger',
  'Halden Industries agreed on Tuesday to buy its rival Norcross Components for 2.1 billion euros.',
  'In a statement, the company said the deal would create the largest parts maker in northern Europe. Chief executive Ingrid Berg told reporters at a briefing in Oslo that no plants would close.',
  'The company welcomed the approval of its shareholders. Halden Industries and Norcross Components signed the agreement in Oslo.',
);

const sport = article(
  'sport.md',
  'Striker joins Arlen Rovers',
  'Forward Tomas Reyes signed a four-year contract with Arlen Rovers on Friday.',
  'In a post on Instagram, Reyes wrote that joining the club was a dream come true.',
  'Coach Elena Duarte said Reyes would start on Saturday. The coach also said the squad was complete.',
);

const shipping = article(
  'shipping.md',
  'Tanker seized in the Gulf',
  'The tanker Sea Falcon was seized on Thursday by a naval patrol.',
  'Northbay Shipping Lines, which operates the vessel, said the crew of 21 was safe. The group also said it had not been told why the ship was stopped.',
  'Police officials in Bandar Abbas said the crew would be questioned.',
  'The seizure was carried out by the navy, a senior port official told the Associated Press (AP). AP said the tanker was escorted to Bandar Abbas.',
);

const corpus = corpusOf(election, business, sport, shipping);

/** The asserter of the one claim made in the sentence containing `words`. */
function soleAsserter(c: Corpus, words: string): Entity {
  const claims = claimsIn(c, words);
  expect(claims, words).toHaveLength(1);
  return asserterOf(c, claims[0]!);
}

function cited(c: Corpus, id: string | undefined): CitedSource {
  const source = c.sources.find((s): s is CitedSource => s.kind === 'cited' && s.id === id);
  if (!source) throw new Error(`no cited source ${id}`);
  return source;
}

describe('asserters', () => {
  it('names the party in "X said"', () => {
    expect(assertersIn(corpus, 'turnout reached 61 percent')).toEqual(['Mara Voss']);
  });

  it('resolves a pronoun to the party named before', () => {
    const [claim] = claimsIn(corpus, 'She added that the count');
    expect(claim).toBeDefined();
    expect(asserterOf(corpus, claim!).name).toBe('Mara Voss');
    expect(claim!.asserterText).toBe('She');
  });

  it('resolves a description to the party it describes ("the coach", "the group", "the company")', () => {
    expect(assertersIn(corpus, 'The coach also said')).toEqual(['Elena Duarte']);
    expect(assertersIn(corpus, 'The group also said')).toEqual(['Northbay Shipping Lines']);
    expect(assertersIn(corpus, 'the company said the deal')).toEqual(['Halden Industries']);
  });

  it('does not resolve a role to someone known by another role ("The mayor denied it." after an opposition leader)', () => {
    const c = corpusOf(article('count.md', 'Count', 'Opposition leader Kadri Saar said the count was rigged.', 'The mayor denied it.'));
    expect(soleAsserter(c, 'The mayor denied it').name).not.toBe('Kadri Saar');
    expect(soleAsserter(c, 'count was rigged').name).toBe('Kadri Saar');
  });

  it('does not take a name inside the quotation for the pronoun that speaks it (`“Owen is a decent man,” she says`)', () => {
    const c = corpusOf(
      article('centre.md', 'Birth centre', 'Midwife Carys Pritchard has run the centre since 1996.', '“Owen is a decent man, but he has been given a number to hit,” she says.'),
    );
    expect(soleAsserter(c, 'a decent man').name).toContain('Carys Pritchard');
  });

  it('resolves "he" to an unnamed single person quoted just before ("a senior doctor")', () => {
    const c = corpusOf(
      article(
        'march.md',
        'March',
        'Police spokeswoman Mercy Tembo said one man had died.',
        'A senior doctor at the teaching hospital, who spoke on condition of anonymity, told Reuters that three bodies had arrived. He said 37 people were being treated.',
      ),
    );
    expect(soleAsserter(c, '37 people were being treated').name).toBe('a senior doctor at the teaching hospital');
    expect(soleAsserter(c, '37 people were being treated').kind).toBe('group');
  });

  it('does not make a word a name at the start of a sentence because it is capitalised inside a longer name', () => {
    const c = corpusOf(
      article('smoke.md', 'Smoke', 'The Civil Aviation Safety Office said it had grounded the jet.', '“Safety is not negotiable,” Transport Minister Helena Sousa said. Sousa said the report was due in May.'),
    );
    expect(entityNamed(c, 'Safety')).toBeUndefined();
    expect(soleAsserter(c, 'report was due in May').name).toBe('Helena Sousa');
  });

  it('keeps each named owner’s body apart ("Adeyemi’s campaign", "Tremblay’s campaign"), and does not bind it to a name given later', () => {
    const c = corpusOf(
      article(
        'debate.md',
        'Debate',
        'Councillor Marcus Adeyemi said the mayor had delivered no buses. Adeyemi’s campaign said he had meant the second order.',
        'Tremblay’s campaign said she was referring to two-bedroom units. Mayor Diane Kowalczyk said the figures were right.',
      ),
    );
    expect(soleAsserter(c, 'meant the second order').name).toBe('Adeyemi’s campaign');
    expect(soleAsserter(c, 'two-bedroom units').name).toBe('Tremblay’s campaign');
  });

  it('reads occupations compromise takes for verbs as parties ("A senior engineer at the dam said")', () => {
    const c = corpusOf(article('dam.md', 'Dam', 'A senior engineer at the dam said the spillway had cracked.', 'Pilot Anne Favre said the cabin filled with smoke.'));
    expect(soleAsserter(c, 'spillway had cracked').name).toBe('a senior engineer at the dam');
    expect(soleAsserter(c, 'cabin filled with smoke').name).toBe('Anne Favre');
  });

  it('ties a two-word acronym in brackets to its name ("(Africa CDC)")', () => {
    const c = corpusOf(
      article('outbreak.md', 'Outbreak', 'The Africa Centres for Disease Control and Prevention (Africa CDC) said 40 cases had been confirmed.', 'Africa CDC also said vaccines were on the way.'),
    );
    const body = soleAsserter(c, '40 cases had been confirmed');
    expect(body.name).toBe('Africa Centres for Disease Control and Prevention');
    expect(body.aliases).toContain('Africa CDC');
    expect(soleAsserter(c, 'vaccines were on the way').id).toBe(body.id);
  });

  it('resolves "the group" to the group named before, not to a name later in its own sentence or a bare "group" said earlier', () => {
    const c = corpusOf(
      article(
        'rhino.md',
        'Rhino horn',
        'An investigation by a conservation group has found a new smuggling route, the group said.',
        'The Nairobi-based Wildlife Justice Network said its investigators had posed as buyers. Esther Wanjiru, who led the inquiry, said the trade was growing.',
        'The group said it had shared its findings with Interpol.',
      ),
    );
    expect(soleAsserter(c, 'shared its findings with Interpol').name).toBe('Wildlife Justice Network');
  });

  it('reads "X, which ..." as a body, not a person, and "The brother of one of the workers" as the speaker', () => {
    const c = corpusOf(
      article('mine.md', 'Mine', 'Kestrel Platinum, which owns the mine, said the shaft was safe.', 'The brother of one of the injured workers, who asked not to be named, said the men had been pushed to work overtime.'),
    );
    expect(soleAsserter(c, 'the shaft was safe')).toMatchObject({ name: 'Kestrel Platinum', kind: 'organization' });
    expect(soleAsserter(c, 'pushed to work overtime').name).toBe('brother of one of the injured workers');
  });

  it('hears a harbour master, a headteacher and an imam as speakers', () => {
    const c = corpusOf(
      article('port.md', 'Port', 'A harbour master said the ferry had left without clearance.', 'The headteacher said pupils were sent home.', 'A local imam said the mosque had been full.'),
    );
    expect(soleAsserter(c, 'without clearance').name).toBe('a harbour master');
    expect(soleAsserter(c, 'pupils were sent home').name).toBe('headteacher');
    expect(soleAsserter(c, 'mosque had been full').name).toBe('a local imam');
  });

  it('resolves a surname to the full name', () => {
    expect(assertersIn(corpus, 'Reyes wrote that')).toEqual(['Tomas Reyes']);
  });

  it('binds a description to the name given in the next sentence', () => {
    expect(assertersIn(corpus, 'interior minister sought to reassure')).toEqual(['Lauri Tamm']);
    expect(assertersIn(corpus, 'Lauri Tamm said')).toEqual(['Lauri Tamm']);
  });

  it('makes two claims for two parties in one sentence', () => {
    expect(assertersIn(corpus, 'the delay was deliberate')).toEqual(['Kadri Saar', 'Mara Voss']);
  });

  it('makes one claim per party per sentence', () => {
    for (const claim of corpus.claims) {
      const same = corpus.claims.filter((c) => c.sourceId === claim.sourceId && c.sentenceIds[0] === claim.sentenceIds[0] && c.asserterId === claim.asserterId);
      expect(same).toHaveLength(1);
    }
  });

  it('makes unnamed parties entities of kind group', () => {
    const [police] = claimsIn(corpus, 'two people were detained');
    const [analysts] = claimsIn(corpus, 'could hurt confidence');
    expect(asserterOf(corpus, police!)).toMatchObject({ kind: 'group' });
    expect(asserterOf(corpus, police!).name.toLowerCase()).toContain('police officials');
    expect(asserterOf(corpus, analysts!)).toMatchObject({ kind: 'group' });
  });

  it('keeps "police officials in <city>" as the group, not the city', () => {
    const claims = claimsIn(corpus, 'the crew would be questioned');
    expect(claims).toHaveLength(1);
    const asserter = asserterOf(corpus, claims[0]!);
    expect(asserter.kind).toBe('group');
    expect(asserter.name).not.toBe('Bandar Abbas');
  });

  it('makes no claim of a narrative sentence or an action without content', () => {
    for (const words of ['Polls closed at 8 p.m.', 'Voss met the observers', 'Halden Industries agreed on Tuesday', 'The company welcomed', 'signed the agreement in Oslo', 'Forward Tomas Reyes signed', 'Sea Falcon was seized']) {
      expect(claimsIn(corpus, words), words).toEqual([]);
    }
  });
});

describe('asserters named by role, owner or source', () => {
  const flood = corpusOf(
    article(
      'flood.md',
      'Dam release floods valley towns',
      'Water released from the Ostra dam flooded three towns in the Vell valley on Monday.',
      'Valley residents accused the water authority of opening the gates without warning. The regional council rejected the criticism.',
      'Farmers said the maize harvest in the lower valley was lost.',
      'A senior official at the dam, speaking on condition of anonymity, said the gates had been opened to protect the wall.',
      'Minister Petra Novak visited Lenzburg on Tuesday. Novak’s office later said compensation would be paid within a month.',
      'The dam operator did not respond to a request for comment.',
      'Rainfall in the valley was twice the seasonal average, according to figures compiled by the weather service Meteoalp.',
      'According to the agency TT, the release had been planned for a week.',
      'Norway’s embassy in Lenzburg said two Norwegian hikers had been rescued.',
    ),
  );
  const asserterIn = (words: string) => soleAsserter(flood, words);

  it('gives "the regional council" a party of its own rather than the residents before it', () => {
    expect(asserterIn('rejected the criticism').name).toBe('regional council');
  });

  it('reads a role noun the lexicon does not list as a party ("farmers")', () => {
    expect(asserterIn('maize harvest')).toMatchObject({ name: 'Farmers', kind: 'group' });
  });

  it('skips a participle clause between the speaker and the verb', () => {
    expect(asserterIn('protect the wall').name).toBe('a senior official at the dam');
  });

  it('keeps "Novak’s office" apart from whoever was mentioned last', () => {
    expect(asserterIn('compensation would be paid').name).toBe('Novak’s office');
  });

  it('makes no claim of a negated reporting verb', () => {
    expect(claimsIn(flood, 'did not respond')).toEqual([]);
  });

  it('gives "figures compiled by X" to X, not to the last speaker', () => {
    expect(asserterIn('twice the seasonal average').name).toBe('Meteoalp');
  });

  it('does not read a two-letter agency name as a country code', () => {
    expect(asserterIn('planned for a week')).toMatchObject({ name: 'TT' });
    expect(asserterIn('planned for a week').kind).not.toBe('place');
  });

  it('reads "WHO" before a verb as the organisation, not as a relative pronoun', () => {
    const who = corpusOf(
      article('who.md', 'Cadmium warning', 'The World Health Organization (WHO) has warned that exposure to cadmium is rising.', 'Fishermen said catches had collapsed. “I catch nothing,” said Dedi Supriadi.'),
    );
    const [warning] = claimsIn(who, 'exposure to cadmium');
    expect(asserterOf(who, warning!).name).toBe('World Health Organization');
  });

  it('keeps "Norway’s embassy in <city>" as the embassy, not the city', () => {
    expect(asserterIn('hikers had been rescued').name).not.toBe('Lenzburg');
  });
});

describe('asserters in harder sentences', () => {
  const harder = corpusOf(
    article(
      'transit.md',
      'Transport strike threatens ferry links',
      'The Ministry of Transport announced new ferry fares on Monday.',
      '“Demand has collapsed since spring,” said Dr. Marta Keller, who leads the port clinic.',
      'World Rowing president Ana Silva said the harbour regatta would go ahead.',
      'Councillor Tom Reyes, leader of the opposition group, alleged that the tender had been rigged.',
      'Analysts at Brandt & Moll said margins would shrink.',
      'The Drivers’ Union accused the government of ignoring safety. The ministry rejected the accusation.',
      'Supporters said the new fares would fund two more boats.',
      'Ferry captain Leo Brandt was suspended on Tuesday. The 41-year-old denied taking money from the operator.',
    ),
  );
  const asserterIn = (words: string) => soleAsserter(harder, words);

  it('reads an inverted quotation whose speaker has a title with a full stop ("said Dr. Marta Keller")', () => {
    expect(asserterIn('Demand has collapsed').name).toBe('Marta Keller');
  });

  it('gives the claim to the person a phrase ends with, not to the body before the title', () => {
    expect(asserterIn('regatta would go ahead').name).toBe('Ana Silva');
  });

  it('skips an appositive that opens with a role noun', () => {
    expect(asserterIn('tender had been rigged').name).toContain('Tom Reyes');
  });

  it('keeps an ampersand inside a firm’s name, and the firm’s analysts as a party of their own as with any firm', () => {
    expect(asserterIn('margins would shrink').name).toBe('Analysts at Brandt & Moll');
    expect(entityNamed(harder, 'Brandt & Moll')?.kind).toBe('organization');
  });

  it('resolves "the ministry" to the ministry named before, not to the party it answers', () => {
    expect(asserterIn('rejected the accusation').name).toBe('Ministry of Transport');
  });

  it('reads a collective the articles often quote ("Supporters") as a party', () => {
    expect(asserterIn('fund two more boats')).toMatchObject({ name: 'Supporters', kind: 'group' });
  });

  it('gives "the government" no named organisation that happens to come before it', () => {
    const c = corpusOf(
      article('shelling.md', 'Shelling', 'A spokeswoman for the Red Cross, Lea Morel, said its teams had no access.', 'The government denied that its artillery had hit homes.'),
    );
    expect(soleAsserter(c, 'artillery had hit homes').name).toBe('government');
    expect(entityNamed(c, 'Lea Morel')?.kind).toBe('person');
  });

  it('resolves "the company" to the company the article is about, even some sentences back', () => {
    const c = corpusOf(
      article(
        'results.md',
        'Profit falls',
        'Net profit fell by a fifth, the Oslo-based company Nordvik Logistics said on Thursday.',
        'Chief executive Ingrid Saether said demand had run out. Analysts at Carrow Research said the cut was deep.',
        'Some investors questioned the timing of a share buyback. One shareholder said the board had been warned in June.',
        'The company rejected that account.',
      ),
    );
    expect(soleAsserter(c, 'rejected that account').name).toBe('Nordvik Logistics');
  });

  it('resolves "the company" to a company introduced by its description in apposition', () => {
    const c = corpusOf(
      article(
        'smoke.md',
        'Cabin smoke',
        'Norsair, the Toulouse-based manufacturer of the NR-90, said it was not aware of any fleet-wide fault.',
        'The Independent Pilots’ Association said the same aircraft had been grounded twice. The company said 214 of the jets were in service.',
      ),
    );
    expect(soleAsserter(c, 'not aware of any fleet-wide fault').name).toBe('Norsair');
    expect(soleAsserter(c, '214 of the jets').name).toBe('Norsair');
  });

  it('reads "One Reykjavík-based operator" as an unnamed party and "the Oslo-based company" as the company named before', () => {
    const c = corpusOf(
      article(
        'quota.md',
        'Quota',
        'Nordvik Seafood AS said the quota would cost jobs.',
        'One Reykjavík-based operator, who asked not to be identified, said the talks had failed. The Oslo-based company said it would appeal.',
      ),
    );
    expect(soleAsserter(c, 'talks had failed').name).toBe('One Reykjavík-based operator');
    expect(soleAsserter(c, 'it would appeal').name).toBe('Nordvik Seafood AS');
  });

  it('resolves "the ministry" to an unnamed ministry that spoke before, and "the regulator" to the public body named before', () => {
    const c = corpusOf(
      article(
        'quota.md',
        'Quota',
        'Iceland’s foreign ministry rejected that account. “No agreement was reached,” the ministry said in a statement.',
        'The Civil Aviation Safety Office said the jets were grounded. Atlantida Airways said the crew had followed procedures. The regulator added that it had asked for the records.',
      ),
    );
    expect(soleAsserter(c, 'No agreement was reached').name).toBe('Iceland’s foreign ministry');
    expect(soleAsserter(c, 'asked for the records').name).toBe('Civil Aviation Safety Office');
  });

  it('reads a body named by its kind alone ("the tribunal", "the hospital") as a party: the one named before, or one unnamed', () => {
    const c = corpusOf(
      article(
        'recount.md',
        'Recount',
        'The National Elections Tribunal said the recount would begin on Monday. Ballots were counted by hand.',
        'The tribunal added that ballots would be flown to Lima.',
        'In Puno, the hospital said 12 poll workers had been treated for smoke inhalation.',
      ),
    );
    expect(soleAsserter(c, 'flown to Lima').name).toBe('National Elections Tribunal');
    expect(soleAsserter(c, 'smoke inhalation').name).toBe('hospital');
  });

  it('reads rescue and border services named by their kind as parties: "the coast guard", "the fire brigade", "border guards"', () => {
    const c = corpusOf(
      article(
        'storm.md',
        'Storm',
        'The coast guard said two fishermen had been pulled from the water near Sines.',
        'In Lagos, the fire brigade said the blaze at the warehouse was under control.',
        'Border guards said the crossing at Vilar Formoso would stay shut until Friday.',
      ),
    );
    expect(soleAsserter(c, 'pulled from the water').name).toBe('coast guard');
    expect(soleAsserter(c, 'blaze at the warehouse').name).toBe('fire brigade');
    expect(soleAsserter(c, 'crossing at Vilar Formoso').name).toBe('Border guards');
  });

  it('reads officials described by what they know as one party: "officials familiar with an investigation into the company"', () => {
    const c = corpusOf(
      article(
        'tankers.md',
        'Tankers',
        'The cap was set by the Group of Seven in December 2022.',
        'Two European officials familiar with an investigation into the company said the tankers had switched off their transponders.',
      ),
    );
    expect(soleAsserter(c, 'switched off their transponders').name).toBe('Two European officials familiar with an investigation into the company');
  });

  it('reads an outlet described in apposition as one, so that "the channel" and "it" find it again', () => {
    const c = corpusOf(
      article(
        'tankers.md',
        'Tankers',
        'The International Maritime Organization keeps a public register of ships.',
        'Morskoy Dozor, a Russian-language Telegram channel, published images it said showed two tankers side by side.',
        'In a later post, the channel wrote that the sanctions were failing.',
      ),
    );
    const channel = soleAsserter(c, 'showed two tankers');
    expect(channel.name).toBe('Morskoy Dozor');
    expect(channel.kind).toBe('organization');
    expect(soleAsserter(c, 'the sanctions were failing').name).toBe('Morskoy Dozor');
  });

  it('reads a name ending in "Maritime" or a free-zone suffix as a company, whom "it" stands for', () => {
    const c = corpusOf(
      article(
        'tankers.md',
        'Tankers',
        'Kestrel Maritime FZE manages two tankers. The Treasury Department’s press office declined to comment.',
        'Kestrel Maritime denied breaching sanctions. It said it had never told a crew to switch off a transponder.',
      ),
    );
    expect(soleAsserter(c, 'breaching sanctions').kind).toBe('organization');
    expect(soleAsserter(c, 'never told a crew').name).toBe(soleAsserter(c, 'breaching sanctions').name);
  });

  it('takes "the company" for the business named before, not the hacking group that spoke last', () => {
    const c = corpusOf(
      article(
        'breach.md',
        'Breach',
        'Customers of Tallow & Reed received emails on Monday. A group calling itself Nightjar said it had stolen 2 million records.',
        'The company said only 900,000 customers were affected.',
      ),
    );
    expect(soleAsserter(c, 'only 900,000 customers').name).toBe('Tallow & Reed');
    expect(entityNamed(c, 'Tallow & Reed')?.kind).toBe('organization');
  });

  it('takes "the club" for the club the headline names, not the opponent named last', () => {
    const match = (title: string) =>
      corpusOf(
        article(
          'crush.md',
          title,
          'Two supporters are critically ill after a crush outside Hallbridge Athletic’s ground on Saturday.',
          'The crush took place before the league match against Dunmore Rovers, which went ahead.',
          '‘All turnstiles were fully operational throughout,’ the club said in a statement.',
        ),
      );
    expect(soleAsserter(match('Hallbridge Athletic crush: club, police and fans at odds'), 'fully operational').name).toBe('Hallbridge Athletic');
    // With a headline that names neither club, the one named last is still the likeliest.
    expect(soleAsserter(match('Crush at a football ground leaves two critically ill'), 'fully operational').name).toBe('Dunmore Rovers');
  });

  it('knows a company by the description in apposition after its name when "the company" speaks', () => {
    const c = corpusOf(
      article(
        'jets.md',
        'Jets',
        'Budget carrier Solmar Airways grounded two jets on Monday.',
        'Vento, the Lyon-based manufacturer of the jets, said it was not aware of any fault. The company said 90 of the jets were flying.',
      ),
    );
    expect(soleAsserter(c, '90 of the jets').name).toBe('Vento');
  });

  it('takes a lone first word for the organisation it opens, but not for a newspaper named after the same town', () => {
    const c = corpusOf(
      article(
        'supplement.md',
        'Supplement',
        'The pill is made by Verabrook Nutrition of Minneapolis. Verabrook said sales had doubled.',
        'Fans of Castlegate United were angry. The Castlegate Evening Post said the club had made a bid. Castlegate said it had made no bid.',
      ),
    );
    expect(soleAsserter(c, 'sales had doubled').name).toBe('Verabrook Nutrition');
    expect(soleAsserter(c, 'it had made no bid').name).not.toBe('Castlegate Evening Post');
  });

  it('takes the first words of a body’s name for the body, whatever their words suggest, but not a place or a person', () => {
    const c = corpusOf(
      article(
        'short.md',
        'Short seller',
        'Lantern Ridge Research, a short-seller, published a report on Korvana. Lantern Ridge said revenue had been inflated.',
        'Vantoro is licensed in the Caribbean territory of St. Corwen. The St. Corwen Digital Assets Commission ordered it to stop. Reyes had left St. Corwen, dozens of accounts said.',
        'The airline later named its pilot, Tadu Kotorno of the Noan Airlines. Tadu Kotorno said the landing was safe.',
      ),
    );
    expect(soleAsserter(c, 'revenue had been inflated').name).toBe('Lantern Ridge Research');
    expect(entityNamed(c, 'St. Corwen Digital Assets Commission')?.aliases).not.toContain('St. Corwen');
    expect(soleAsserter(c, 'the landing was safe').name).toBe('Tadu Kotorno');
  });

  it('gives a quotation to the person named in apposition with where they work, after a role', () => {
    const c = corpusOf(
      article(
        'study.md',
        'Study',
        '“This is the strongest evidence yet,” the study’s lead author, Professor Helen Strand of Calder State’s department of neurology, said in the release.',
      ),
    );
    expect(soleAsserter(c, 'strongest evidence yet').name).toBe('Helen Strand');
  });

  it('gives a claim to the person named before "of the" and where they work, even when that name reads as a person’s', () => {
    const c = corpusOf(
      article(
        'transfer.md',
        'Transfer',
        'An hour later, Ben Hollis of the Harbourne Echo posted that the deal had collapsed.',
        'Professor Maarten Kloos of the Utrecht Institute said the results were clear.',
      ),
    );
    expect(soleAsserter(c, 'the deal had collapsed').name).toBe('Ben Hollis');
    expect(soleAsserter(c, 'the results were clear').name).toBe('Maarten Kloos');
    expect(c.entities.map((e) => e.name)).toContain('Utrecht Institute');
  });

  it('keeps a participle describing an unnamed source in the party: "a senior Western diplomat involved in the Geneva talks"', () => {
    const c = corpusOf(
      article(
        'truce.md',
        'Truce',
        'A senior Western diplomat involved in the Geneva talks, speaking on condition of anonymity, said both governments wanted the truce to hold.',
        'Officials briefed on the plan said it would be announced on Friday.',
      ),
    );
    expect(soleAsserter(c, 'truce to hold')).toMatchObject({ name: 'a senior Western diplomat involved in the Geneva talks', kind: 'group' });
    expect(soleAsserter(c, 'announced on Friday').name).toBe('Officials briefed on the plan');
  });

  it('gives a claim to the person whose age and home town follow the name, not to the town', () => {
    const c = corpusOf(article('shopper.md', 'Shopper', 'Derek Mullane, 67, from Cardiff, said he had shopped there for twenty years.'));
    expect(soleAsserter(c, 'twenty years').name).toBe('Derek Mullane');
  });

  it('reads "Spanish carrier Solavia" as an airline that "the airline" finds again, and "the aircraft carrier Cavour" as a ship', () => {
    const c = corpusOf(
      article(
        'strike.md',
        'Strike',
        'Pilots at Spanish carrier Solavia walked out on Thursday. The aircraft carrier Cavour left Taranto.',
        'The Spanish Airline Pilots’ Union said 350 flights had been cancelled.',
        'The airline said only 212 flights had been cancelled.',
      ),
    );
    const airline = soleAsserter(c, 'only 212 flights');
    expect(airline.name).toBe('Solavia');
    expect(airline.kind).toBe('organization');
    expect(entityNamed(c, 'Cavour')?.kind).toBe('equipment');
  });

  it('keeps a dateline out of the party after its dash: "BARI, Italy — Prosecutors in Bari ..., alleging"', () => {
    const c = corpusOf(article('probe.md', 'Probe', 'BARI, Italy — Prosecutors in the city of Bari placed four people under investigation, alleging that the tender was rigged.'));
    expect(soleAsserter(c, 'the tender was rigged').name).toBe('Prosecutors in the city of Bari');
  });

  it('takes neither a name in quotation marks for a statement nor someone describing herself for a claim', () => {
    const c = corpusOf(
      article(
        'clip.md',
        'Clip',
        'The clip, first posted by a page called "Pinoy Watch", shows a woman describing herself as a nurse.',
        'Health minister Ana Reyes described the clip as fabricated.',
      ),
    );
    expect(claimsIn(c, 'shows a woman')).toEqual([]);
    expect(soleAsserter(c, 'described the clip').name).toBe('Ana Reyes');
  });

  it('binds an acronym introduced in words to the name before it: ", known by its Spanish initials SEPAL,"', () => {
    const c = corpusOf(
      article(
        'strike.md',
        'Strike',
        'The Spanish Airline Pilots’ Union, known by its Spanish initials SEPAL, said 350 flights had been cancelled.',
        'In a post on X, SEPAL accused management of negotiating through the press.',
        'The Coastal Fishers Association, known as CFA, said the harbour was closed. CFA added that boats were waiting offshore.',
      ),
    );
    const union = soleAsserter(c, '350 flights');
    expect(soleAsserter(c, 'negotiating through the press').id).toBe(union.id);
    expect(union.aliases).toContain('SEPAL');
    expect(soleAsserter(c, 'boats were waiting').name).toBe('Coastal Fishers Association');
  });

  it('lets documents no one is named behind speak for themselves, when described: "according to leaked commercial documents"', () => {
    const c = corpusOf(
      article(
        'tankers.md',
        'Tankers',
        'The tanker sold crude above the cap on 11 voyages, according to leaked commercial documents.',
        'The plant was closed twice in May, according to court documents.',
      ),
    );
    const leaked = soleAsserter(c, '11 voyages');
    expect(leaked.name).toBe('leaked commercial documents');
    expect(leaked.kind).toBe('other');
    expect(soleAsserter(c, 'closed twice').name).toBe('court documents');
    const unowned = corpusOf(article('toll.md', 'Toll', 'The toll rose to 14, according to their statement. The Tajik statement put the number of dead at three.'));
    expect(unowned.claims).toEqual([]);
  });

  it('reads "one of the officials" as the officials met before, and "Edilmare itself said" as Edilmare', () => {
    const c = corpusOf(
      article(
        'tankers.md',
        'Tankers',
        'The contract went to Edilmare Costruzioni SpA. Two European officials familiar with the inquiry said the tankers had gone dark.',
        '“They go dark for hours,” one of the officials said. Edilmare itself said in a statement that it had received nothing.',
      ),
    );
    expect(soleAsserter(c, 'They go dark').name).toBe('Two European officials familiar with the inquiry');
    expect(soleAsserter(c, 'it had received nothing').name).toBe('Edilmare Costruzioni SpA');
  });

  it('takes saying little or nothing for no claim, but not "said little had changed"', () => {
    const c = corpusOf(article('coach.md', 'Coach', 'The player himself has said little. Coach Rui Alves said little had changed since March.'));
    expect(claimsIn(c, 'has said little')).toEqual([]);
    expect(soleAsserter(c, 'little had changed').name).toBe('Rui Alves');
  });

  it('never resolves "the company" to a public body named after it', () => {
    const c = corpusOf(
      article(
        'recall.md',
        'Pump recall',
        'Ireland’s medicines regulator has ordered Brennock Medical Ltd. to recall 14,000 insulin pumps.',
        'The Health Products Regulatory Authority said on Tuesday that a software fault could cause an overdose.',
        '“None of those cases was caused by the pump,” the company said in a statement.',
      ),
    );
    expect(soleAsserter(c, 'caused by the pump').name).toBe('Brennock Medical Ltd.');
  });

  it('reads a quotation that ends on a determiner before its verb (`“..., not this,” said X`)', () => {
    const c = corpusOf(article('market.md', 'Market', '“The market had priced in a soft landing, not this,” said Tomás Ibáñez, an analyst at the firm.'));
    expect(soleAsserter(c, 'priced in a soft landing').name).toBe('Tomás Ibáñez');
  });

  it('reads "according to people familiar with the matter" as a party', () => {
    const c = corpusOf(article('talks.md', 'Talks', 'The firm is in talks to raise new funding, according to people familiar with the matter.'));
    expect(soleAsserter(c, 'raise new funding').name).toBe('people familiar with the matter');
  });

  it('carries a quotation on into the next sentence when that sentence is wholly quoted', () => {
    const c = corpusOf(
      article(
        'quotes.md',
        'Quotes',
        '“We ran out of demand,” chief executive Ingrid Saether told reporters. “The second half will be tougher.”',
        'Saether said costs would fall. “Nobody saw this coming.”',
        '“This is not over.”',
      ),
    );
    const [carried] = claimsIn(c, 'We ran out of demand');
    expect(carried?.sentenceIds).toEqual(['p1s1', 'p1s2']);
    expect(carried?.quote).toContain('The second half will be tougher.');
    // No quotation in the claimed sentence, or a new paragraph: nothing carries on.
    expect(claimsIn(c, 'costs would fall')[0]?.sentenceIds).toEqual(['p2s1']);
    expect(claimsIn(c, 'This is not over')).toEqual([]);
  });

  it('resolves "the 41-year-old" to the person named before', () => {
    expect(asserterIn('denied taking money').name).toBe('Leo Brandt');
  });
});

describe('a transfer saga: sources, papers and reports named in other words', () => {
  const saga = corpusOf(
    article(
      'transfer.md',
      'Transfer',
      'The winger has been the subject of speculation since the Tamworth Ledger reported on Tuesday that Harbury had accepted a bid. The paper also claimed that Quenet had passed a medical.',
      'Sources close to Harbury City maintained that no bid had been accepted.',
      'Asked about a report in the Daily Courier that Quenet had handed in a transfer request, Brennan dismissed the idea.',
      'Castlegate are also said to be monitoring a forward at Wexley Rovers, although neither club has confirmed an approach.',
    ),
  );
  const asserterIn = (words: string) => soleAsserter(saga, words);

  it('reads "reported on Tuesday that" as reporting, the time between the verb and its clause', () => {
    expect(asserterIn('accepted a bid').name).toBe('Tamworth Ledger');
  });

  it('takes "the paper" for the newspaper named before', () => {
    expect(asserterIn('passed a medical').name).toBe('Tamworth Ledger');
    expect(entityNamed(saga, 'Tamworth Ledger')?.kind).toBe('organization');
  });

  it('takes "the company" for the business, not the newspaper that put its findings to it', () => {
    const c = corpusOf(
      article(
        'taps.md',
        'Taps',
        'Kestrel Water Systems supplies 180,000 people in Port Alder.',
        'When the Ledger put its findings to Kestrel in March, the company said in a statement that its testing met every standard.',
      ),
    );
    expect(entityNamed(c, 'Kestrel Water Systems')?.kind).toBe('organization');
    expect(assertersIn(c, 'met every standard')).toEqual(['Kestrel Water Systems']);
  });

  it('gives a report to the party that published it, past a relative clause and a date, even after another has spoken', () => {
    const c = corpusOf(
      article(
        'short.md',
        'Short',
        'Kairo Pay faces allegations by the short seller Ashgrove Research.',
        'Ashgrove, which has disclosed a short position in Kairo shares, published a 60-page report on October 21 alleging that Kairo had inflated its merchant count.',
        'Corvid Securities said in a note that governance concerns outweighed the margins. The report also alleged that Kairo had paid $29 million to a reseller.',
        'The volume was put at 4,500 cubic metres, according to a preliminary report by its regional office in Butuan City.',
      ),
    );
    expect(assertersIn(c, 'inflated its merchant count')).toEqual(['Ashgrove Research']);
    expect(assertersIn(c, 'paid $29 million')).toEqual(['Ashgrove Research']);
    expect(assertersIn(c, '4,500 cubic metres')).not.toContain('Butuan City');
  });

  it('reads Westminster’s parties: Downing Street forced to deny, sources close to a named Chancellor, allies, a whip', () => {
    const c = corpusOf(
      article(
        'budget.md',
        'Budget',
        'Downing Street was forced to deny on Tuesday night that the Chancellor had been overruled.',
        'But sources close to the Chancellor, Nicola Brennan, said she had been “boxed in” by Downing Street.',
        'Brennan herself told broadcasters that she would not write the Budget on the doorstep.',
        'Allies of the minister insist he has no intention of resigning. ‘Tom is going nowhere,’ one cabinet ally said.',
        'A government whip dismissed that figure as “fantasy”, saying fewer than a dozen MPs had raised concerns.',
      ),
    );
    expect(assertersIn(c, 'had been overruled')).toEqual(['Downing Street']);
    expect(assertersIn(c, 'boxed in')).toEqual(['sources close to the Chancellor']);
    expect(assertersIn(c, 'on the doorstep')).toEqual(['Nicola Brennan']);
    expect(assertersIn(c, 'no intention of resigning')).toEqual(['Allies of the minister']);
    expect(assertersIn(c, 'going nowhere')).toEqual(['one cabinet ally']);
    expect(assertersIn(c, 'fewer than a dozen')).toEqual(['a government whip']);
  });

  it('gives a described group the name it goes by from then on, its earlier claims too ("the group, which calls itself")', () => {
    const c = corpusOf(
      article(
        'depot.md',
        'Depot',
        'A Ukrainian partisan group says its drones set fire to a military fuel depot.',
        'In a post on its Telegram channel, the group, which calls itself Chorna Khmara, said eleven drones had reached the depot.',
      ),
    );
    expect(assertersIn(c, 'set fire to a military fuel depot')).toEqual(['Chorna Khmara']);
    expect(assertersIn(c, 'eleven drones')).toEqual(['Chorna Khmara']);
    expect(entityNamed(c, 'Chorna Khmara')).toMatchObject({ kind: 'organization', descriptors: ['a Ukrainian partisan group'] });
  });

  it('gives "Sources close to Harbury City" a party of their own, not the club', () => {
    expect(asserterIn('no bid had been accepted')).toMatchObject({ name: 'Sources close to Harbury City', kind: 'group' });
  });

  it('reads "a report in the Daily Courier that ..." as the paper’s claim, beside the claim of whoever answers it', () => {
    expect(assertersIn(saga, 'handed in a transfer request')).toEqual(['Brennan', 'Daily Courier']);
  });

  it('gives "neither club has confirmed" no claim', () => {
    expect(assertersIn(saga, 'neither club')).not.toContain('neither club');
  });
});

describe('a trial, an interview and a fact-check: parties named after their description, and claims in other forms', () => {
  const c = corpusOf(
    article(
      'round-six.md',
      'Strike vote',
      'Portugal’s largest teachers’ union on Monday accused the ministry of hiding school closures. Leaders of the National Teachers Union (NTU) told a rally in Port Amel that 40 schools had shut.',
      '“We counted every one of them,” said the union’s president, Marta Kowal. Class sizes had doubled, according to its deputy head, Dr Jonas Weber.',
      'A teacher at Port Amel Primary School No. 4 told the regional news site Amel Today that pupils were sharing desks. Parents quoted by the weekly Kvart Posten said buses had stopped running.',
      'The teacher also speculated that more closures were planned. He accepted that the figures were provisional.',
      'A video of the Education Minister Ilse Brandt telling a school board that no school had closed has been shared 40,000 times, according to the analytics firm Clipwatch. Her office later confirmed that she had spoken. Her lawyer said the clip had been edited.',
      'It was reported by the Port Amel Herald last week that the ministry had drawn up a list of schools to merge. The Schools Inspectorate said it had not seen such a list. According to the inspectorate’s own figures, 31 schools closed in 2025.',
      'Pavel Dunn, 52, the former head of the Inspectorate, denies that he kept the list secret. The Inspectorate put the average class at 34.5 pupils last year.',
      'Observers from the volunteer group Civic Schools Network visited ten schools. But the mission said its visits had been announced in advance. The volunteers also said they had not been paid.',
    ),
  );
  const asserterIn = (words: string) => soleAsserter(c, words);

  it('binds a country’s body described before its name to the body named next ("Portugal’s largest teachers’ union ... the National Teachers Union")', () => {
    expect(asserterIn('hiding school closures').name).toBe('National Teachers Union');
  });

  it('gives a description followed by a name in apposition to the person named (`said the union’s president, Marta Kowal`, "according to its deputy head, Dr Jonas Weber")', () => {
    expect(asserterIn('We counted every one').name).toBe('Marta Kowal');
    expect(asserterIn('Class sizes had doubled').name).toBe('Jonas Weber');
  });

  it('reads "No. 4" as part of the name before a reporting verb, and an outlet described before its name as an organisation', () => {
    expect(asserterIn('sharing desks').name).toBe('a teacher at Port Amel Primary School No. 4');
    expect(entityNamed(c, 'Amel Today')?.kind).toBe('organization');
  });

  it('gives words quoted by an outlet to whoever it quotes, through the outlet’s report', () => {
    const [claim] = claimsIn(c, 'buses had stopped');
    expect(asserterOf(c, claim!).name).toBe('Parents');
    const via = c.sources.find((s) => s.id === claim!.via);
    expect(via?.kind === 'cited' && c.entities.find((e) => e.id === via.entityId)?.name).toBe('Kvart Posten');
    expect(entityNamed(c, 'Kvart Posten')?.kind).toBe('organization');
  });

  it('reads "speculated that" and "accepted that" as reporting', () => {
    expect(claimsIn(c, 'more closures were planned')).toHaveLength(1);
    expect(claimsIn(c, 'figures were provisional')).toHaveLength(1);
  });

  it('gives what a recording shows someone saying to the speaker, not to the recording, beside the claim about the recording', () => {
    expect(assertersIn(c, 'no school had closed')).toEqual(['Clipwatch', 'Ilse Brandt']);
  });

  it('names "her office" after its owner, and never takes "her lawyer" for the owner herself', () => {
    expect(asserterIn('she had spoken').name).toBe('Ilse Brandt’s office');
    expect(asserterIn('had been edited').name).toBe('Ilse Brandt’s lawyer');
  });

  it('reads a passive reporting verb with its agent ("It was reported by the Port Amel Herald last week that")', () => {
    expect(asserterIn('list of schools to merge').name).toBe('Port Amel Herald');
  });

  it('finds a body by a description of it as an owner ("according to the inspectorate’s own figures")', () => {
    expect(asserterIn('31 schools closed').name).toBe('Schools Inspectorate');
  });

  it('skips a person’s age and an apposition after it ("Pavel Dunn, 52, the former head of the Inspectorate, denies")', () => {
    expect(asserterIn('kept the list secret').name).toBe('Pavel Dunn');
  });

  it('reads any measure "put at" a figure as a claim', () => {
    expect(asserterIn('34.5 pupils').name).toBe('Schools Inspectorate');
  });

  it('takes "the mission" for the body just quoted, and a body’s members ("the volunteers") for a body described by the same word', () => {
    expect(asserterIn('announced in advance').name).toBe('Civic Schools Network');
    expect(asserterIn('had not been paid').name).toBe('Civic Schools Network');
  });
});

describe('clauses between a party and what it says', () => {
  const c = corpusOf(
    article(
      'clauses.md',
      'Clauses',
      'The Weather Bureau’s provisional figures, published on Monday, put the mean temperature for July at 19.4C.',
      'Judge Ana Ferreira ruled that the jury could hear about the insurance claim Dunmore made in 2019, saying it was relevant to motive.',
    ),
  );

  it('skips a past participle describing the party (", published on Monday,")', () => {
    expect(assertersIn(c, '19.4C')).toEqual(['Weather Bureau']);
  });

  it('gives a participle to the main clause’s subject, past a relative clause without its pronoun ("the insurance claim Dunmore made")', () => {
    expect(assertersIn(c, 'relevant to motive')).toEqual(['Ana Ferreira']);
  });
});

describe('parties a seventh round of unseen articles needed', () => {
  const c = corpusOf(
    article(
      'outage-blame.md',
      'Outage',
      'Tasman Telecom, New Zealand’s second-largest mobile operator, said on Friday that a faulty update had caused the outage.',
      'A memo by the regulator was leaked to the daily Kowhai Ledger. The newspaper said the memo named three engineers.',
      'Citing an engineer at the company, the Kowhai Ledger also reported that the update had been installed on Tuesday.',
      'Tasman said the update came from its supplier. The supplier told a different story.',
    ),
  );

  it('skips an apposition owned by a place after the party ("Tasman Telecom, New Zealand’s second-largest mobile operator, said")', () => {
    expect(assertersIn(c, 'faulty update')).toEqual(['Tasman Telecom']);
  });

  it('finds an outlet described as "the daily" again as "the newspaper"', () => {
    expect(assertersIn(c, 'named three engineers')).toEqual(['Kowhai Ledger']);
  });

  it('gives a report to whom a sentence opens by citing ("Citing an engineer at the company, the Kowhai Ledger reported")', () => {
    expect(assertersIn(c, 'installed on Tuesday')).toEqual(['an engineer at the company']);
  });

  it('takes "told a different story" for no claim', () => {
    expect(claimsIn(c, 'told a different story')).toHaveLength(0);
  });
});

describe('parties an eighth round of unseen articles needed', () => {
  const c = corpusOf(
    article(
      'spill.md',
      'Spill',
      'Dr. Rosa Lim, the provincial health officer, said 14 people had been treated for rashes after wading in the river, and warned residents not to eat fish.',
      'The Sudanese Armed Forces gave a different account. In a statement, the army said its air force had struck a command post.',
      'Local station Nile Horizon TV aired the footage. Satellite images show a crater, according to Meridian Lens, a collective of open-source investigators. The group said it had found no trenches.',
      'Finance Minister Tomás Echeverría rejected the accusation as “absurd”, insisting that the ministry had always respected the bank’s autonomy.',
    ),
  );

  it('never takes "it" for a collective named by a plural', () => {
    const bank = corpusOf(article('bank.md', 'Bank', 'The Central Bank of Chile said it had no plans to meet. Traders said the memo had moved markets. The decision will come on Sept. 16, it said.'));
    expect(assertersIn(bank, 'decision will come')).toEqual(['Central Bank of Chile']);
  });

  it('does not read `“absurd”, insisting that the ministry ...` as a quotation inverted before its speaker', () => {
    expect(assertersIn(c, 'respected the bank’s autonomy')).toEqual(['Tomás Echeverría']);
  });

  it('gives "and warned" to the speaker of the sentence, not to the subject of what the speaker reported', () => {
    expect(assertersIn(c, 'treated for rashes')).toEqual(['Rosa Lim']);
  });

  it('takes "the army" for the armed forces named before, and "the group" for a body described as a collective', () => {
    expect(assertersIn(c, 'struck a command post')).toEqual(['Sudanese Armed Forces']);
    expect(assertersIn(c, 'found no trenches')).toEqual(['Meridian Lens']);
  });
});

describe('a court report: titles, ranks and witnesses', () => {
  const c = corpusOf(
    article(
      'arson.md',
      'Arson trial',
      'Opening the case, Rebecca Aldous KC told the jury that the defendant had nursed a grudge.',
      'Swiftlane’s site manager, Joanne Birch, said the depot had been closed for 11 weeks.',
      'The jury then heard from Kerry Nolan, 29, a night-shift loader, who gave evidence from behind a screen.',
      'Ms Nolan said she had stepped outside for a cigarette. ‘I knew it was him straight away,’ she told the court.',
      'Miss Aldous said the receipt was no coincidence.',
      'Detective Constable Mark Ellery, of Avon and Somerset Police, told the court that no fingerprints had been found.',
      'Under cross-examination, DC Ellery agreed that the images were ‘grainy’. ‘Not from the face, no,’ the officer replied.',
    ),
  );

  it('knows "Miss Aldous" and "Ms Nolan" as the women named in full before', () => {
    expect(assertersIn(c, 'no coincidence')).toEqual(['Rebecca Aldous KC']);
    expect(assertersIn(c, 'stepped outside')).toEqual(['Kerry Nolan']);
  });

  it('takes "she" for a witness brought in with her age, whose title says "she" where her first name guessed "he"', () => {
    expect(assertersIn(c, 'straight away')).toEqual(['Kerry Nolan']);
  });

  it('reads ", of Avon and Somerset Police," as where the speaker is from, not as the speaker', () => {
    expect(assertersIn(c, 'no fingerprints')).toEqual(['Mark Ellery']);
  });

  it('reads "agreed that" as a concession and "the officer" as the detective constable', () => {
    expect(assertersIn(c, 'were ‘grainy’')).toEqual(['Mark Ellery']);
    expect(assertersIn(c, 'Not from the face')).toEqual(['Mark Ellery']);
  });

  it('keeps a place the speaker is from a place when "he" follows', () => {
    const from = corpusOf(article('fans.md', 'Fans', 'Derek Mullane, 67, from Cardiff, said he had queued for an hour.'));
    expect(assertersIn(from, 'queued for an hour')).toEqual(['Derek Mullane']);
    expect(entityNamed(from, 'Cardiff')?.kind).toBe('place');
  });
});

describe('bylines and Indian English news copy', () => {
  const c = corpusOf(
    article(
      'bridge.md',
      'Bridge collapse',
      'By Ritu Sharma',
      'KESARGANJ: P. N. Sinha, executive engineer of the bridge corporation, opined that the bridge had been structurally sound. According to him, an overloaded sand truck may have weakened the span.',
      'Mahesh Paswan (45), a vegetable vendor who was on the bank, said he heard a loud cracking sound.',
      'A senior official of the district administration, on condition of anonymity, said that a complaint about cracks had been ignored.',
      'The Chief Minister’s Office (CMO) stated in a release that an ex-gratia of Rs 4 lakh would be paid. Late on Sunday, the SP informed that an FIR had been registered.',
    ),
  );

  it('knows initials before a surname as a person’s, and "according to him" as what that person said', () => {
    expect(entityNamed(c, 'P. N. Sinha')?.kind).toBe('person');
    expect(assertersIn(c, 'structurally sound')).toEqual(['P. N. Sinha']);
    expect(assertersIn(c, 'overloaded sand truck')).toEqual(['P. N. Sinha']);
  });

  it('leaves an age in brackets out of the name, and skips "on condition of anonymity" back to the subject', () => {
    expect(assertersIn(c, 'loud cracking sound')).toEqual(['Mahesh Paswan']);
    expect(assertersIn(c, 'complaint about cracks')).toEqual(['a senior official of the district administration']);
  });

  it('reads "stated in a release that" and "informed that" as reporting', () => {
    expect(assertersIn(c, 'ex-gratia')).toEqual(['Chief Minister’s Office']);
    expect(claimsIn(c, 'FIR had been registered')).toHaveLength(1);
  });

  it('reads "an opposition MP" as a role, and the participle after it as the MP’s', () => {
    const mp = corpusOf(article('video.md', 'Video', 'Dimitar Hristov, an opposition MP, called on the minister to resign, saying the minister had lied.'));
    expect(assertersIn(mp, 'had lied')).toEqual(['Dimitar Hristov']);
    expect(entityNamed(mp, 'MP')).toBeUndefined();
  });

  it('knows a title’s acronym in brackets as the person named after it, and a title naming its office as no body', () => {
    const district = corpusOf(
      article(
        'district.md',
        'District',
        'District Magistrate (DM) K. R. Menon told PTI that nine bodies had been recovered.',
        'Superintendent of Police (SP) Anjali Deshmukh said that divers were searching the river.',
        '“Every death is being recorded,” the DM stated. Later, the SP informed that an FIR had been registered.',
      ),
    );
    expect(assertersIn(district, 'Every death')).toEqual(['K. R. Menon']);
    expect(assertersIn(district, 'divers were searching')).toEqual(['Anjali Deshmukh']);
    expect(assertersIn(district, 'FIR had been registered')).toEqual(['Anjali Deshmukh']);
    expect(entityNamed(district, 'Anjali Deshmukh')?.kind).toBe('person');
    expect(entityNamed(district, 'DM')?.name).toBe('K. R. Menon');
    expect(entityNamed(district, 'SP')?.name).toBe('Anjali Deshmukh');
    for (const junk of ['Magistrate', 'Superintendent of Police']) expect(entityNamed(district, junk)).toBeUndefined();
  });

  it('reads "Secretary of State" before a name as the person’s title', () => {
    const state = corpusOf(article('talks.md', 'Talks', 'Secretary of State Marco Rubio said the talks would resume in May.'));
    expect(assertersIn(state, 'talks would resume')).toEqual(['Marco Rubio']);
    expect(state.entities.map((e) => e.name)).not.toContain('of State Marco Rubio');
  });

  it('reads a title and its office opening the sentence ("Chief of Staff John Kelly"), and a General Staff as a body', () => {
    const c = corpusOf(
      article(
        'staff.md',
        'Staff',
        'Chief of Staff John Kelly said he would stay.',
        'The Talvessan General Staff said 30 shells had been fired. Hospital staff said they had treated four people.',
      ),
    );
    expect(assertersIn(c, 'he would stay')).toEqual(['John Kelly']);
    expect(entityNamed(c, 'Talvessan General Staff')?.kind).toBe('organization');
    expect(assertersIn(c, 'treated four people')).toEqual(['Hospital staff']);
    expect(c.entities.map((e) => e.name)).not.toContain('Staff');
  });

  it('reads a body whose nouns the tagger takes for verbs ("The Sofia police directorate put the figure at")', () => {
    const c = corpusOf(article('march.md', 'March', 'The Sofia police directorate put the figure at about 22,000 at its peak.'));
    expect(assertersIn(c, '22,000')).toEqual(['Sofia police directorate']);
  });

  it('takes no job a byline gives for a person ("Markets Correspondent", "Staff Reporter"), and keeps the reporter', () => {
    const bylined = corpusOf(
      article('markets.md', 'Markets', 'By Priya Castellanos, Markets Correspondent, The Courier', 'Vantoro said withdrawals would resume.'),
      article('staff.md', 'Staff', 'By Staff Reporter', 'Dalia Ferreira said she was innocent.'),
    );
    const names = bylined.entities.map((e) => e.name);
    expect(names).toContain('Priya Castellanos');
    expect(names.filter((n) => /Correspondent|Reporter/u.test(n))).toEqual([]);
  });

  it('does not take the reporter of a byline for the "she" of the story', () => {
    const doping = corpusOf(
      article(
        'doping.md',
        'Doping',
        'By Carla Mendes',
        'LISBON, June 12 - Portuguese champion Dalia Ferreira has been suspended after a positive test, the commission announced.',
        'Within hours, the 27-year-old posted a statement in which she denied ever knowingly taking a banned substance.',
      ),
    );
    expect(assertersIn(doping, 'knowingly taking')).toEqual(['Dalia Ferreira']);
  });
});

describe('a live blog and state media', () => {
  const c = corpusOf(
    article(
      'quake.md',
      'Earthquake live',
      '06:41 BST – The Serevian Disaster Management Authority (SDMA) has issued its first figures. In a short statement, the agency said 23 people had died.',
      '11:00 BST – Jelena Kostić, of the Red Crescent, insisted by phone that her organisation stood by its estimate of 70 dead.',
      'Correction, 12.05pm: The regional health authority says only the east wing of the clinic was cleared.',
      'Its defence ministry spokesman, Choi Dong-hyun, told reporters that the ship had been rammed. Choi said the crew were civilians.',
    ),
  );

  it('reads a time zone after a timestamp as no name, so that "the agency" is the authority named before', () => {
    expect(assertersIn(c, '23 people had died')).toEqual(['Serevian Disaster Management Authority']);
    expect(entityNamed(c, 'BST')).toBeUndefined();
  });

  it('reads "insisted by phone that" as reporting, not as a passive', () => {
    expect(assertersIn(c, 'stood by its estimate')).toEqual(['Jelena Kostić']);
  });

  it('keeps a body described by another kind of work apart from the one named before', () => {
    expect(assertersIn(c, 'east wing')).toEqual(['regional health authority']);
  });

  it('names an anonymous source with what it was briefed on, and reads no claim in "did not name ... or say"', () => {
    const talks = corpusOf(
      article(
        'talks.md',
        'Talks',
        'Halvorsen’s board approved the offer last week, according to a person briefed on the talks.',
        'The agency did not name the prosecutor or say when the inquiry had been opened.',
      ),
    );
    expect(assertersIn(talks, 'approved the offer')).toEqual(['a person briefed on the talks']);
    expect(claimsIn(talks, 'did not name')).toEqual([]);
  });

  it('keeps "another analyst" apart from the analyst named before', () => {
    const analysts = corpusOf(
      article(
        'shares.md',
        'Shares',
        'Joanne Kwek, an analyst at Meridian Securities, said the report raised questions.',
        'Another analyst, who asked not to be named, said the report was overblown. He added that the shares would recover.',
      ),
    );
    expect(assertersIn(analysts, 'overblown')).toEqual(['Another analyst']);
    expect(assertersIn(analysts, 'shares would recover')).toEqual(['Another analyst']);
  });

  it('keeps both syllables of a hyphenated Korean given name', () => {
    expect(assertersIn(c, 'had been rammed')).toEqual(['Choi Dong-hyun']);
    expect(assertersIn(c, 'crew were civilians')).toEqual(['Choi Dong-hyun']);
  });
});

describe('"he" and "she"', () => {
  const c = corpusOf(
    article(
      'outage.md',
      'Outage',
      'Raymond Tuilagi, a builder, said he had tried to call an ambulance. “Every call just dropped,” he said.',
      'Outside a bakery in Geelong, owner Anjali Perera said she had lost a day of sales. “We had a queue out the door,” she said.',
    ),
  );

  it('does not take "she" for a man named by a man’s first name, and knows a woman by the "she" she says of herself', () => {
    expect(assertersIn(c, 'queue out the door')).toEqual(['Anjali Perera']);
    expect(entityNamed(c, 'Anjali Perera')?.kind).toBe('person');
    expect(entityNamed(c, 'Geelong')?.kind).toBe('place');
  });

  it('still finds a man for "he"', () => {
    expect(assertersIn(c, 'Every call just dropped')).toEqual(['Raymond Tuilagi']);
  });
});

describe('a quotation opened by "goes on:" or "continued:"', () => {
  const c = corpusOf(
    article(
      'clip.md',
      'Clip',
      'The senator spoke in Ohio. In the clip, Senator Dana Reyes goes on: “Taxes fell by half. Nobody noticed. So the deficit is a myth.”',
      'Reyes continued: “We will cut them again.” Prices continued to rise after the speech.',
    ),
  );

  it('gives the quotation to the speaker, every sentence it runs over included', () => {
    const [quoted] = claimsIn(c, 'Taxes fell by half');
    expect(asserterOf(c, quoted!).name).toBe('Dana Reyes');
    expect(quoted!.quote).toContain('So the deficit is a myth.”');
    expect(assertersIn(c, 'cut them again')).toEqual(['Dana Reyes']);
  });

  it('does not read "continued to rise" as reporting', () => {
    expect(claimsIn(c, 'Prices continued')).toHaveLength(0);
  });
});

describe('a quotation after a colon, with no verb of saying', () => {
  const c = corpusOf(
    article(
      'colon.md',
      'Colon',
      'The ministry said 38 people were killed. Margit Olsen, the head of the Red Cross delegation, gave a lower toll: “Our teams counted 27 bodies.”',
      'Governor Ana Ruiz visited the river on Monday. She was blunt: “Someone will answer for this.”',
      'She asked the obvious question: “Who pays for the clean-up?” The banner on the bridge read: “Leave our river alone.”',
    ),
  );

  it('gives the quotation to the subject of the clause before the colon', () => {
    expect(assertersIn(c, 'Our teams counted 27 bodies')).toEqual(['Margit Olsen']);
    expect(entityNamed(c, 'Margit Olsen')?.kind).toBe('person');
    expect(assertersIn(c, 'Someone will answer')).toEqual(['Ana Ruiz']);
    const [blunt] = claimsIn(c, 'Someone will answer');
    expect(blunt!.cue).toBe('was blunt');
    expect(blunt!.mode).toBe('direct');
  });

  it('makes no claim of a question or of a thing that has no voice', () => {
    expect(claimsIn(c, 'Who pays')).toHaveLength(0);
    expect(claimsIn(c, 'Leave our river alone')).toHaveLength(0);
  });
});

describe('a business described by its trade', () => {
  const c = corpusOf(
    article(
      'trade.md',
      'Trade',
      'Harlow Foods, a retailer based in Leeds, recalled its salads. The Food Standards Agency said it was told late.',
      'The salads were safe, the retailer said. Tests by Vale Analytical Laboratories, an independent laboratory commissioned by the council, found listeria, the laboratory said.',
    ),
  );

  it('is the business so described, and the laboratory is the laboratory', () => {
    expect(assertersIn(c, 'The salads were safe')).toEqual(['Harlow Foods']);
    expect(assertersIn(c, 'found listeria')).toEqual(['Vale Analytical Laboratories']);
  });

  it('is the business known by that trade ("the airline" is "Aurelia Airways"), not a public board, nor a business of another trade', () => {
    const air = corpusOf(
      article(
        'engine.md',
        'Engine',
        'An engine on an Aurelia Airways jet caught fire, the Transport Accident Investigation Board said in a report on Monday.',
        'The board said it was still reviewing the records.',
        'The airline said passengers had been disembarked quickly.',
        'The manufacturer said the engines were reliable.',
      ),
    );
    expect(assertersIn(air, 'disembarked quickly')).toEqual(['Aurelia Airways']);
    expect(assertersIn(air, 'engines were reliable')).not.toContain('Aurelia Airways');
    expect(assertersIn(air, 'engines were reliable')).not.toContain('Transport Accident Investigation Board');
  });

  it('is the maker a model was named after ("a Sorensen-Hale SH-520"), a business, but not "a Bayraktar"', () => {
    const made = corpusOf(
      article(
        'diversion.md',
        'Diversion',
        'Flight AU412, a Sorensen-Hale SH-520 carrying 176 passengers, diverted on Monday.',
        'The board cited a bulletin that Sorensen-Hale issued to operators in 2022.',
        'The manufacturer said in a statement that the engines were reliable.',
        'Troops shot down a Bayraktar TB2, the ministry said. Officials said a Bayraktar had been seen.',
      ),
    );
    expect(assertersIn(made, 'engines were reliable')).toEqual(['Sorensen-Hale']);
    expect(entityNamed(made, 'Sorensen-Hale')?.kind).toBe('organization');
    expect(entityNamed(made, 'Bayraktar')?.kind).not.toBe('organization');
  });

  it('is the body said to run what the description is compounded with ("the hospital group" runs hospitals), which is no place', () => {
    const ran = corpusOf(
      article(
        'breach.md',
        'Breach',
        'Lakeshore Regional Health, which runs four hospitals in western Michigan, has confirmed that patient data was stolen.',
        'Nine days earlier, the hospital group said there was no evidence that data had been taken.',
      ),
    );
    expect(assertersIn(ran, 'no evidence that data')).toEqual(['Lakeshore Regional Health']);
    expect(entityNamed(ran, 'Lakeshore Regional Health')?.kind).toBe('organization');
  });

  it('keeps an invented country in its ministry\'s name, finds the ministry by owner and head, and gives a reply\'s statement to who replied', () => {
    const clash = corpusOf(
      article(
        'clash.md',
        'Clash',
        'In a statement on Tuesday, Velmora’s Ministry of Foreign Affairs said Ostrakani troops had crossed the line of control.',
        'Ostrakan’s Foreign Ministry replied that evening with a statement, translated by the Observer.',
        '“Our patrol was fired upon without warning,” the statement said. It called on Velmora to withdraw.',
        'Velmora’s foreign ministry denied that its units had fired mortars.',
      ),
    );
    expect(assertersIn(clash, 'crossed the line')).toEqual(['Velmora’s Ministry of Foreign Affairs']);
    expect(assertersIn(clash, 'fired upon without warning')).toEqual(['Ostrakan’s Foreign Ministry']);
    expect(assertersIn(clash, 'fired mortars')).toEqual(['Velmora’s Ministry of Foreign Affairs']);
    expect(entityNamed(clash, 'Velmora’s Ministry of Foreign Affairs')?.aliases ?? []).not.toContain('Velmora');
  });

  it('takes "the auditors" and "the investigators" for the body named for their work, and for a group where none is', () => {
    const work = corpusOf(
      article(
        'audit.md',
        'Audit',
        'The Office of the Auditor General said the utility had missed its targets.',
        'The auditors also found that warnings had been ignored.',
        'The Transport Accident Investigation Board said it had recovered the recorders. The investigators said the crew had followed the checklist.',
      ),
      article('firm.md', 'Firm', 'Harlow Foods said its accounts were sound.', 'The auditors said the accounts were sound.'),
    );
    expect(assertersIn(work, 'warnings had been ignored')).toEqual(['Office of the Auditor General']);
    expect(assertersIn(work, 'followed the checklist')).toEqual(['Transport Accident Investigation Board']);
    expect(assertersIn(work, 'The auditors said')).toEqual(['auditors']);
  });

  it('takes "the company" for the business the headline names, met lately, over another described as a firm before', () => {
    const crypto = corpusOf(
      article(
        'freeze.md',
        'Vantoro freezes withdrawals as outflows mount',
        'Vantoro, a cryptocurrency exchange, halted withdrawals on Wednesday after analysts flagged transfers out of its wallets.',
        'Ledgerline Analytics, a research firm, said $412 million had left wallets belonging to Vantoro.',
        'Ledgerline said the money had gone to wallets linked to the exchange.',
        'A former employee said deposits had been lent to a trading firm.',
        'The commission said on Thursday that it had ordered Vantoro to stop accepting deposits.',
        'The commission said the product had never been authorized.',
        'The company insisted that the product had operated legally.',
      ),
    );
    expect(assertersIn(crypto, 'operated legally')).toEqual(['Vantoro']);
  });

  it('takes "it" after what it said for the body the words open with ("The bank will announce ..., it said")', () => {
    const c = corpusOf(
      article(
        'rates.md',
        'Rates',
        'Economists at the Central Bank of Chile recommended a cut. The peso fell, according to data compiled by Andes Market Data.',
        'Traders at two Santiago banks said funds had been buying bonds.',
        'The bank will announce its decision on Sept. 16, as scheduled, it said.',
      ),
    );
    expect(assertersIn(c, 'as scheduled')).toEqual(['Central Bank of Chile']);
  });

  it('reads a description after a name and its acronym ("the MEA, the union that ..."), and "the group" for a collective', () => {
    const c = corpusOf(
      article(
        'closure.md',
        'Closure',
        'Dana Kowalski, president of the Marlow Education Association (MEA), the union that represents the district’s teachers, told the board the figure was wrong. The Westbrook Ledger reported the vote.',
        'The union said it would file a grievance.',
        'Frontline Medical Relief (FMR), a Geneva-based aid group, runs the hospital’s surgical unit.',
        'Satellite images show a crater, according to Meridian Lens, a collective of open-source investigators. The group said it had found no trenches.',
      ),
    );
    expect(assertersIn(c, 'file a grievance')).toEqual(['Marlow Education Association']);
    expect(assertersIn(c, 'found no trenches')).toEqual(['Meridian Lens']);
  });

  it('reads a school district as a body that speaks, not the spokesman it describes', () => {
    const c = corpusOf(
      article(
        'district.md',
        'Closure',
        'The Marlow County School District board voted to close Harlow Creek Elementary.',
        'District spokesman Aaron Pell later told the Westbrook Ledger that the figure was final.',
        'The district maintained that it had given proper notice.',
      ),
    );
    expect(entityNamed(c, 'Marlow County School District')?.kind).toBe('organization');
    expect(assertersIn(c, 'proper notice')).toEqual(['Marlow County School District']);
  });

  it('keeps a people’s word apart from a body it opens ("the Welsh government", "Welsh Dairy Producers’ Association")', () => {
    const c = corpusOf(
      article('welsh.md', 'Dairy', 'The Welsh Dairy Producers’ Association (WDPA) said prices were too low.', 'The Welsh government says the number of cows is stable.'),
    );
    expect(entityNamed(c, 'Welsh Dairy Producers’ Association')?.aliases).not.toContain('Welsh');
    expect(c.entities.map((e) => e.name)).not.toContain('Welsh');
  });

  it('finds a party in a unit of a body, a short-seller, a strategist or creditors', () => {
    const c = corpusOf(
      article(
        'trade.md',
        'Trade',
        'Lantern Ridge Research, a short-seller, published a report on Korvana. “The business has barely grown,” the short-seller wrote.',
        'The exchange’s regulatory unit said it was aware of the report. A strategist at the bank said rates would fall. Creditors said they had not been paid.',
      ),
    );
    expect(assertersIn(c, 'barely grown')).toEqual(['Lantern Ridge Research']);
    expect(assertersIn(c, 'aware of the report')).toEqual(['exchange’s regulatory unit']);
    expect(assertersIn(c, 'rates would fall')).toEqual(['a strategist at the bank']);
    expect(assertersIn(c, 'not been paid')).toEqual(['Creditors']);
  });

  it('gives "the company" to a business only the headline names, which becomes an entity of its own', () => {
    const recall = corpusOf(
      article('recall.md', 'Boeing shares fall after recall', '“We are reviewing the data,” the company said in a statement.'),
      article('plain.md', 'Visa talks widen', 'The company said in a statement that the talks would go on.'),
    );
    expect(assertersIn(recall, 'reviewing the data')).toEqual(['Boeing']);
    expect(assertersIn(recall, 'talks would go on')).toEqual(['Visa']);
    expect(entityNamed(recall, 'Boeing')?.kind).toBe('organization');
  });

  it('takes a titled surname shared by two people for the one the title fits ("Cllr Pennington", "Mrs Pennington")', () => {
    const shared = corpusOf(
      article(
        'meadow.md',
        'Meadow',
        'Cllr Gerald Pennington spoke in favour of the application on 14 May.',
        'Residents say Helen Pennington, the councillor’s wife, holds shares in the developer.',
        'Cllr Pennington said he had no interest to declare.',
        'Mrs Pennington said the shares were worth a few hundred pounds.',
      ),
    );
    expect(assertersIn(shared, 'no interest to declare')).toEqual(['Gerald Pennington']);
    expect(assertersIn(shared, 'a few hundred pounds')).toEqual(['Helen Pennington']);
  });
});

describe('clauses a fourteenth round of unseen articles needed', () => {
  const c = corpusOf(
    article(
      'council.md',
      'Council',
      'A council officer who asked not to be named, because they were not authorised to speak to the press, told the Gazette that the councillor had dined with the developer.',
      'Malaysian officials said the cargo could be seized, while lawyers for the owner, Lotus Crest Shipping Inc., argued that the detention was unlawful.',
      'Asked whether the report assigned blame, the mission’s chief observer, Brig. Gen. Annelise Korhonen, said: “Our job is to establish facts.”',
    ),
  );

  it('skips a subordinate clause with a verb of its own back to the subject, but not one that holds the subject', () => {
    expect(assertersIn(c, 'had dined with the developer')).toEqual(['a council officer']);
    expect(assertersIn(c, 'the detention was unlawful')).toContain('lawyers for the owner');
  });

  it('lets the verb speak when "according to" names no party, and "the gang" find the group that calls itself by a name', () => {
    const leak = corpusOf(
      article(
        'leak.md',
        'Leak',
        'A criminal group calling itself BlackMarrow claimed responsibility for the attack on its leak site on March 4, according to screenshots reviewed by the Herald-Dispatch.',
        'In that post, the gang said it had taken 1.4 terabytes of data.',
        'According to a second post on March 9, the gang also claimed that Lakeshore had entered into negotiations.',
        'Lead levels exceeded the limit for months before the private company that runs the network told the regulator, according to its own records.',
      ),
    );
    expect(assertersIn(leak, 'claimed responsibility')).toEqual(['BlackMarrow']);
    expect(assertersIn(leak, '1.4 terabytes')).toEqual(['BlackMarrow']);
    expect(assertersIn(leak, 'entered into negotiations')).toEqual(['BlackMarrow']);
    // A verb inside a clause of what was said is not the sentence's own.
    expect(assertersIn(leak, 'Lead levels exceeded')).not.toContain('private company');
  });

  it('finds a body by its country’s demonym, the gazetteer’s or one formed from a name the article gives ("the Ostrakani ministry")', () => {
    const ministries = corpusOf(
      article(
        'clash.md',
        'Clash',
        'Russia’s Foreign Ministry said the troops had crossed the line. Ukraine’s Foreign Ministry said the opposite.',
        'On Sunday, the Russian ministry said it took note of the findings.',
        'Velmora’s Foreign Ministry said the patrol had crossed the line. Ostrakan’s Foreign Ministry said the opposite.',
        'The Ostrakani ministry said it would appeal. The Velmoran ministry said the report vindicated it.',
      ),
    );
    expect(assertersIn(ministries, 'took note of the findings')).toEqual(['Russia’s Foreign Ministry']);
    expect(assertersIn(ministries, 'would appeal')).toEqual(['Ostrakan’s Foreign Ministry']);
    expect(assertersIn(ministries, 'vindicated it')).toEqual(['Velmora’s Foreign Ministry']);
  });

  it('gives "its" and "the broadcaster" to the outlet named in apposition after its owner ("Ostrakan’s state broadcaster, OTV,")', () => {
    const tv = corpusOf(
      article(
        'tv.md',
        'TV',
        'The United Nations Observer Mission said its report would be published.',
        'Ostrakan’s state broadcaster, OTV, went further. Its evening bulletin reported that Velmoran forces had shelled Drevna.',
        'The broadcaster also said that more than a dozen soldiers had been killed.',
      ),
    );
    expect(assertersIn(tv, 'had shelled Drevna')).toEqual(['OTV']);
    expect(assertersIn(tv, 'more than a dozen')).toEqual(['OTV']);
  });

  it('reads a name the tagger takes for an adverb ("Tessaly said") once the article has named it, and no cue in a clause after a noun ("the terabytes the gang had claimed")', () => {
    const labs = corpusOf(
      article('labs.md', 'Labs', 'The files were examined by Tessaly Labs, a threat-monitoring firm.', 'Tessaly said that the material amounted to about 9 gigabytes, a small fraction of the 1.4 terabytes the gang had claimed.'),
    );
    expect(assertersIn(labs, '9 gigabytes')).toEqual(['Tessaly Labs']);
  });

  it('takes a described subject of a sentence that attributes nothing for whom "its" and "it" mean next', () => {
    const mission = corpusOf(
      article(
        'mission.md',
        'Mission',
        'Two soldiers were killed, according to a report released on Saturday by the United Nations Observer Mission.',
        'Velmora’s Ministry of Foreign Affairs said Ostrakani troops had crossed the line.',
        'The observer mission, which has 41 unarmed monitors, reached the pass on Thursday.',
        'Its 14-page report found that the patrol had been about 300 metres south of the line.',
        'But the monitors were “unable to determine which side fired first,” it said.',
      ),
    );
    expect(assertersIn(mission, '300 metres south')).toEqual(['United Nations Observer Mission']);
    expect(assertersIn(mission, 'which side fired first')).toEqual(['United Nations Observer Mission']);
  });

  it('reads the speaker after a question put to them, and "Brig." as a title', () => {
    expect(assertersIn(c, 'Our job is to establish facts')).toEqual(['Annelise Korhonen']);
    expect(c.entities.map((e) => e.name)).not.toContain('Brig');
  });
});

describe('clauses a fifteenth round of unseen articles needed', () => {
  const c = corpusOf(
    article(
      'summit.md',
      'Summit',
      'DTV-1 led its bulletin with an interview with the foreign minister, Marko Hadzic, who insisted that the decision to leave was taken in the room. He told the channel that the president had later returned.',
      'The news agency OSNA reported that the prime minister had telephoned the president. The Drevnian presidency said no such call had taken place.',
      'The Lutavian presidency said in a statement that no microphone had been switched off.',
      'The ministry said its survey had found 40,000 people in need, a fraction of the IPC estimate.',
      'The World Food Programme (WFP) offered a very different picture. Its market monitors say the price of sorghum has tripled.',
    ),
  );

  it('gives a claim in a relative clause with "that" to the one "who" stands for, whom "he" then finds', () => {
    expect(assertersIn(c, 'taken in the room')).toEqual(['Marko Hadzic']);
    expect(assertersIn(c, 'later returned')).toEqual(['Marko Hadzic']);
  });

  it('reads a presidency as a body, set apart by a demonym of a place the article never names', () => {
    expect(assertersIn(c, 'no such call')).toEqual(['Drevnian presidency']);
    expect(assertersIn(c, 'no microphone')).toEqual(['Lutavian presidency']);
  });

  it('takes "the IPC estimate" for a noun, not a verb whose subject says the sentence', () => {
    expect(assertersIn(c, '40,000 people in need')).toEqual(['ministry']);
  });

  it('gives a quotation block to the speaker its last line names, and a post to its author, not to where it was posted', () => {
    const block = corpusOf(
      article(
        'blast.md',
        'Blast',
        '> "We saw a flash and then the windows came in. A minute later the whole house shook." > — Dolores Quint, who lives on Marsh Lane',
        'A post by an anonymous member of a community group on Facebook claimed that a third worker was missing.',
        'Doorbell-camera footage from Marsh Lane shows two flashes 52 seconds apart.',
      ),
    );
    expect(assertersIn(block, 'the windows came in')).toEqual(['Dolores Quint']);
    expect(assertersIn(block, 'a third worker was missing')).toEqual(['an anonymous member of a community group']);
    expect(assertersIn(block, 'two flashes')).toEqual([]);
  });

  it('finds "the former employee" in a former member of the firm\'s team', () => {
    const staff = corpusOf(
      article(
        'exchange.md',
        'Exchange',
        'A former member of Vantoro’s finance team alleged that deposits had been lent to a trading firm.',
        'Caspian Reyes denied it.',
        'The former employee also said the risk team had warned Reyes in May.',
      ),
    );
    expect(assertersIn(staff, 'warned Reyes')).toEqual(['a former member of Vantoro’s finance team']);
  });

  it('names "its market monitors" by whose they are', () => {
    expect(assertersIn(c, 'tripled')).toEqual(['World Food Programme’s market monitors']);
  });
});

describe('parties and cues a sixteenth round of unseen articles needed', () => {
  const c = corpusOf(
    article(
      'obituary.md',
      'Mirela Vantu, violinist who carried folk tunes into the concert hall, dies at 71',
      'Mirela Vantu has died at her home outside Brașov. Her son, Tudor Vantu, said she had died in her sleep.',
      'The Brașov County Police Inspectorate (IPJ Brașov) said in a statement that it had opened a file.',
      'The music historian Paul Moraru, who is writing a biography of her, told this newspaper that he had found no travel record.',
      'The culture minister, Elena Dumitrescu, called her “a voice of the villages who taught the cities to listen.”',
      'Her husband, the painter Andrei Vantu, died in 2008. Vantu’s later years were marked by a quarrel with the Romanian Academy.',
      'She said at the time that the academy considered village music “beneath scholarship.” The academy said then that the recordings lacked documentation.',
      'Haugen’s family said in a statement released through his employer, the engineering firm Fjordvann AS, that they were relieved.',
      'His brother, Per Haugen, told the broadcaster TV Vest that Erik had lost weight.',
      'The district’s own demographer, in a report presented last fall, projected that enrollment would rise.',
    ),
  );

  it('reads a verb after a clause that ends in a pronoun, and "called her “...”" as a verdict on her', () => {
    expect(assertersIn(c, 'no travel record')).toEqual(['Paul Moraru']);
    expect(assertersIn(c, 'a voice of the villages')).toEqual(['Elena Dumitrescu']);
  });

  it('keeps an acronym with the place it serves with the body, an inspectorate a body, and finds the academy and a family', () => {
    expect(assertersIn(c, 'opened a file')).toEqual(['Brașov County Police Inspectorate']);
    expect(entityNamed(c, 'Brașov County Police Inspectorate')?.aliases).toContain('IPJ Brașov');
    expect(assertersIn(c, 'lacked documentation')).toEqual(['Romanian Academy']);
    expect(assertersIn(c, 'they were relieved')).toEqual(['Haugen’s family']);
    expect(assertersIn(c, 'enrollment would rise')).toHaveLength(1);
  });

  it('takes a surname relatives share for the one the headline names', () => {
    expect(assertersIn(c, 'beneath scholarship')).toEqual(['Mirela Vantu']);
  });

  it('takes "the Ledger" for the paper whose name ends in it, but not a head word given an acronym of its own', () => {
    const papers = corpusOf(
      article('ledger.md', 'Shooting', 'The Eastbrook Ledger obtained the footage. The Ledger reported that two officers fired.', 'A Hospital (PMCH) spokesman and the Sadar Hospital both said the boy had died.'),
    );
    expect(assertersIn(papers, 'two officers fired')).toEqual(['Eastbrook Ledger']);
    expect(entitiesNamed(papers, 'Ledger')).toHaveLength(1);
    expect(entityNamed(papers, 'Sadar Hospital')?.aliases ?? []).not.toContain('Hospital');
  });
});

describe('quoted as saying', () => {
  const c = corpusOf(
    article(
      'quoted.md',
      'Quoted',
      'One survivor, identified by the agency only as Mamadou, said he had lost his brother. “He was holding my arm,” he was quoted as saying.',
      'The state news agency quoted an unnamed official as saying the civilians had been pardoned.',
    ),
  );

  it('gives the words to the one quoted, and a description to the name it was given', () => {
    expect(assertersIn(c, 'lost his brother')).toEqual(['Mamadou']);
    expect(assertersIn(c, 'He was holding my arm')).toEqual(['Mamadou']);
  });

  it('gives what an outlet quotes someone as saying to that someone, through the outlet', () => {
    const [pardoned] = claimsIn(c, 'had been pardoned');
    expect(asserterOf(c, pardoned!).name).toMatch(/unnamed official/u);
    expect(pardoned!.via).toBeDefined();
  });
});

describe('a subject set apart from its verb by commas of its own', () => {
  const c = corpusOf(
    article(
      'apart.md',
      'Apart',
      'In Lviv, Halyna Marchuk, whose son Dmytro, a marine, was captured in 2022, said she had been told he would be freed.',
      'Pro-Russian Telegram channels, among them the military blog Northern Front, claimed that the men had surrendered.',
    ),
  );

  it('finds the subject before a relative clause or a list of members', () => {
    expect(assertersIn(c, 'she had been told')).toEqual(['Halyna Marchuk']);
    expect(assertersIn(c, 'the men had surrendered')).toEqual(['Pro-Russian Telegram channels']);
  });
});

describe('a party’s verdict on an account, and a second clause of what was said', () => {
  const c = corpusOf(
    article(
      'verdict.md',
      'Verdict',
      'The newspaper reported, citing two former employees, that staff had been told to reheat chicken. Caterer Florin Crăciun called the former employees’ account “a lie spread by people we dismissed”.',
      'Several parents whose children attend the school said the chicken tasted sour, and that a teacher had told them to eat it anyway. Fans called for calm.',
    ),
  );

  it('reads "called the account “...”" as a claim, one that disputes the account', () => {
    expect(assertersIn(c, 'a lie spread by')).toEqual(['Florin Crăciun']);
    const [account] = claimsIn(c, 'told to reheat chicken');
    expect(account!.status).toBe('disputed');
    expect(claimsIn(c, 'called for calm')).toHaveLength(0);
  });

  it('keeps ", and that ..." with what the parents said, and finds the parents before "whose"', () => {
    expect(assertersIn(c, 'tasted sour')).toEqual(['Several parents']);
  });
});

describe('a figure its own sentence says could not be verified', () => {
  const c = corpusOf(
    article(
      'villages.md',
      'Villages',
      'Residents of two neighbouring villages told this newspaper they had recovered seven bodies, a figure that could not be independently verified.',
    ),
  );

  it('is the residents’ claim, unverified', () => {
    const [bodies] = claimsIn(c, 'seven bodies');
    expect(asserterOf(c, bodies!).name).toBe('Residents of two neighbouring villages');
    expect(bodies!.status).toBe('unverified');
  });
});

describe('a report named by its owner', () => {
  const c = corpusOf(
    article(
      'report.md',
      'Report',
      'Pacific Coast Rail said a landslip caused the crash. “It was the weather,” its chief operating officer, Dianne Whitlock, told reporters.',
      'That was not supported by the National Rail Safety Authority’s preliminary report, which found no landslip.',
      'The report said the rail had fractured. The train was within the limit, according to the report. The company has maintained that storms were to blame.',
    ),
  );

  it('is the owner’s, later too', () => {
    expect(assertersIn(c, 'the rail had fractured')).toEqual(['National Rail Safety Authority']);
    expect(assertersIn(c, 'within the limit')).toEqual(['National Rail Safety Authority']);
  });

  it('leaves "the company" to the rail operator', () => {
    expect(entityNamed(c, 'Pacific Coast Rail')?.kind).toBe('organization');
    expect(assertersIn(c, 'storms were to blame')).toEqual(['Pacific Coast Rail']);
  });
});

describe('bodies and groups that speak', () => {
  const c = corpusOf(
    article(
      'bodies.md',
      'Bodies',
      'At least 12 people died, Italy’s coastguard said. The coastguard said 27 survivors were pulled from the water.',
      'The civilian hotline Watchline said it passed on the position. The hotline also said a child had died.',
      'One of the freed marines said he had lost 30 kilograms. The IOM’s office in Italy said 38 were missing.',
      'A charity filed a complaint. The prosecutor’s office confirmed it had received the complaint.',
    ),
  );

  it('reads the coastguard, a hotline and freed marines as parties', () => {
    expect(assertersIn(c, '27 survivors')).toEqual(['Italy’s coastguard']);
    expect(entityNamed(c, 'Italy’s coastguard')?.kind).toBe('organization');
    expect(assertersIn(c, 'a child had died')).toEqual(['Watchline']);
    expect(assertersIn(c, 'lost 30 kilograms')).toHaveLength(1);
  });

  it('keeps "the prosecutor’s office" apart from another office named before', () => {
    expect(assertersIn(c, 'had received the complaint')).not.toContain('IOM’s office in Italy');
  });
});

describe('a person described as the head of a body', () => {
  const c = corpusOf(
    article(
      'board.md',
      'Board',
      'René Mamani said the count was fair.',
      'The head of the regional board also rejected the claims of fraud. Hugo Condori, a lawyer who leads the board, said every sheet had been checked twice.',
    ),
  );

  it('is not whoever spoke last', () => {
    expect(assertersIn(c, 'also rejected the claims')).not.toContain('René Mamani');
    expect(assertersIn(c, 'also rejected the claims')).toHaveLength(1);
  });
});

describe('an interview printed as questions and answers', () => {
  const c = corpusOf(
    article(
      'interview.md',
      'Interview',
      'Floods have closed the valley road, according to the mayor of Lindau, Petra Hahn. We reached her by phone on Friday.',
      'Q: How many homes are cut off?',
      'A: About 300 homes have no road access. A bridge is not expected before Monday.',
      'Q: Has the government helped?',
      'A: Not enough. The minister said on Tuesday that help was coming, but nothing has arrived.',
      'The interior ministry said supplies had been sent on Wednesday.',
    ),
  );

  it('gives each answer to the person interviewed, its later sentences carrying it on', () => {
    const [answer] = claimsIn(c, 'About 300 homes');
    expect(asserterOf(c, answer!).name).toBe('Petra Hahn');
    expect(answer!.cue).toBe('A:');
    expect(answer!.mode).toBe('direct');
    expect(answer!.quote).toContain('not expected before Monday');
    expect(assertersIn(c, 'Not enough')).toEqual(['Petra Hahn']);
  });

  it('still reads a claim the answer reports, and gives the questions no claim', () => {
    expect(assertersIn(c, 'help was coming')).toContain('minister');
    expect(claimsIn(c, 'How many homes')).toHaveLength(0);
  });

  it('finds the person interviewed whatever pronoun they go by', () => {
    const his = corpusOf(article('his.md', 'Interview', 'The road is shut, according to the mayor, Peter Vogt. We reached him by phone.', 'Q: How long?', 'A: At least a week.'));
    expect(assertersIn(his, 'At least a week')).toEqual(['Peter Vogt']);
  });

  it('puts the questions to the person named last, not to the last speaker', () => {
    const named = corpusOf(
      article(
        'named.md',
        'Interview',
        '“The audit is damning,” said Layla Haddad, the monitor’s director.',
        'We spoke to Trần Quốc Bảo, the agency’s country director, on Wednesday.',
        'Q: The militia’s spokesman says your own staff sold food in the market.',
        'A: We have found no evidence of that.',
        'Trần said losses had since fallen below 3 percent.',
      ),
    );
    // "We" in an answer is the interviewee's organisation speaking through him: the answer stays his.
    expect(assertersIn(named, 'found no evidence')).toEqual(['Trần Quốc Bảo']);
    // The question's premise is put to him to answer: it is nobody's claim here.
    expect(claimsIn(named, 'sold food')).toEqual([]);
    // A family name written first is what he is called by after.
    expect(assertersIn(named, 'fallen below 3 percent')).toEqual(['Trần Quốc Bảo']);
  });

  it('ends the interview at the first paragraph that neither asks nor answers', () => {
    expect(assertersIn(c, 'supplies had been sent')).toEqual(['interior ministry']);
  });

  it('gives a paragraph under the interviewee’s name in capitals to them, and one under the magazine’s to no one', () => {
    const magazine = corpusOf(
      article(
        'magazine.md',
        'Interview',
        'Gwen Pritchard has milked cows near Llanfair Caereinion for thirty years.',
        'FIELD & MARKET: Why the blockades?',
        'GWEN PRITCHARD: Because we have run out of polite ways to say it. Our members are paid 34 pence a litre.',
        'F&M: Greenway says it pays more than its rivals.',
        'PRITCHARD: They told us in March that a rise was coming. It never came.',
        '[Editor’s note: Greenway said it had never promised a rise.]',
        'F&M: Do you worry about your farm?',
        'PRITCHARD: Every night.',
      ),
    );
    expect(assertersIn(magazine, 'polite ways')).toEqual(['Gwen Pritchard']);
    expect(assertersIn(magazine, 'Every night')).toEqual(['Gwen Pritchard']);
    expect(claimsIn(magazine, 'pays more than its rivals')).toEqual([]);
    expect(assertersIn(magazine, 'never promised')).toEqual(['Greenway']);
    // The labels name no one anew.
    expect(entityNamed(magazine, 'Gwen Pritchard')?.aliases).toEqual([]);
  });

  it('reads a dateline with a colon that opens one paragraph as no speaker’s label', () => {
    const dateline = corpusOf(article('dateline.md', 'Bridge', 'KESARGANJ: P. N. Sinha, the engineer, said the bridge had been sound.', 'The district said it would investigate.'));
    expect(assertersIn(dateline, 'had been sound')).toEqual(['P. N. Sinha']);
  });
});

describe('cited sources', () => {
  for (const [words, platform, author] of [
    ['observers had been turned away', 'Telegram', 'Kadri Saar'],
    ['Reyes wrote that', 'Instagram', 'Tomas Reyes'],
  ] as const) {
    it(`records a post on ${platform} with its author and the citing words`, () => {
      const [claim] = claimsIn(corpus, words);
      expect(asserterOf(corpus, claim!).name).toBe(author);
      const post = cited(corpus, claim!.via);
      expect(post).toMatchObject({ form: 'post', channel: platform, entityId: claim!.asserterId });
      expect(post.citedBy).toEqual([expect.objectContaining({ articleId: claim!.sourceId, sentenceId: claim!.sentenceIds[0] })]);
      expect(post.citedBy[0]!.words).toContain(`post on ${platform}`);
    });
  }

  it('records the report of a relay named before "citing", with the parties it cites as the asserters', () => {
    const c = corpusOf(
      article(
        'pumps.md',
        'Pump maker faces new questions',
        'A Dublin radio station, citing two officials at the authority, reported that inspectors had first raised concerns in November.',
        'A Mombasa news website, citing three officials at the National Treasury, reported that lenders had frozen a loan payment.',
      ),
    );
    const [relayed] = claimsIn(c, 'inspectors had first raised');
    expect(asserterOf(c, relayed!).name).toBe('two officials at the authority');
    const report = cited(c, relayed!.via);
    expect(report.form).toBe('report');
    expect(c.entities.find((e) => e.id === report.entityId)?.name).toBe('a Dublin radio station');
    expect(report.citedBy[0]!.words).toBe('citing two officials at the authority, reported');
    // A relay that names no party of its own still leaves the claim to the parties it cites.
    expect(assertersIn(c, 'lenders had frozen')).toEqual(['three officials at the National Treasury']);
  });

  it('names a party ending on an acronym in brackets with the bracket closed', () => {
    const c = corpusOf(
      article('count.md', 'Count', 'Observers from the Northern Monitoring Network (NMN), which sent 12 staff, said in a preliminary report that the count had been orderly.'),
    );
    const [claim] = claimsIn(c, 'count had been orderly');
    expect(asserterOf(c, claim!).name).toBe('Observers from the Northern Monitoring Network (NMN)');
    expect(cited(c, claim!.via).title).toBe('Report by Observers from the Northern Monitoring Network (NMN)');
  });

  it('records a statement by the party that issued it', () => {
    const [claim] = claimsIn(corpus, 'the company said the deal');
    const statement = cited(corpus, claim!.via);
    expect(statement.form).toBe('statement');
    expect(statement.entityId).toBe(entityNamed(corpus, 'Halden Industries')?.id);
    expect(statement.citedBy[0]!.words).toContain('statement');
  });

  it('records a briefing', () => {
    const [claim] = claimsIn(corpus, 'no plants would close');
    expect(asserterOf(corpus, claim!).name).toBe('Ingrid Berg');
    const briefing = cited(corpus, claim!.via);
    expect(briefing.form).toBe('briefing');
    expect(briefing.entityId).toBe(claim!.asserterId);
    expect(briefing.citedBy[0]!.words).toContain('briefing');
  });

  it('leaves "via" unset when the article cites no carrier', () => {
    const [claim] = claimsIn(corpus, 'Coach Elena Duarte said');
    expect(claim!.via).toBeUndefined();
  });
});

describe('subjects', () => {
  it('lists the parties a claim is about, never its asserter', () => {
    const [claim] = claimsIn(corpus, 'Coach Elena Duarte said Reyes would start');
    expect(claim!.subjects).toContain(entityNamed(corpus, 'Tomas Reyes')?.id);
    for (const c of corpus.claims) expect(c.subjects).not.toContain(c.asserterId);
  });

  it('does not count the party told as a subject ("told the Associated Press")', () => {
    const [claim] = claimsIn(corpus, 'a senior port official told');
    expect(claim).toBeDefined();
    expect(claim!.subjects).not.toContain(entityNamed(corpus, 'Associated Press')?.id);
  });
});

describe('records', () => {
  it('keeps claim ids when another article is added to the corpus', () => {
    const alone = corpusOf(election).claims.map((c) => c.id).sort();
    const together = corpusOf(election, sport).claims.filter((c) => c.sourceId === election.id).map((c) => c.id).sort();
    expect(alone.length).toBeGreaterThan(0);
    expect(together).toEqual(alone);
  });

  it('keeps every sentence of every article in its source record', () => {
    for (const input of [election, business, sport, shipping]) {
      const source = corpus.sources.find((s): s is ArticleSource => s.kind === 'article' && s.id === input.id);
      expect(source).toBeDefined();
      const paragraphs = source!.paragraphs.map((p) => p.sentences.map((s) => s.text).join(' '));
      expect(paragraphs).toEqual(input.blocks.map((b) => b.text));
    }
  });

  it('quotes each claim’s sentence as the source record has it', () => {
    for (const claim of corpus.claims) {
      const source = corpus.sources.find((s): s is ArticleSource => s.kind === 'article' && s.id === claim.sourceId)!;
      const sentence = source.paragraphs.flatMap((p) => p.sentences).find((s) => s.id === claim.sentenceIds[0]);
      expect(sentence?.text).toBe(claim.quote);
      expect(claim.quote.slice(claim.cueSpan.start, claim.cueSpan.end)).toBe(claim.cue);
    }
  });

  it('resolves every reference', () => {
    const entities = new Set(corpus.entities.map((e) => e.id));
    const sources = new Set(corpus.sources.map((s) => s.id));
    const sentences = new Set(corpus.sources.flatMap((s) => (s.kind === 'article' ? s.paragraphs.flatMap((p) => p.sentences.map((x) => `${s.id}#${x.id}`)) : [])));
    for (const c of corpus.claims) {
      expect(sources.has(c.sourceId)).toBe(true);
      for (const s of c.sentenceIds) expect(sentences.has(`${c.sourceId}#${s}`)).toBe(true);
      expect(entities.has(c.asserterId)).toBe(true);
      for (const s of c.subjects) expect(entities.has(s)).toBe(true);
      if (c.via !== undefined) expect(sources.has(c.via)).toBe(true);
      for (const e of c.evidence) expect(sentences.has(`${e.sourceId}#${e.sentenceId}`)).toBe(true);
    }
    for (const s of corpus.sources) {
      if (s.kind !== 'cited') continue;
      expect(entities.has(s.entityId)).toBe(true);
      for (const c of s.citedBy) expect(sentences.has(`${c.articleId}#${c.sentenceId}`)).toBe(true);
    }
    for (const e of corpus.entities) for (const m of e.mentions) expect(sentences.has(`${m.sourceId}#${m.sentenceId}`)).toBe(true);
  });

  it('gives every mention a span that slices back to its text', () => {
    const text = new Map(corpus.sources.flatMap((s) => (s.kind === 'article' ? s.paragraphs.flatMap((p) => p.sentences.map((x) => [`${s.id}#${x.id}`, x.text] as const)) : [])));
    for (const e of corpus.entities) {
      for (const m of e.mentions) expect(text.get(`${m.sourceId}#${m.sentenceId}`)?.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe('how a party is written', () => {
  const c = corpusOf(
    article(
      'written.md',
      'Written',
      'Ingrid Halvorsen-Ødegaard, Vesterland’s minister for development cooperation, told reporters that the findings were alarming.',
      'It was reported last week by Radio Galmirre that two staff had been referred to prosecutors.',
      'It was reported by Talvessan state television, TVR1, that two observers had been lightly injured.',
      'It was reported in local media on Wednesday that the customs system had also been hit.',
      'It was reported in March that the mine had closed.',
      'Korvath’s embassy in Valdmora “categorically” rejected the accusation, saying in a statement that Korvath had never attacked a friendly nation.',
      'The Marlow County Office of Emergency Services puts the figure at 63, not 71.',
      'The Calveira Port Authority (CPA) said the port was closed.',
      'According to an internal CPA memo seen by AFP, the attackers entered through a contractor’s account.',
      'Our correspondent in Lenmark reports that ambulances were still arriving at the hospital.',
      'The minister was quoted by the Vesterland news agency NTV as saying that other donors were reviewing their funding.',
      'An internal UN audit has found that much of the food aid was diverted.',
    ),
  );

  it('gives words quoted in a passive to the one quoted, through whoever quoted them', () => {
    const [reviewing] = claimsIn(c, 'other donors were reviewing');
    expect(asserterOf(c, reviewing!).name).toBe('Ingrid Halvorsen-Ødegaard');
    expect(reviewing!.via).toBeDefined();
  });

  it('reads what an audit found as its author’s', () => {
    expect(assertersIn(c, 'food aid was diverted')).toEqual(['UN']);
  });

  it('gives the words to the person named before a country’s role and its complement', () => {
    expect(assertersIn(c, 'findings were alarming')).toEqual(['Ingrid Halvorsen-Ødegaard']);
  });

  it('reads who reported it in a passive, after a time, in apposition or as an outlet "in" which it was', () => {
    expect(assertersIn(c, 'referred to prosecutors')).toEqual(['Radio Galmirre']);
    expect(entityNamed(c, 'Radio Galmirre')?.kind).toBe('organization');
    expect(assertersIn(c, 'lightly injured')).toEqual(['TVR1']);
    expect(assertersIn(c, 'customs system')).toEqual(['local media']);
    expect(claimsIn(c, 'mine had closed')).toEqual([]);
  });

  it('looks past one adverb in quotation marks to the subject', () => {
    expect(assertersIn(c, 'never attacked')).toEqual(['Korvath’s embassy in Valdmora']);
  });

  it('reads "puts the figure at"', () => {
    expect(assertersIn(c, 'puts the figure at 63')).toEqual(['Marlow County Office of Emergency Services']);
  });

  it('gives a document to its author, not to the outlet that saw it', () => {
    expect(assertersIn(c, 'contractor’s account')).toEqual(['Calveira Port Authority']);
  });

  it('reads no claim in the outlet’s own correspondent’s reporting', () => {
    expect(claimsIn(c, 'ambulances were still arriving')).toEqual([]);
  });
});
