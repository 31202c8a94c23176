import { describe, expect, it } from 'vitest';
import type { Claim, Corpus } from '../../src/pipeline/schema.ts';
import { article, claimsIn, corpusOf } from './support.ts';

function soleAsserterName(corpus: Corpus, c: Claim): string | undefined {
  return corpus.entities.find((e) => e.id === c.asserterId)?.name;
}

/** The one claim made in the sentence containing `words`. */
function claim(corpus: Corpus, words: string): Claim {
  const found = claimsIn(corpus, words);
  expect(found, `claims in "${words}"`).toHaveLength(1);
  return found[0]!;
}

describe('unverified', () => {
  const corpus = corpusOf(
    article(
      'port.md',
      'Rebels claim port',
      'The rebel group Free Arlen announced that it had seized the port of Velka. The group said its fighters had captured two patrol boats.',
      'The claims have not been independently confirmed.',
      'Port director Anna Lind said on Friday that ships were leaving Velka as usual.',
    ),
  );

  it('marks the run of claims before "has not been independently confirmed", with that sentence as evidence', () => {
    for (const words of ['announced that it had seized', 'captured two patrol boats']) {
      const c = claim(corpus, words);
      expect(c.status).toBe('unverified');
      expect(c.evidence).toContainEqual(expect.objectContaining({ status: 'unverified', text: 'The claims have not been independently confirmed.' }));
    }
  });

  it('does not apply the status sentence to a later claim', () => {
    const later = claim(corpus, 'ships were leaving Velka');
    expect(later.status).toBe('unassessed');
    expect(later.evidence).toEqual([]);
  });

  it('marks a claim hedged with "reportedly" in its own sentence, and only that claim', () => {
    const c = corpusOf(
      article(
        'budget.md',
        'Minister may resign',
        'Finance minister Mara Voss reportedly told party members that she would resign next week.',
        'Opposition leader Kadri Saar said the budget was unlawful.',
      ),
    );
    const hedged = claim(c, 'she would resign');
    expect(hedged.status).toBe('unverified');
    expect(hedged.evidence).toContainEqual(expect.objectContaining({ status: 'unverified', sentenceId: hedged.sentenceIds[0] }));
    expect(hedged.evidence.find((e) => e.status === 'unverified')?.marker.toLowerCase()).toContain('reportedly');
    expect(claim(c, 'the budget was unlawful').status).toBe('unassessed');
  });

  it('reads "remains to be seen" and "could not be verified" as unverified', () => {
    const c = corpusOf(
      article(
        'ferry.md',
        'Ferry deal',
        'The ferry operator Baltline said it had agreed a new timetable with the unions.',
        'Whether the claim holds remains to be seen.',
      ),
      article(
        'mine.md',
        'Mine closure',
        'The mining company Nordmet said the mine would close in May. The claim could not be verified.',
      ),
    );
    expect(claim(c, 'agreed a new timetable').status).toBe('unverified');
    expect(claim(c, 'the mine would close').status).toBe('unverified');
  });
});

describe('"neither account", "neither claim"', () => {
  it('reads "Neither account could be independently verified" as about the two parties just quoted', () => {
    const c = corpusOf(
      article(
        'shooting.md',
        'Shooting',
        'The police department said the man had reached for a gun.',
        'A witness, Angela Reyes, said the man had his hands raised. A second witness, Marcus Hill, said he heard no commands.',
        'Neither account could be independently verified.',
      ),
    );
    expect(claim(c, 'hands raised').status).toBe('unverified');
    expect(claim(c, 'no commands').status).toBe('unverified');
    expect(claim(c, 'reached for a gun').status).toBe('unassessed');
  });

  it('reads "neither claim could be confirmed" as about the two claims just made, by one party', () => {
    const c = corpusOf(
      article(
        'front.md',
        'Front',
        'A monitoring mission said the shelling had stopped at dawn.',
        'Army spokesman Arvid Tessaro said troops had repelled an advance. He claimed that 17 soldiers had been killed. Neither claim could be independently confirmed.',
      ),
    );
    expect(claim(c, 'repelled an advance').status).toBe('unverified');
    expect(claim(c, '17 soldiers').status).toBe('unverified');
    expect(claim(c, 'shelling had stopped').status).toBe('unassessed');
  });
});

describe('the newsroom’s own checks', () => {
  it('reads "has not seen those emails" and "We could not establish" as unverified, "does not support that reading" as disputed', () => {
    const c = corpusOf(
      article(
        'checks.md',
        'Checks',
        'A person close to the researcher said she had kept copies of emails. This newspaper has not seen those emails.',
        'The company said it had paid every supplier. We could not establish whether that was true.',
        'Adeyemi’s campaign said he had been referring to the second phase. The transcript does not support that reading.',
      ),
    );
    expect(claim(c, 'kept copies of emails').status).toBe('unverified');
    expect(claim(c, 'paid every supplier').status).toBe('unverified');
    const reading = claim(c, 'referring to the second phase');
    expect(reading.status).toBe('disputed');
    expect(soleAsserterName(c, reading)).toBe('Adeyemi’s campaign');
  });
});

describe('denied', () => {
  it('marks an accusation denied when the accused party denies it, and not an unrelated claim', () => {
    const c = corpusOf(
      article(
        'votes.md',
        'Vote-buying row',
        'Opposition leader Kadri Saar accused the Centre Party of buying votes in the eastern districts.',
        'Election observer Jaan Kask said turnout in the east was unusually high.',
        'The Centre Party denied buying votes, calling the accusation a smear.',
      ),
    );
    const accusation = claim(c, 'accused the Centre Party');
    expect(accusation.status).toBe('denied');
    expect(accusation.evidence).toContainEqual(expect.objectContaining({ status: 'denied', text: 'The Centre Party denied buying votes, calling the accusation a smear.' }));
    expect(claim(c, 'turnout in the east').status).toBe('unassessed');
  });

  it('marks an accusation denied when the denial refers to it as "the allegation"', () => {
    const c = corpusOf(
      article(
        'votes.md',
        'Vote-buying row',
        'Opposition leader Kadri Saar accused the Centre Party of buying votes in the eastern districts.',
        'The Centre Party denied the allegation, calling it a smear.',
      ),
    );
    expect(claim(c, 'accused the Centre Party').status).toBe('denied');
  });
});

describe('confirmed by another party', () => {
  it('links a confirmation to the earlier claim it shares two content words with', () => {
    const c = corpusOf(
      article(
        'border.md',
        'Clash at the border',
        'Deputy minister Aibek Turov said a helicopter had flown the wounded to the district hospital.',
        'Doctors at the clinic in Sarytash confirmed that wounded soldiers had been brought in by helicopter.',
      ),
    );
    const flown = claim(c, 'flown the wounded');
    expect(flown.status).toBe('confirmed');
    expect(flown.evidence).toContainEqual(expect.objectContaining({ status: 'confirmed', text: expect.stringContaining('brought in by helicopter') }));
  });

  it('counts a shared figure as content, however short', () => {
    const c = corpusOf(
      article(
        'tanker.md',
        'Tanker held',
        'Coast guard commander Ilya Dorn said 19 sailors were detained on the tanker.',
        'A spokesperson for the embassy confirmed that 19 of its citizens had been detained.',
      ),
    );
    expect(claim(c, '19 sailors').status).toBe('confirmed');
  });

  it('reads a figure with thousands whole, not as a "000" every thousand shares', () => {
    const c = corpusOf(
      article(
        'floods.md',
        'Floods',
        'Regional governor Mira Solt said 3,000 families had fled the valley.',
        'The army confirmed that 5,000 soldiers had reached the valley.',
      ),
    );
    expect(claim(c, '3,000 families').status).toBe('unassessed');
  });

  it('does not take a shared day or month for shared content', () => {
    const c = corpusOf(
      article(
        'recount.md',
        'Recount ordered',
        'Lawyers for the mayor argued on Wednesday that the recount was unnecessary.',
        'The court confirmed on Wednesday that the recount would begin in March.',
      ),
    );
    expect(claim(c, 'argued on Wednesday').status).toBe('unassessed');
  });
});

describe('a fact-check’s verdicts', () => {
  const corpus = corpusOf(
    article(
      'factcheck.md',
      'Fact check: the mayoral debate',
      'Claim 1: "Violent crime has fallen by 20 per cent since I took office." - Mayor Diane Kowalczyk',
      'Verdict: Mostly true. Police figures show a drop of about 19 per cent.',
      'Claim 2: "The mayor delivered none of the 40 buses she promised." - Councillor Marcus Adeyemi',
      'Verdict: False. Twelve buses entered service in 2025.',
      'Claim 3: "Rents have doubled in five years." - Leah Tremblay',
      'Verdict: Unverified. We could find no city-wide rent series.',
    ),
  );

  it('rates the claim quoted just before each verdict, with the verdict as evidence', () => {
    const expected = [
      ['Violent crime has fallen', 'confirmed', 'Verdict: Mostly true.'],
      ['delivered none of the 40 buses', 'disputed', 'Verdict: False.'],
      ['Rents have doubled', 'unverified', 'Verdict: Unverified.'],
    ] as const;
    for (const [words, status, text] of expected) {
      const c = claim(corpus, words);
      expect(c.status, words).toBe(status);
      expect(c.evidence).toContainEqual(expect.objectContaining({ status, text }));
    }
  });

  it('applies a verdict to one claim only', () => {
    expect(claim(corpus, 'Violent crime has fallen').evidence.map((e) => e.text)).not.toContain('Verdict: False.');
  });

  it('rates the claim a section is about, not the expert quoted before its verdict', () => {
    const c = corpusOf(
      article(
        'factcheck.md',
        'Fact check: the budget debate',
        'Claim 1: "Our schools got 30 million more this year." - Mayor Diane Kowalczyk',
        'Budget analyst Ana Ruiz said the increase was 12 million once inflation was counted.',
        'Verdict: Misleading.',
      ),
    );
    expect(claim(c, '30 million more').status).toBe('disputed');
    expect(claim(c, 'once inflation was counted').status).toBe('unassessed');
  });

  it('rates the claim a fact-check opens with when one verdict closes it', () => {
    const c = corpusOf(
      article(
        'rumour.md',
        'Fact check: a viral video',
        'A woman in the video, who says she is a nurse, said 47 children had died after the vaccine.',
        'Health ministry spokeswoman Maricel Tolentino said no child had died after the vaccine.',
        'Health workers said some parents had kept children home on vaccination days.',
        'Verdict: False.',
      ),
    );
    expect(claim(c, '47 children had died').evidence).toContainEqual(expect.objectContaining({ status: 'disputed', text: 'Verdict: False.' }));
    expect(claim(c, 'kept children home').status).toBe('unassessed');
  });
});

describe('a denial and the claim it denies', () => {
  const corpus = corpusOf(
    article(
      'votes.md',
      'Vote-buying row',
      'Opposition leader Kadri Saar accused the Centre Party of buying votes in the eastern districts.',
      'The Centre Party denied buying votes, calling the accusation a smear.',
    ),
  );

  it('marks the denial disputed, with the accusation as evidence and the accuser as the party', () => {
    const denial = claim(corpus, 'denied buying votes');
    const accusation = claim(corpus, 'accused the Centre Party');
    expect(denial.status).toBe('disputed');
    expect(denial.evidence).toContainEqual(
      expect.objectContaining({ status: 'disputed', sentenceId: accusation.sentenceIds[0], marker: accusation.cue, entityId: accusation.asserterId }),
    );
  });

  it('does not take a denial that says the same as another party’s denial for an answer to it', () => {
    const c = corpusOf(
      article(
        'quota.md',
        'Quota',
        'Norway said a deal on mackerel quotas had been reached, while Iceland denied that any deal on quotas had been reached.',
        'Faroese minister Jogvan Olsen also denied that a deal on quotas had been reached.',
      ),
    );
    const iceland = claimsIn(c, 'Iceland denied').find((x) => x.cue === 'denied');
    expect(iceland?.evidence.filter((e) => e.status === 'denied')).toEqual([]);
  });

  it('links a denial in other words to the latest claims about the party denying', () => {
    const c = corpusOf(
      article(
        'donations.md',
        'Donations row',
        'Opposition leader Kadri Saar accused Mayor Mart Ilves of hiding campaign donations.',
        'Ilves denied that anyone in his office had broken the rules.',
      ),
    );
    expect(claim(c, 'hiding campaign donations').status).toBe('denied');
    expect(claim(c, 'broken the rules').status).toBe('disputed');
  });

  it('leaves a denial in other words unlinked when someone else has spoken since the claim about the party denying', () => {
    const c = corpusOf(
      article(
        'donations.md',
        'Donations row',
        'Opposition leader Kadri Saar accused Mayor Mart Ilves of hiding campaign donations.',
        'Election observer Jaan Kask said turnout in the east was unusually high.',
        'Ilves denied that anyone in his office had broken the rules.',
      ),
    );
    expect(claim(c, 'turnout in the east').status).toBe('unassessed');
    expect(claim(c, 'hiding campaign donations').status).toBe('unassessed');
    // Unlinked, the denial is still in dispute, on the word of the party denying.
    const denial = claim(c, 'broken the rules');
    expect(denial.evidence).toEqual([expect.objectContaining({ status: 'disputed', sentenceId: denial.sentenceIds[0], marker: 'denied', entityId: denial.asserterId })]);
  });

  it('links a denial by someone speaking for a party to the claim about that party', () => {
    const c = corpusOf(
      article(
        'rations.md',
        'Rations',
        'The auditors said gatekeepers from the Dhulka Hooyo militia had collected a share of rations at distribution points.',
        'Maxamed Cabdi Nuur, a spokesman for Dhulka Hooyo, denied that the group had taken any food.',
      ),
    );
    expect(claim(c, 'collected a share').status).toBe('denied');
  });

  it('disputes a denial whose accusation the article gives in its own words', () => {
    const c = corpusOf(
      article(
        'shelling.md',
        'Shelling',
        'Shells struck the village of Sarvik on Tuesday, killing seven people.',
        'The Brunegard Defence Forces have denied firing on Sarvik.',
      ),
    );
    expect(claim(c, 'denied firing').status).toBe('disputed');
  });
});

describe('sides: who speaks for which country', () => {
  const border = corpusOf(
    article(
      'zarumilla.md',
      'Border clash',
      'Peru’s Interior Ministry said Ecuadorian troops had crossed the border near Zarumilla on Sunday.',
      'General Rosa Vidal, the commander of Peru’s army, said two soldiers had been wounded in the exchange.',
      'Peruvian Foreign Minister Elmer Schialer said a protest note had been sent to Quito.',
      'Ecuadorian President Daniel Noboa said the region was calm and that talks would begin on Monday.',
      'Ecuador’s Defence Ministry rejected the Peruvian account, saying its units had stayed on their side of the river.',
    ),
  );

  it('reads "the Peruvian account" as the claims of everyone the article has speak for Peru', () => {
    const rejection = claim(border, 'rejected the Peruvian account');
    for (const words of ['Ecuadorian troops had crossed', 'two soldiers had been wounded', 'a protest note']) {
      const c = claim(border, words);
      expect(c.status, words).toBe('denied');
      expect(c.evidence).toContainEqual(expect.objectContaining({ status: 'denied', sentenceId: rejection.sentenceIds[0] }));
    }
    expect(rejection.status).toBe('disputed');
  });

  it('does not count the rejecting side’s own claims in the account it rejects', () => {
    expect(claim(border, 'the region was calm').status).toBe('unassessed');
  });

  it('links a denial by someone speaking for a country to a claim that accuses its people', () => {
    const c = corpusOf(
      article(
        'sotk.md',
        'Shelling near Sotk',
        'Armenia’s Foreign Ministry accused Azerbaijani forces of shelling the village of Sotk overnight.',
        'Colonel Anar Eyvazov, a spokesman for Azerbaijan’s Defence Ministry, denied that any shells had been fired.',
      ),
    );
    expect(claim(c, 'accused Azerbaijani forces').status).toBe('denied');
    expect(claim(c, 'denied that any shells').status).toBe('disputed');
  });

  it('does not take a denial for an answer to its own side’s claims', () => {
    const c = corpusOf(
      article(
        'sotk.md',
        'Shelling near Sotk',
        'Azerbaijan’s Defence Ministry said Armenian shells had hit the village of Sotk overnight.',
        'Colonel Anar Eyvazov, a spokesman for the Azerbaijani army, denied that any Azerbaijani shells had been fired at the village in return.',
      ),
    );
    expect(claim(c, 'Armenian shells had hit').status).toBe('unassessed');
  });

  it('reads "Halden’s figures" as what Halden said, however far back and under its full name', () => {
    const filler = Array.from({ length: 14 }, (_, i) => `The plant in Wichita ran ${i + 2} shifts that week.`);
    const c = corpusOf(
      article(
        'panels.md',
        'Panels',
        'Halden Aerostructures Inc. said in a filing that Sorlandet had booked revenue for panels it never delivered.',
        filler.join(' '),
        'Ole Brekke, an analyst at Fjordline Securities, questioned Halden’s figures.',
      ),
    );
    expect(claim(c, 'booked revenue for panels').status).toBe('disputed');
  });

  it('reads "Halden’s account" as what its people said for it when Halden itself said nothing', () => {
    const c = corpusOf(
      article(
        'panels.md',
        'Panels',
        'Halden’s chief financial officer, Darnell Pruitt, told reporters that the supplier had missed four deadlines.',
        'Mayor Ana Ruiz said the new bridge would open in May.',
        'Ole Brekke, an analyst at Fjordline Securities, questioned Halden’s account.',
      ),
    );
    expect(claim(c, 'missed four deadlines').status).toBe('disputed');
    expect(claim(c, 'the new bridge').status).toBe('unassessed');
  });

  it('reads "the company’s account" as the claims of the party the article called "the company"', () => {
    const c = corpusOf(
      article(
        'soup.md',
        'Soup recall',
        'A supplier, Nordgrain, said its oats had been tested for mould in May.',
        'Velora Foods recalled 3,000 jars of soup on Monday. The company said the contamination had been limited to a single batch.',
        'Food inspector Tomas Berg questioned the company’s account, saying he had found damp sacks in three storage halls.',
      ),
    );
    expect(claim(c, 'limited to a single batch').status).toBe('disputed');
    expect(claim(c, 'tested for mould').status).toBe('unassessed');
  });
});

describe('counts that cannot both be right', () => {
  const dam = corpusOf(
    article(
      'dam.md',
      'Dam bursts',
      'At least 14 people were killed when the dam gave way, the county council said, while the Interior Ministry put the number of confirmed deaths at nine.',
      '“We have recovered 14 bodies,” the council’s president, Mihai Dobrescu, told reporters. He said a further 22 people were unaccounted for.',
      'The ministry said on Tuesday that six people were listed as missing. The ministry later said that 11 deaths had been confirmed.',
      'Firefighters said 300 homes had been flooded.',
    ),
  );

  it('marks two parties’ different counts of the dead disputed, each with the other’s count as evidence', () => {
    const ministry = claim(dam, 'recovered 14 bodies');
    expect(ministry.status).toBe('disputed');
    expect(ministry.evidence).toContainEqual(expect.objectContaining({ status: 'disputed', marker: 'deaths at nine' }));
    const council = claimsIn(dam, 'At least 14 people').find((c) => c.cue === 'said');
    expect(council?.status).toBe('disputed');
  });

  it('reads "a further 22 unaccounted for" against "six missing" as a dispute', () => {
    expect(claim(dam, 'a further 22 people').status).toBe('disputed');
  });

  it('does not set a year’s toll against an event’s', () => {
    const c = corpusOf(
      article(
        'mine.md',
        'Mine',
        'Four workers were killed when the tunnel collapsed on Monday, the mine’s operator said.',
        'According to the mining department, 49 people died in the country’s mines in 2025.',
      ),
    );
    expect(claim(c, 'Four workers were killed').status).toBe('unassessed');
  });

  it('does not set counts of other things against each other', () => {
    expect(claim(dam, '300 homes').status).toBe('unassessed');
  });

  it('does not set a party’s later count against its own earlier one', () => {
    const c = corpusOf(
      article(
        'dam.md',
        'Dam bursts',
        'The Interior Ministry said nine people had died.',
        'On Tuesday the ministry said that 11 deaths had been confirmed.',
      ),
    );
    expect(claim(c, 'nine people had died').status).toBe('unassessed');
    expect(claim(c, '11 deaths').status).toBe('unassessed');
  });

  it('does not set counts of different countries’ people against each other', () => {
    const c = corpusOf(
      article(
        'border.md',
        'Border clash',
        'The Kyrgyz border service said two Kyrgyz soldiers were killed.',
        'Tajikistan’s Border Troops put the number of Tajik dead at three.',
      ),
    );
    expect(claim(c, 'Tajik dead at three').status).toBe('unassessed');
  });
});

describe('answers and back-references', () => {
  const corpus = corpusOf(
    article(
      'strike.md',
      'Hospital strike enters second week',
      'Nurses at the Kestrel General Hospital have been on strike since June 2.',
      'The nurses’ union said that two wards had been closed for lack of staff. The hospital board rejected the claims.',
      'Health minister Oren Sala told reporters that every ward remained open. That account could not be independently verified.',
      'A patients’ group alleged that surgeries had been cancelled. The board dismissed reports that surgeries had been cancelled.',
    ),
  );

  it('marks the claims just before "rejected the claims" denied when no party they concern is named', () => {
    const c = claim(corpus, 'two wards had been closed');
    expect(c.status).toBe('denied');
    expect(c.evidence).toContainEqual(expect.objectContaining({ status: 'denied', text: 'The hospital board rejected the claims.' }));
  });

  it('reads "That account could not be independently verified" as pointing back', () => {
    expect(claim(corpus, 'every ward remained open').status).toBe('unverified');
  });

  it('links an acronym to the name it was given for, so that "the CSA’s account" is the authority’s', () => {
    const c = corpusOf(
      article(
        'pier.md',
        'Pier reopens',
        'The Coastal Safety Authority (CSA) said the pier was safe after repairs.',
        'An engineer who inspected it, Rui Costa, questioned the CSA’s account.',
      ),
    );
    expect(claim(c, 'the pier was safe').status).toBe('disputed');
  });

  it('points "that account" at the claim just made, and reads "could not independently verify either side’s account"', () => {
    const c = corpusOf(
      article(
        'clash.md',
        'Clash at the border post',
        'Rebel commander Idris Kane said his fighters held the bridge. An aid worker, Mona Feld, said the clinic near the bridge had been shelled.',
        'The army rejected that account.',
        'The army’s spokesman, Colonel Saul Brandt, said the bridge was under government control. News agencies could not independently verify either side’s account.',
      ),
    );
    expect(claim(c, 'clinic near the bridge').status).toBe('denied');
    expect(claim(c, 'his fighters held the bridge').status).not.toBe('denied');
    expect(claim(c, 'under government control').status).toBe('unverified');
  });

  it('points "denied the allegation" at the latest claim about the party denying, not every claim that named it', () => {
    const c = corpusOf(
      article(
        'smoke.md',
        'Smoke',
        'The regulator said it had asked for the maintenance records of Solmar Airways.',
        'A pilots’ union said the same jet of Solmar Airways had smelled of burning on three earlier flights. Solmar denied the allegation.',
      ),
    );
    expect(claim(c, 'smelled of burning').status).toBe('denied');
    expect(claim(c, 'maintenance records').status).toBe('unassessed');
  });

  it('does not point "the Opposition’s allegation" at whoever spoke last when the Opposition said nothing yet', () => {
    const c = corpusOf(
      article(
        'toll.md',
        'Toll',
        'Police chief Anjali Deshmukh said that an inquiry had been ordered.',
        'Minister Arvind Choudhary rejected the Opposition’s allegation that the government was hiding the toll.',
      ),
    );
    expect(claim(c, 'inquiry had been ordered').status).toBe('unassessed');
    const rejection = claim(c, 'hiding the toll');
    expect(rejection.status).toBe('disputed');
    expect(rejection.evidence.map((e) => e.text)).toEqual(['Minister Arvind Choudhary rejected the Opposition’s allegation that the government was hiding the toll.']);
  });

  it('lets an answer follow, in the same sentence, the claim it answers', () => {
    const c = corpusOf(
      article(
        'saga.md',
        'Saga',
        'Asked about a report in the Daily Courier that the winger had handed in a transfer request, manager Niall Brennan dismissed the idea.',
        'Chairman Gordon Ashby spoke to reporters. He claimed that the first approach had come from the player’s side, a suggestion the agent Sylvain Moreau dismissed as fantasy.',
      ),
    );
    expect(claimsIn(c, 'Daily Courier').find((x) => soleAsserterName(c, x) === 'Daily Courier')?.status).toBe('denied');
    expect(claimsIn(c, 'first approach').find((x) => soleAsserterName(c, x) === 'Gordon Ashby')?.status).toBe('denied');
  });

  it('reads "are also said to be" and "neither club has confirmed" as leaving a claim unverified', () => {
    const c = corpusOf(article('rumour.md', 'Rumour', 'Castlegate are also said to be monitoring a forward, according to reports in Spain, although neither club has confirmed an approach.'));
    expect(claim(c, 'monitoring a forward').status).toBe('unverified');
  });

  it('reads "..., though this could not be confirmed" in a claim’s own sentence as about that claim', () => {
    const c = corpusOf(article('schools.md', 'Schools shut', 'Local media reported that two schools had been closed, though this could not be confirmed.'));
    expect(claim(c, 'two schools had been closed').status).toBe('unverified');
  });

  it('reads "dismissed reports that" as a denial', () => {
    expect(claim(corpus, 'A patients’ group alleged').status).toBe('denied');
  });
});

describe('a party taking back what it said', () => {
  it('disputes the earlier claim it says was wrong, marked by the words that take it back', () => {
    const c = corpusOf(
      article(
        'breach.md',
        'Breach',
        'On Monday the retailer Tallow & Reed said no payment card information had been affected.',
        'The company said it had told the regulator.',
        '“We were wrong to say on Monday that no payment information was affected,” the chief executive, Martin Oyelaran, said on Wednesday.',
      ),
    );
    expect(claim(c, 'no payment card information').status).toBe('disputed');
    expect(claim(c, 'no payment card information').evidence).toContainEqual(expect.objectContaining({ marker: 'were wrong to say' }));
    expect(claim(c, 'told the regulator').status).toBe('unassessed');
  });
});

describe('answers a sixth round of unseen articles needed', () => {
  it('answers the accusation just made with the denial of a charge ("denies arson")', () => {
    const c = corpusOf(
      article(
        'trial.md',
        'Trial',
        'A former bank clerk stole customers’ savings to pay off gambling debts, prosecutors told the court on Monday.',
        'Ruth Ames, 38, denies fraud and theft.',
        'The judge said the trial would last two weeks.',
      ),
    );
    expect(claim(c, 'gambling debts').status).toBe('denied');
    expect(claim(c, 'gambling debts').evidence).toContainEqual(expect.objectContaining({ status: 'denied', text: 'Ruth Ames, 38, denies fraud and theft.' }));
    expect(claim(c, 'two weeks').status).toBe('unassessed');
  });

  it('marks every allegation since the first about the party when it rejects "the allegations", and the claim just made when it denies "that"', () => {
    const c = corpusOf(
      article(
        'vote.md',
        'Vote',
        'Croatia’s opposition accused the National Electoral Commission of losing ballots in Split. Opposition leaders told reporters that 3,000 votes were missing. “The count was a farce,” said their spokesman, Ivo Marić.',
        'The commission rejected the allegations. A video posted on Monday seemed to show ballots in a skip.',
        'The opposition said the video was filmed in Split on Sunday. The commission denied that, saying the clip was old.',
      ),
    );
    for (const words of ['losing ballots', '3,000 votes', 'The count was a farce', 'filmed in Split']) expect(claim(c, words).status, words).toBe('denied');
  });

  it('takes "no evidence of" something claimed for a dispute of the claims that said it, not of any claim sharing two words', () => {
    const c = corpusOf(
      article(
        'stuffing.md',
        'Stuffing',
        'The Green Party said officials had been stuffing ballot boxes in the north. Teachers said they had reported late pay for months.',
        '“There is no evidence of ballot stuffing,” the interior minister, Ana Kos, said, adding that reports of late pay were being checked.',
      ),
    );
    expect(claim(c, 'stuffing ballot boxes').status).toBe('disputed');
    expect(claim(c, 'stuffing ballot boxes').evidence).toContainEqual(expect.objectContaining({ marker: 'no evidence' }));
    expect(claim(c, 'late pay for months').status).toBe('unassessed');
  });

  it('disputes a figure that a later claim corrects ("1,350, not 1,200")', () => {
    const c = corpusOf(
      article(
        'cuts.md',
        'Cuts',
        'Halvorsen Foods said on Monday that it would cut 1,200 jobs. It said sales had fallen 4 percent.',
        'On Thursday the company issued a correction, saying the number of jobs affected was 1,350, not 1,200.',
      ),
    );
    expect(claim(c, 'cut 1,200 jobs').status).toBe('disputed');
    expect(claim(c, 'cut 1,200 jobs').evidence).toContainEqual(expect.objectContaining({ marker: '1,350, not 1,200' }));
    expect(claim(c, 'sales had fallen').status).toBe('unassessed');
  });

  it('applies a verification sentence to the claims it names by what they said or who said them, however far back, not to the latest', () => {
    const c = corpusOf(
      article(
        'strike.md',
        'Strike',
        'The partisan group Black Wolf said its drones had hit the Orsk depot. Its fighters inside the depot had marked the fuel tanks, the group said.',
        'The governor said debris had fallen on a warehouse. He said two guards were hurt. The fire was out by noon, he added.',
        'However, a source in Ukraine’s military intelligence, speaking on condition of anonymity, told the Kyiv Ledger that naval drones were used.',
        'A local blogger wrote that the depot had been empty for a year.',
        'The Riga agency Baltic Wire could not independently verify the group’s claim to have fighters inside the depot or the account given by the intelligence source.',
      ),
    );
    expect(claim(c, 'had marked the fuel tanks').status).toBe('unverified');
    expect(claim(c, 'naval drones were used').status).toBe('unverified');
    expect(claim(c, 'empty for a year').status).toBe('unassessed');
    expect(claim(c, 'two guards were hurt').status).toBe('unassessed');
  });

  it('takes a party granting a point the other side made for a confirmation of it ("accepted that Holloway had debts")', () => {
    const c = corpusOf(
      article(
        'concession.md',
        'Concession',
        'The prosecutor said Dunmore had been “drowning in debt” by 2023. She said he had bought petrol that night.',
        'Defence counsel Ian Peel told the jury the case was built on coincidence. He accepted that Dunmore had debts.',
        'A detective said the phone was switched off. Peel put it to him that the mast was miles away, and the detective accepted that it was.',
      ),
    );
    expect(claim(c, 'drowning in debt').status).toBe('confirmed');
    expect(claim(c, 'drowning in debt').evidence).toContainEqual(expect.objectContaining({ status: 'confirmed', text: 'He accepted that Dunmore had debts.' }));
    expect(claim(c, 'bought petrol').status).toBe('unassessed');
    expect(claim(c, 'He accepted that').status).toBe('unassessed');
    // What counsel "put to" the witness is counsel's claim, granted by the witness in the same sentence.
    const putTo = claimsIn(c, 'mast was miles away').find((x) => soleAsserterName(c, x) === 'Ian Peel');
    expect(putTo?.status).toBe('confirmed');
  });

  it('grants only what the conceding clause says, not what the sentence says after "but"', () => {
    const c = corpusOf(
      article(
        'march.md',
        'March',
        'The organisers said 85,000 people had joined the march.',
        'Police said some protesters threw bottles at officers.',
        'Their spokeswoman, Núria Ferrando, acknowledged that “some people threw bottles,” but said the masked group had joined the march late.',
      ),
    );
    expect(claim(c, '85,000 people').status).toBe('unassessed');
    expect(claim(c, 'threw bottles at officers').status).toBe('confirmed');
  });

  it('answers only the last thing said when a denial points at one ("rejected that suggestion")', () => {
    const c = corpusOf(
      article(
        'suggestion.md',
        'Suggestion',
        'Her spokesman, Leo Grant, said the figure came from a briefing note. Grant also claimed that the agency had adjusted its older records.',
        'The agency rejected that suggestion.',
      ),
    );
    expect(claim(c, 'adjusted its older records').status).toBe('denied');
    expect(claim(c, 'briefing note').status).toBe('unassessed');
  });

  it('takes the article’s "data support that account" for a confirmation and "does not support" for a dispute', () => {
    const c = corpusOf(
      article(
        'support.md',
        'Support',
        'Chief executive Ana Vidal said demand for heat pumps had fallen for five quarters.',
        'Industry data support part of that account.',
        'The union said the plant had lost money for years. Company filings do not support that account.',
      ),
    );
    expect(claim(c, 'demand for heat pumps').status).toBe('confirmed');
    expect(claim(c, 'lost money for years').status).toBe('disputed');
  });

  it('sets organisers’ and police’s crowd counts against each other, "the figure" counting what the claim before counted', () => {
    const c = corpusOf(
      article(
        'crowd.md',
        'Crowd',
        'The organisers, a tenants’ coalition called Casa Digna, said 85,000 people had joined the march.',
        'The regional government put the figure at 17,500.',
        'A hospital said it had treated 11 people.',
      ),
    );
    expect(claim(c, '85,000 people').status).toBe('disputed');
    expect(claim(c, 'put the figure at 17,500').status).toBe('disputed');
    expect(claim(c, 'treated 11 people').status).toBe('unassessed');
  });

  it('compares running tolls "since" a month as the same count', () => {
    const c = corpusOf(
      article(
        'cholera.md',
        'Cholera',
        'The health ministry said cholera had killed nine people since January.',
        'At the mission hospital alone, 23 patients have died since late January, according to its director, Dr Ana Sitoe.',
      ),
    );
    expect(claim(c, 'killed nine people').status).toBe('disputed');
  });
});

describe('"gave a different account"', () => {
  const c = corpusOf(
    article(
      'shooting.md',
      'Shooting',
      'Police Chief Laura Menendez said the man had reached toward his waistband.',
      'Two eyewitnesses gave a starkly different account.',
      'Angela Reyes said the man had his hands raised.',
      'A second witness, Marcus Hill, said he heard no commands.',
      'Mayor Phil Kessler said he had spoken with the family.',
    ),
  );

  it('sets the account before against the accounts after, as many parties as the sentence counts', () => {
    for (const words of ['reached toward his waistband', 'hands raised', 'heard no commands']) {
      expect(claim(c, words).status, words).toBe('disputed');
      expect(claim(c, words).evidence).toContainEqual(expect.objectContaining({ marker: 'a starkly different account' }));
    }
  });

  it('stops at the parties the sentence counts', () => {
    expect(claim(c, 'spoken with the family').status).toBe('unassessed');
  });
});

describe('accounts set against each other without a verb of denial', () => {
  const c = corpusOf(
    article(
      'reef.md',
      'Reef',
      'Dongzhou accused a Namseon vessel on Monday of ramming one of its ships, while Namseon said its crew had been attacked with water cannon.',
      'Dongzhou said on Tuesday that the survey ship had entered its waters.',
      '“The imagery is very hard to square with Dongzhou’s account of where this ship was,” said Tessa Marlow, an analyst in London.',
      'Fishermen in Sokpo said they had seen the ships. Dongzhou blamed Namseon for the clash, while the weather office said seas had been calm.',
    ),
  );
  const by = (words: string, name: string) => claimsIn(c, words).find((x) => soleAsserterName(c, x) === name);

  it('disputes an accusation and the accused party’s own account set against it in the same sentence', () => {
    expect(by('accused a Namseon vessel', 'Dongzhou')?.status).toBe('disputed');
    expect(by('accused a Namseon vessel', 'Namseon')?.status).toBe('disputed');
  });

  it('leaves an account set against an accusation alone when its party is not the one accused', () => {
    expect(by('seas had been calm', 'weather office')?.status).toBe('unassessed');
    expect(by('seas had been calm', 'Dongzhou')?.status).toBe('unassessed');
  });

  it('reads "hard to square with Dongzhou’s account" as disputing what Dongzhou said, and being disputed by it', () => {
    expect(claim(c, 'entered its waters').status).toBe('disputed');
    expect(claim(c, 'hard to square').status).toBe('disputed');
    expect(claim(c, 'seen the ships').status).toBe('unassessed');
  });
});

describe('a rejection carried on', () => {
  const c = corpusOf(
    article(
      'toll.md',
      'Toll',
      'Mukhiya Sunita Devi alleged that the administration was hiding deaths.',
      'Mr. Menon, however, denied the allegation. “Every death is being recorded,” he stated.',
      'A channel run by a group calling itself the Eastern Sea Fleet posted that its boats had escorted the ship. Its authenticity could not be independently verified.',
    ),
  );

  it('puts the party’s next words in the paragraph in dispute with what it rejected', () => {
    const next = claim(c, 'Every death is being recorded');
    expect(next.status).toBe('disputed');
    expect(next.evidence.map((e) => e.text)).toContain('Mukhiya Sunita Devi alleged that the administration was hiding deaths.');
  });

  it('leaves the party’s words in a later paragraph, or those the article says more of, to what it says of them', () => {
    const later = corpusOf(
      article(
        'bridge.md',
        'Bridge',
        'Villagers alleged that the bridge had never been inspected. The district magistrate denied the allegation.',
        'The magistrate said that the river had risen by two metres.',
        'Asked again, the magistrate rejected the claim. He said the bridge had been inspected in May. An engineer confirmed that the bridge had been inspected in May.',
      ),
    );
    expect(claim(later, 'river had risen').status).toBe('unassessed');
    expect(claim(later, 'He said the bridge').status).toBe('confirmed');
  });

  it('reads "Its authenticity could not be verified" as about the post just reported', () => {
    expect(claim(c, 'escorted the ship').status).toBe('unverified');
  });
});

describe('a point a party insists on', () => {
  const c = corpusOf(
    article(
      'row.md',
      'Row',
      'The club insisted it had acted on every recommendation made by the safety group.',
      'Kyrgyz officials said about 4,000 residents had been evacuated, while Tajik authorities insisted that no evacuation was necessary.',
      'The company has maintained that a landslip caused the derailment. An inspector confirmed that a landslip had caused the derailment.',
      'The mayor said the bridge would reopen in May.',
    ),
  );

  it('is in dispute, as the verb says, with its own sentence as evidence', () => {
    const insisted = claim(c, 'acted on every recommendation');
    expect(insisted.status).toBe('disputed');
    expect(insisted.evidence.map((e) => e.marker)).toEqual(['insisted']);
  });

  it('disputes, and is disputed by, the account its sentence sets beside it', () => {
    const [kyrgyz, tajik] = ['Kyrgyz officials', 'Tajik authorities'].map((name) => claimsIn(c, '4,000 residents').find((x) => soleAsserterName(c, x) === name)!);
    expect([kyrgyz!.status, tajik!.status]).toEqual(['disputed', 'disputed']);
  });

  it('keeps what the article says of it otherwise, and leaves a plain statement alone', () => {
    expect(claim(c, 'maintained that a landslip').status).toBe('confirmed');
    expect(claim(c, 'reopen in May').status).toBe('unassessed');
  });
});

describe('a party calling another’s claim false without a verb of denial', () => {
  it('disputes the claim it calls false in its own sentence, or the one it points at as "that figure"', () => {
    const c = corpusOf(
      article(
        'toll.md',
        'Toll',
        'Veldara says 84 of its civilians have been killed since February; Brask says that figure is “inflated several times over”.',
        'The health ministry said 12 clinics had closed. The governor said that number was “a fabrication”.',
      ),
    );
    const veldara = claimsIn(c, 'Veldara says').find((x) => soleAsserterName(c, x) === 'Veldara');
    expect(veldara?.status).toBe('disputed');
    // The words that call it false, not the "says" the sentence uses twice, mark the evidence.
    expect(veldara?.evidence).toContainEqual(expect.objectContaining({ marker: 'inflated' }));
    expect(claim(c, '12 clinics had closed').status).toBe('disputed');
  });

  it('disputes the claims of an owner it names when it calls their version false ("called Nicaragua’s version “a fiction”")', () => {
    const c = corpusOf(
      article(
        'collision.md',
        'Collision',
        'In a statement, the Nicaraguan Navy said the frigate had rammed the patrol boat. Three sailors were injured, the statement said.',
        'Local fishermen said their boats had stayed in port.',
        'Colombia’s foreign minister, Laura Bermúdez Ochoa, called Nicaragua’s version “a fiction from start to finish” and said Bogotá would protest.',
      ),
    );
    expect(claim(c, 'rammed the patrol boat').evidence).toContainEqual(expect.objectContaining({ status: 'disputed', marker: 'fiction' }));
    expect(claim(c, 'stayed in port').status).toBe('unassessed');
  });

  it('reads "called the suggestion that … “grotesque”" as a claim disputing the claims that suggested it', () => {
    const c = corpusOf(
      article(
        'shelling.md',
        'Shelling',
        'The Brunegard Defence Forces said Talvessan forces had fired on Sarvik overnight.',
        'The mayor said the school would reopen on Monday.',
        'Maj. Edvin Koral, a spokesman for the Talvessan General Staff, called the suggestion that Talvessan forces had fired on Sarvik “grotesque”.',
      ),
    );
    const verdict = claim(c, 'grotesque');
    expect(soleAsserterName(c, verdict)).toBe('Edvin Koral');
    expect(verdict.status).toBe('disputed');
    expect(claim(c, 'had fired on Sarvik overnight').evidence).toContainEqual(expect.objectContaining({ status: 'disputed', marker: 'grotesque' }));
    expect(claim(c, 'reopen on Monday').status).toBe('unassessed');
  });

  it('disputes the party calling a claim false in turn, with the claim as evidence', () => {
    const c = corpusOf(
      article(
        'flood.md',
        'Flood',
        'Residents said the water came in the dark with no warning at all.',
        'The provincial governor, Men Sarom, called that report “a lie”.',
      ),
    );
    const report = claim(c, 'no warning at all');
    expect(claim(c, 'called that report').evidence).toContainEqual(expect.objectContaining({ status: 'disputed', sentenceId: report.sentenceIds[0] }));
  });

  it('disputes a party calling something false when what it answers is not among the claims', () => {
    const c = corpusOf(article('tape.md', 'Tape', 'A video shared online showed the minister at the party.', 'The minister’s office said the video was “fabricated”.'));
    expect(claim(c, 'video was').status).toBe('disputed');
  });

  it('does not read a false attack or a propaganda video as calling a claim false', () => {
    const c = corpusOf(
      article(
        'plot.md',
        'Plot',
        'A senior official said the government had planned to stage an attack.',
        'Spokesman John Kirby said the plan included a propaganda video and a false attack on its own territory.',
      ),
    );
    expect(claim(c, 'planned to stage an attack').status).toBe('unassessed');
  });
});

describe('disputed', () => {
  it('reads "disputed that account" as contesting the claim, not denying it', () => {
    const c = corpusOf(
      article(
        'smoke.md',
        'Cabin smoke',
        'Pilot Anne Favre said the crew had reported smoke twice before the flight.',
        'The airline’s spokesman, Rui Figueiredo, disputed that account.',
      ),
    );
    const contested = claim(c, 'reported smoke twice');
    expect(contested.status).toBe('disputed');
    expect(contested.evidence).toContainEqual(expect.objectContaining({ status: 'disputed', marker: 'disputed' }));
  });

  it('marks the claims named in "X’s claims have sparked debate, with analysts questioning ..."', () => {
    const c = corpusOf(
      article(
        'ballots.md',
        'Blogger claims ballots destroyed',
        'The blogger Jaan Kask claimed that thousands of ballots had been destroyed in Tartu.',
        'Kask’s claims have sparked debate, with some analysts questioning whether the ballots ever existed.',
      ),
    );
    const disputed = claim(c, 'thousands of ballots');
    expect(disputed.status).toBe('disputed');
    expect(disputed.evidence).toContainEqual(expect.objectContaining({ status: 'disputed', sentenceId: expect.not.stringMatching(disputed.sentenceIds[0]!) }));
  });
});

describe('precedence', () => {
  it('denied wins over unverified', () => {
    const c = corpusOf(
      article(
        'transfer.md',
        'Transfer row',
        'The striker Tomas Reyes reportedly agreed to join Arlen Rovers for 18 million pounds, the sports daily Diario Norte said.',
        'Arlen Rovers denied that Reyes had agreed to join the club.',
      ),
    );
    const c1 = claim(c, '18 million pounds');
    expect(c1.evidence.map((e) => e.status).sort()).toEqual(['denied', 'unverified']);
    expect(c1.status).toBe('denied');
  });

  it('disputed wins over unverified', () => {
    const c = corpusOf(
      article(
        'ballots.md',
        'Blogger claims ballots destroyed',
        'The blogger Jaan Kask claimed that thousands of ballots had been destroyed in Tartu.',
        'The claim could not be verified. Kask’s claims have sparked debate, with some analysts questioning whether the ballots ever existed.',
      ),
    );
    const c1 = claim(c, 'thousands of ballots');
    expect(c1.evidence.map((e) => e.status)).toEqual(expect.arrayContaining(['disputed', 'unverified']));
    expect(c1.status).toBe('disputed');
  });

  it('unverified wins over confirmed', () => {
    const c = corpusOf(
      article(
        'resign.md',
        'Minister to resign',
        'Finance minister Mara Voss reportedly told party members that she would resign next week.',
        'Her spokesman Jan Berg later confirmed that Voss would resign next week.',
      ),
    );
    const c1 = claim(c, 'told party members');
    expect(c1.evidence.map((e) => e.status)).toEqual(expect.arrayContaining(['confirmed', 'unverified']));
    expect(c1.status).toBe('unverified');
  });
});
