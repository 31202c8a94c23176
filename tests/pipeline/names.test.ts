import { describe, expect, it } from 'vitest';
import { findNames, type NameMention } from '../../src/pipeline/entities/names.ts';
import { tokenize } from '../../src/pipeline/text/tokens.ts';

/** Names in one sentence, with no article-wide knowledge of capitalised words. */
function names(sentence: string, known: ReadonlySet<string> = new Set()): NameMention[] {
  return findNames(sentence, tokenize(sentence), known);
}

function named(sentence: string, text: string): NameMention {
  const found = names(sentence).find((n) => n.text === text);
  if (!found) throw new Error(`"${text}" not found; got ${names(sentence).map((n) => n.text).join(', ')}`);
  return found;
}

describe('titles and demonyms', () => {
  it('strips a demonym and a title before a person', () => {
    const sentence = 'Russian President Vladimir Putin met the delegation.';
    expect(names(sentence).map((n) => n.text)).toEqual(['Vladimir Putin']);
    const putin = named(sentence, 'Vladimir Putin');
    expect(putin.kind).toBe('person');
    expect(putin.country).toBe('Russia');
    expect(putin.descriptor).toContain('President');
  });

  it('takes a given name before a word the tagger reads as a place’s for a person when "who" follows or a byline names them', () => {
    expect(named('Chloe Marsh, who worked as her assistant, says she saw it.', 'Chloe Marsh').kind).toBe('person');
    expect(named('By Helen Marsh, Crown Court Reporter', 'Helen Marsh').kind).toBe('person');
    expect(named('The fire reached Alice Springs.', 'Alice Springs').kind).toBe('place');
  });

  it('takes "Rear Admiral" for one title, before an apposition too', () => {
    expect(names('Rear Admiral Julio Cárdenas Mejía, the Nicaraguan Navy’s commander, acknowledged the fault.').map((n) => n.text)).toEqual(['Julio Cárdenas Mejía', 'Nicaraguan Navy']);
  });

  it('takes a councillor’s and a soldier’s rank for titles ("Cllr Gerald Pennington", "Cpl. Aras Demirel")', () => {
    for (const [sentence, name] of [
      ['Cllr Gerald Pennington said he had nothing to hide.', 'Gerald Pennington'],
      ['The ministry named him as Cpl. Aras Demirel.', 'Aras Demirel'],
    ] as const) {
      const [found] = names(sentence);
      expect(found?.text).toBe(name);
      expect(found?.kind).toBe('person');
    }
  });

  it('reads a body given an acronym as an organisation, and a person described with "who" as a person, whatever the role noun', () => {
    expect(named('Famine is under way, according to the Integrated Food Security Phase Classification (IPC), the UN-backed system.', 'Integrated Food Security Phase Classification').kind).toBe('organization');
    expect(names('Omar Lindgren, a software developer who keeps bitcoin on the exchange, said it was pending.', new Set(['lindgren']))[0]).toMatchObject({ text: 'Omar Lindgren', kind: 'person' });
    expect(names('Brackenridge Homes, the developer of the site, said it was pending.')[0]).toMatchObject({ text: 'Brackenridge Homes', kind: 'organization' });
  });

  it('opens no name with a preposition before a title ("For Mr Corrigan")', () => {
    expect(names('For Mr Corrigan, the weekend has changed how he feels about matches.').map((n) => n.text)).toEqual(['Corrigan']);
  });

  it('keeps a station’s name whole and an organisation ("Radio Galmirre")', () => {
    expect(named('It was reported by Radio Galmirre that two staff had been referred.', 'Radio Galmirre').kind).toBe('organization');
  });

  it('keeps a title word inside an institution’s name ("General Hospital")', () => {
    const sentence = 'Nurses at the Kestrel General Hospital went on strike.';
    expect(names(sentence).map((n) => n.text)).toEqual(['Kestrel General Hospital']);
    expect(named(sentence, 'Kestrel General Hospital').kind).toBe('organization');
  });

  it('keeps an irregular plural possessive inside a name ("Fishermen’s Association")', () => {
    expect(names('Kjell Brekke, head of the Norwegian Pelagic Fishermen’s Association, spoke.').map((n) => n.text)).toContain('Norwegian Pelagic Fishermen’s Association');
  });

  it('keeps a plural possessive inside a name', () => {
    expect(names('The Moldovan Shipowners’ Association said so.').map((n) => n.text)).toContain('Moldovan Shipowners’ Association');
    expect(names('The People’s Party won.').map((n) => n.text)).toEqual(['People’s Party']);
  });

  it('keeps a title’s office or place in one name ("Information Commissioner’s Office", "Queen’s Park")', () => {
    const office = 'The Information Commissioner’s Office said it was looking into the breach.';
    expect(names(office).map((n) => n.text)).toEqual(['Information Commissioner’s Office']);
    expect(named(office, 'Information Commissioner’s Office').kind).toBe('organization');
    expect(names("A spokesperson for the Prime Minister's Office declined to comment.").map((n) => n.text)).toEqual(["Prime Minister's Office"]);
    const park = "A spokesperson for Queen's Park said the province would cooperate.";
    expect(names(park).map((n) => n.text)).toEqual(["Queen's Park"]);
    expect(named(park, "Queen's Park").kind).toBe('place');
  });

  it('still parts a person from the office they own ("Mamani’s Office")', () => {
    expect(names('Evo Mamani’s Office said nothing.').map((n) => n.text)).toContain('Evo Mamani');
  });

  it('keeps the owner in the name of a body named by its office ("Gaza’s Health Ministry"), and the owner as a name of its own', () => {
    for (const [sentence, body, owner] of [
      ['Gaza’s Health Ministry said 40 people had been killed.', 'Gaza’s Health Ministry', 'Gaza'],
      ['Officials said Hamas’s Political Bureau had met twice.', 'Hamas’s Political Bureau', 'Hamas'],
      ['Zarrenka’s Foreign Ministry rejected the accusation.', 'Zarrenka’s Foreign Ministry', 'Zarrenka'],
      ['Tajikistan’s Border Troops accused Kyrgyz forces of attacking a post.', 'Tajikistan’s Border Troops', 'Tajikistan'],
    ] as const) {
      expect(names(sentence).map((n) => n.text), sentence).toEqual([owner, body]);
      expect(named(sentence, body).kind, sentence).toBe('organization');
    }
  });

  it('keeps a body with a name of its own apart from its owner ("Orvane’s Kestrel Labs")', () => {
    expect(names('Officials said Orvane’s Kestrel had found the flaw.').map((n) => n.text)).toEqual(['Orvane', 'Kestrel']);
  });

  it('reads a country’s or a city’s name of several words whole at the start of a sentence ("New Zealand’s ...")', () => {
    expect(names('New Zealand’s Foreign Ministry said it was concerned.').map((n) => n.text)).toEqual(['New Zealand', 'New Zealand’s Foreign Ministry']);
    expect(named('New York police said the road was closed.', 'New York').kind).toBe('place');
    expect(names('New figures showed a fall in exports.').map((n) => n.text)).toEqual([]);
  });

  it('reads a body’s name whole at the start of a sentence when its first word is one compromise only guesses at', () => {
    // compromise reads "Batken" as a past participle.
    expect(names('Batken Regional Hospital said three soldiers had died.').map((n) => n.text)).toEqual(['Batken Regional Hospital']);
    expect(names('Earlier Health Ministry figures showed a fall.').map((n) => n.text)).toEqual(['Health Ministry']);
  });

  it('describes a name by what it calls itself ("a hacker group calling itself Nightjar")', () => {
    for (const sentence of ['A hacker group calling itself Nightjar posted the files.', 'An armed network known as Red Wolves took the town.', 'A consultancy called Arkwell wrote the plan.']) {
      const [found] = names(sentence);
      expect(found?.kind, sentence).toBe('organization');
      expect(found?.descriptor, sentence).toMatch(/group|network|consultancy/u);
    }
  });

  it('reads "X AI" and "X Capital" as companies', () => {
    expect(named('The model was built by Lumora AI.', 'Lumora AI').kind).toBe('organization');
    expect(named('The round was led by Northgate Capital.', 'Northgate Capital').kind).toBe('organization');
  });

  it('reads an unknown word opening a sentence as a name when a description in apposition and a reporting verb follow', () => {
    const sentence = 'Norsair, the Toulouse-based manufacturer of the jet, said it was not aware of any fault.';
    expect(named(sentence, 'Norsair').kind).toBe('organization');
    expect(named('Lena Holt, a pilot with the airline, said the cabin filled with smoke.', 'Lena Holt').kind).toBe('person');
  });

  it('reads an unknown word opening a sentence as a name across a relative clause before a reporting verb ("Meta, which owns Facebook, said")', () => {
    expect(names('Meta, which owns Facebook, said it had removed 87 accounts.').map((n) => n.text)).toContain('Meta');
  });

  it('keeps a place a place when a description of someone else follows it ("the town of Villablino, a spokesperson ... said")', () => {
    expect(named('The fire moved toward the town of Villablino, a spokesperson for the emergency service said.', 'Villablino').kind).toBe('place');
  });

  it('does not take a capitalised adverb or adjective after a colon or a dateline’s dash for a name', () => {
    expect(names('Verdict: Mostly true.')).toEqual([]);
    expect(names('Verdict: Unverified.')).toEqual([]);
    expect(names('LUSAKA, April 17 (Reuters) - At least four people died.').map((n) => n.text)).toEqual(['LUSAKA', 'Reuters']);
  });

  it('reads a name opening with a compass point as a place, also first in a sentence', () => {
    expect(named('South Sudan said the border was closed.', 'South Sudan').kind).toBe('place');
    expect(named('The summit on North Atlantic mackerel quotas ended.', 'North Atlantic').kind).toBe('place');
    expect(named('Officials in the West Bank said the road was closed.', 'West Bank').kind).toBe('place');
  });

  it('reads a dateline’s city in capitals as a place, and an acronym that spells a town as no place', () => {
    expect(named('TROMSØ, Norway, June 12 - The summit ended.', 'TROMSØ').kind).toBe('place');
    expect(named('The licence was issued by NEMA last year.', 'NEMA').kind).toBe('organization');
  });

  it('joins a common noun to a body’s name over "and" ("Drivers and Traders Alliance"), not a person to a company', () => {
    expect(names('The Drivers and Traders Alliance said it.').map((n) => n.text)).toEqual(['Drivers and Traders Alliance']);
    expect(names('Kadri Saar and Baltic Shipping Company said it.').map((n) => n.text)).toEqual(['Kadri Saar', 'Baltic Shipping Company']);
  });

  it('joins a singular common noun, after a people’s word too ("Tax and Customs Authority", "Portuguese Track and Field Federation")', () => {
    expect(names('The Tax and Customs Authority (ATA) said its systems were unaffected.').map((n) => n.text)).toEqual(['Tax and Customs Authority']);
    expect(names('The Competition and Markets Directorate published a notice.').map((n) => n.text)).toEqual(['Competition and Markets Directorate']);
    expect(names('The Portuguese Track and Field Federation said so.').map((n) => n.text)).toEqual(['Portuguese Track and Field Federation']);
    expect(names('Boeing and Airbus Group declined to comment.').map((n) => n.text)).toEqual(['Boeing', 'Airbus Group']);
    expect(names('Shares in Vantoro and Ledgerline Analytics fell.').map((n) => n.text)).toEqual(['Vantoro', 'Ledgerline Analytics']);
  });

  it('joins a plural the tagger reads as a name ("Securities and Exchange Commission"), and a portfolio ending in "Services" or "Security"', () => {
    expect(names('The Securities and Exchange Commission opened an inquiry.').map((n) => n.text)).toEqual(['Securities and Exchange Commission']);
    expect(names('The Department of Health and Human Services said so.').map((n) => n.text)).toEqual(['Department of Health and Human Services']);
    expect(names('The Ministry of Agriculture and Food Security said so.').map((n) => n.text)).toEqual(['Ministry of Agriculture and Food Security']);
    expect(names('The Department of Health and Foreign Office said so.').map((n) => n.text)).toEqual(['Department of Health', 'Foreign Office']);
  });

  it('keeps the British "Co-" prefix inside a name ("Organisation for Economic Co-operation and Development")', () => {
    expect(names('The Organisation for Economic Co-operation and Development cut its forecast.').map((n) => n.text)).toEqual(['Organisation for Economic Co-operation and Development']);
  });

  it('does not run a place on into a month over "for" ("in Wales for August")', () => {
    expect(names('The price in Wales for August was 36.9 pence.').map((n) => n.text)).toEqual(['Wales']);
  });

  it('keeps the field a body works "on" in its name ("Commission on Human Rights"), not a day ("the Commission on Monday")', () => {
    expect(names('She would take her evidence to the Inter-American Commission on Human Rights.').map((n) => n.text)).toEqual(['Inter-American Commission on Human Rights']);
    expect(names('The Senate Committee on Foreign Relations said so.').map((n) => n.text)).toEqual(['Senate Committee on Foreign Relations']);
    expect(names('The Commission on Monday said it would act.').map((n) => n.text)).toEqual(['Commission']);
  });

  it('joins two places a force serves ("Avon and Somerset Police"), not two countries or a country and a body', () => {
    expect(names('Avon and Somerset Police said a man had been arrested.').map((n) => [n.text, n.kind])).toEqual([['Avon and Somerset Police', 'organization']]);
    expect(names('Devon and Cornwall Police said the road was shut.').map((n) => n.text)).toEqual(['Devon and Cornwall Police']);
    expect(names('Russia and Ukraine Forces exchanged fire.').map((n) => n.text)).toEqual(['Russia', 'Ukraine Forces']);
  });

  it('reads a subject whose own thing is "its" as an organisation ("Kairo Pay raised its forecast"), not "Paris and its suburbs"', () => {
    expect(named('Kairo Pay raised its full-year revenue forecast on Wednesday.', 'Kairo Pay').kind).toBe('organization');
    expect(named('Halvorsen Dynamics has cut its workforce.', 'Halvorsen Dynamics').kind).toBe('organization');
    expect(named('Paris and its suburbs were flooded.', 'Paris').kind).toBe('place');
  });

  it('reads a firm or paper named by a common noun after a demonym or town as an organisation ("American Express", "Harbourne Echo")', () => {
    expect(names('American Express said its cards were unaffected.').map((n) => [n.text, n.kind])).toEqual([['American Express', 'organization']]);
    expect(named('Ben Hollis of the Harbourne Echo posted it.', 'Harbourne Echo').kind).toBe('organization');
  });

  it('takes an office in apposition with its holder ("the Housing Secretary, Tom Ashworth,") as describing the holder, and keeps one named alone', () => {
    expect(names('The row comes as the Housing Secretary, Tom Ashworth, faces questions.').map((n) => [n.text, n.descriptor])).toEqual([['Tom Ashworth', 'Housing Secretary']]);
    expect(names('The Cabinet Secretary, Lena Hart, and Tom Ashworth met.').map((n) => n.text)).toEqual(['Lena Hart', 'Tom Ashworth']);
    expect(names('Later the Home Secretary said it was over.').map((n) => n.text)).toEqual(['Home Secretary']);
  });

  it('keeps a ministry’s portfolio after "of" in its name ("Ministry of Foreign Affairs"), and a title before a person', () => {
    expect(names('The Ministry of Foreign Affairs said so.').map((n) => [n.text, n.kind])).toEqual([['Ministry of Foreign Affairs', 'organization']]);
    expect(names('Ministry of Defence spokesman Igor Konashenkov said so.').map((n) => n.text)).toEqual(['Igor Konashenkov']);
  });

  it('reads the Red Crescent as an organisation', () => {
    expect(named('The Palestine Red Crescent said 40 people were hurt.', 'Palestine Red Crescent').kind).toBe('organization');
    expect(named('Volunteers from the Red Crescent arrived.', 'Red Crescent').kind).toBe('organization');
  });

  it('splits a titled person from the organisation after "of" ("Professor Maarten Kloos of the Utrecht Institute")', () => {
    const found = names('The study was led by Professor Maarten Kloos of the Utrecht Institute for Brain Research.');
    expect(found.map((n) => [n.text, n.kind])).toEqual([
      ['Maarten Kloos', 'person'],
      ['Utrecht Institute for Brain Research', 'organization'],
    ]);
  });

  it('keeps a two-word portfolio with the title ("Home Affairs Minister")', () => {
    expect(names('Home Affairs Minister Patrick Chanda said it.').map((n) => n.text)).toEqual(['Patrick Chanda']);
  });

  it('does not take a name ending in a plural or uncountable noun for a person’s', () => {
    expect(named('The contract went to Carrow Homes.', 'Carrow Homes').kind).toBe('organization');
    expect(named('The race is run by World Athletics.', 'World Athletics').kind).toBe('organization');
  });

  it('reads a name ending in a plural military unit as one body, not a title and a person ("National Defence Brigades")', () => {
    const sentence = 'The National Defence Brigades, the paramilitary force allied to the army, said the ward was empty.';
    expect(names(sentence).map((n) => n.text)).toEqual(['National Defence Brigades']);
    expect(named(sentence, 'National Defence Brigades').kind).toBe('organization');
  });

  it('reads a place joined by a foreign link word whole at the start of a sentence ("Surigao del Sur")', () => {
    expect(names('Surigao del Sur Governor Eliseo Mabanta confirmed it.').map((n) => n.text)).toEqual(['Surigao del Sur', 'Eliseo Mabanta']);
    expect(names('Bin collections were cut in Leeds.').map((n) => n.text)).toEqual(['Leeds']);
  });

  it('finds the head of a description in apposition before a participle ("an independent laboratory commissioned by")', () => {
    const sentence = 'Samples were tested by Visayas Analytical Laboratories, an independent laboratory commissioned by the province, on Monday.';
    expect(named(sentence, 'Visayas Analytical Laboratories').apposed).toBe('laboratory');
    expect(named('Tests by Vale Labs, a retailer based in Leeds, found it.', 'Vale Labs').apposed).toBe('retailer');
    expect(named('The Río Escondido, the company said in a statement, sent no position.', 'Río Escondido').apposed).not.toBe('company');
  });

  it('joins a last word over "and" after "of" or "for", and only one', () => {
    expect(named('The Centres for Disease Control and Prevention issued a warning.', 'Centres for Disease Control and Prevention').kind).toBe('organization');
    expect(names('The University of Oxford and Cambridge University signed it.').map((n) => n.text)).toEqual(['University of Oxford', 'Cambridge University']);
  });

  it('takes a capitalised title before a name for a person’s, whatever the surname suggests ("Dr Fiona Marsh"), but not "a former Kestrel employee"', () => {
    expect(named('Dr Fiona Marsh, a climate scientist, said so.', 'Fiona Marsh').kind).toBe('person');
    expect(named('A former Kestrel employee said so.', 'Kestrel').kind).not.toBe('person');
  });

  it('takes a name followed by an age for a person’s, whatever the role before it ("The security guard, Tomasz Wierzbicki, 58,")', () => {
    expect(named('The security guard, Tomasz Wierzbicki, 58, told the court so.', 'Tomasz Wierzbicki').kind).toBe('person');
  });

  it('joins two words over "and" to a body that opens with its head noun, unless they name another body', () => {
    expect(names('The Department of Health and Social Care said so.').map((n) => n.text)).toEqual(['Department of Health and Social Care']);
    expect(names('Figures from the Department for Energy Security and Net Zero show it.').map((n) => n.text)).toEqual(['Department for Energy Security and Net Zero']);
    expect(names('The Ministry of Defence and Foreign Office agreed.').map((n) => n.text)).toEqual(['Ministry of Defence', 'Foreign Office']);
  });

  it('finds the head of a name before "of"', () => {
    expect(named('She studied at the University of Indonesia.', 'University of Indonesia').kind).toBe('organization');
    expect(named('He will appeal to the Supreme Court of Cassation.', 'Supreme Court of Cassation').kind).toBe('organization');
    expect(named('Oil spread across the Gulf of Mexico.', 'Gulf of Mexico').kind).toBe('place');
  });

  it('names a storm, also at the start of a sentence, as an event', () => {
    expect(named('Storm Ilse brought winds of 160 km/h to the coast.', 'Storm Ilse').kind).toBe('other');
    expect(named('Crews were ready before Hurricane Milton made landfall.', 'Hurricane Milton').kind).toBe('other');
  });

  it('keeps a portfolio and a title such as "Dr." with the person they title', () => {
    expect(names('Environment Minister Hanif Nurofiq told parliament.').map((n) => n.text)).toEqual(['Hanif Nurofiq']);
    expect(names('Health Minister Dr. Grace Owusu-Mensah told a news conference.').map((n) => n.text)).toEqual(['Grace Owusu-Mensah']);
  });

  it('splits an organisation from the person it titles', () => {
    const sentence = 'European Commission President Ursula von der Leyen spoke in Helsinki.';
    const found = names(sentence);
    expect(found.map((n) => n.text)).toEqual(['European Commission', 'Ursula von der Leyen', 'Helsinki']);
    expect(named(sentence, 'European Commission').kind).toBe('organization');
    expect(named(sentence, 'Ursula von der Leyen').kind).toBe('person');
  });

  it('strips a several-word title ("Lt. Gen.", "Foreign Minister")', () => {
    expect(names('He met Lt. Gen. Mark Hale at the base.').map((n) => n.text)).toEqual(['Mark Hale']);
    expect(names('Finnish Foreign Minister Elena Duarte spoke first.').map((n) => n.text)).toEqual(['Elena Duarte']);
  });

  it('keeps a first name that is also a month abbreviation ("Jan")', () => {
    expect(names('Her spokesman Jan Berg confirmed the date.').map((n) => n.text)).toEqual(['Jan Berg']);
  });

  it('strips a capitalised role noun that opens the sentence ("Blogger Jaan Kask")', () => {
    expect(names('Blogger Jaan Kask claimed that ballots had been destroyed.').map((n) => n.text)).toEqual(['Jaan Kask']);
  });
});

describe('equipment', () => {
  it('classifies a model code before a noun of equipment', () => {
    expect(named('Ukraine has dozens of Bayraktar TB2 drones.', 'Bayraktar TB2').kind).toBe('equipment');
  });

  it('classifies a letter-digit code ("S-400")', () => {
    expect(named('Moscow moved S-400 systems to Belarus.', 'S-400').kind).toBe('equipment');
  });

  it('classifies a maker’s name before "plane"', () => {
    expect(named('Officials saw the Gulfstream plane over the sea.', 'Gulfstream').kind).toBe('equipment');
  });

  it('keeps an invented model code whole ("Zeta-9 rocket launcher")', () => {
    const sentence = 'The army showed a new Zeta-9 rocket launcher near the border.';
    expect(names(sentence).map((n) => n.text)).toEqual(['Zeta-9']);
    expect(named(sentence, 'Zeta-9').kind).toBe('equipment');
  });
});

describe('places', () => {
  it('knows countries in their local and abbreviated spellings', () => {
    const sentence = 'Troops from Türkiye and the U.S. arrived at dawn.';
    expect(named(sentence, 'Türkiye').kind).toBe('place');
    expect(named(sentence, 'U.S.').kind).toBe('place');
  });

  it('takes a city of the gazetteer after "in" as a place', () => {
    expect(named('The ministers met in Tampere on Monday.', 'Tampere').kind).toBe('place');
  });

  it('takes a name before a place noun as a place ("Bryansk Oblast", "Leningrad region")', () => {
    expect(named('A drone struck a car in the Bryansk Oblast.', 'Bryansk Oblast').kind).toBe('place');
    expect(named('The attack focused on the Leningrad region at night.', 'Leningrad region').kind).toBe('place');
  });
});

describe('organisations', () => {
  it('keeps the demonym of an organisation’s name ("Italian Air Force")', () => {
    const sentence = 'A spokesman for the Italian Air Force declined to comment.';
    expect(names(sentence).map((n) => n.text)).toEqual(['Italian Air Force']);
    expect(named(sentence, 'Italian Air Force').kind).toBe('organization');
  });

  it('recognises an invented company by its head word', () => {
    expect(named('Shares of Northbay Shipping Lines fell sharply.', 'Northbay Shipping Lines').kind).toBe('organization');
  });

  it('keeps the common word that opens a sentence and a body’s name: "Amnesty International", "Human Rights Watch"', () => {
    for (const body of ['Amnesty International', 'Human Rights Watch', 'Doctors Without Borders', 'Reporters Without Borders']) {
      expect(names(`${body} said the prison was overcrowded.`).map((n) => n.text)).toEqual([body]);
      expect(named(`${body} said the prison was overcrowded.`, body).kind).toBe('organization');
    }
    expect(names('Free Voices, an activist group, said the governor ordered it.').map((n) => n.text)).toEqual(['Free Voices']);
    // An adjective before a body's name stays out of it.
    expect(names('Senior Interior Ministry officials said the dam was safe.').map((n) => n.text)).toEqual(['Interior Ministry']);
  });

  it('reads a town’s name before a club’s role as the club, and keeps a city before its police a place', () => {
    expect(named('Harbury City manager Niall Brennan said the winger would stay.', 'Harbury City').kind).toBe('organization');
    expect(named('Kansas City police said two men were arrested.', 'Kansas City').kind).toBe('place');
  });

  it('takes a firm’s or a person’s home after "of" out of the name, and keeps a body’s place in it', () => {
    expect(names('The pill is made by Verabrook Nutrition of Minneapolis.').map((n) => n.text)).toEqual(['Verabrook Nutrition', 'Minneapolis']);
    expect(names('The chair, Kwame Asante of Ghana, disputed that.').map((n) => n.text)).toEqual(['Kwame Asante', 'Ghana']);
    expect(names('The Federal Reserve Bank of Minneapolis said so.').map((n) => n.text)).toEqual(['Federal Reserve Bank of Minneapolis']);
  });

  it('records an acronym in brackets on the name, not as a name of its own', () => {
    const sentence = 'The Associated Press (AP) reported the attack.';
    expect(names(sentence).map((n) => n.text)).toEqual(['Associated Press']);
    expect(named(sentence, 'Associated Press').acronym).toBe('AP');
  });
});

describe('words that are never names', () => {
  const openers = new Set(['the', 'he', 'she', 'instead', 'according', 'earlier', 'however', 'meanwhile']);
  const sentences = [
    'The minister left early.',
    'He said nothing.',
    'Instead, the company raised prices.',
    'According to the police, nobody was hurt.',
    'Earlier, the coach praised the players.',
    'Earlier Monday, Mara Voss spoke to voters.',
    'Instead of fueling the fire, Mara Voss spoke calmly.',
    'According to Mara Voss, the plan failed.',
    'However, The Times disagreed.',
  ];

  for (const sentence of sentences) {
    it(`finds no sentence opener or function word in ${JSON.stringify(sentence)}`, () => {
      for (const n of names(sentence)) {
        const first = n.text.split(/\s+/u)[0]!.toLowerCase().replace(/[^\p{L}]/gu, '');
        expect(openers.has(first), `"${n.text}"`).toBe(false);
      }
    });
  }

  it('still finds the name that follows the opener', () => {
    expect(names('Instead of fueling the fire, Mara Voss spoke calmly.').map((n) => n.text)).toContain('Mara Voss');
    expect(names('Earlier Monday, Mara Voss spoke to voters.').map((n) => n.text)).toContain('Mara Voss');
  });

  it('finds no name in a sum of money ("S$1.62", "A$3,000", "Rs 4 lakh"), but keeps a model code that starts like a currency', () => {
    expect(names('Shares closed at S$1.62, and she lost about A$3,000 in sales.')).toEqual([]);
    expect(names('An ex-gratia of Rs 4 lakh each would be paid.')).toEqual([]);
    expect(names('The army fielded a ZAR-124 launcher.').map((n) => n.text)).toEqual(['ZAR-124']);
  });

  it('reads a plural, a verb or "Nobody" opening a sentence inside a quotation as the common word it is', () => {
    expect(names('Teague shot back: “That is simply not true. Assaults are going up.”')).toEqual([]);
    expect(names('He said: “Nobody left this summit for good.”')).toEqual([]);
    expect(names('“Client funds are safe and fully backed 1:1. Withdrawals are paused for a migration.”')).toEqual([]);
    expect(names('She said: “Withdrawals are paused. Hastings is calm.”').map((n) => n.text)).toEqual(['Hastings']);
  });

  it('finds no name in a letter joined to a common word ("B-sample", "U-turn") or a pronoun run on with its verb ("I’ve")', () => {
    expect(names('Carvalho said the athlete accepted the B-sample finding.').map((n) => n.text)).toEqual(['Carvalho']);
    expect(names('Every day brings a new U-turn.')).toEqual([]);
    expect(names('He said: “I’m not going to get ahead of the report. But I’ve been doing this for 26 years.”')).toEqual([]);
  });

  it('takes no measure, count or stage for a model number ("22kV", "European 200-metre", "Today 157", "Phase 5"), and keeps real ones', () => {
    expect(names('The company said the 22kV line had been inspected, and 310,000 people are in Phase 5.')).toEqual([]);
    expect(names('“Today 157 of our people are home,” Andriy Kovalchuk wrote.').map((n) => n.text)).toEqual(['Andriy Kovalchuk']);
    expect(names('Réka Szántó, the European 200-metre champion, was suspended.').map((n) => n.kind)).not.toContain('equipment');
    expect(names('An ATR 72-600 and a Boeing 737 landed.').map((n) => [n.text, n.kind])).toEqual([['ATR 72-600', 'equipment'], ['Boeing 737', 'equipment']]);
  });

  it('finds no body in the abbreviation of a thing or a trade ("CCTV footage", "a GP", "an NGO")', () => {
    expect(names('CCTV footage and DNA evidence placed him at the scene, a GP told the court.')).toEqual([]);
    expect(names('An NGO said the GPS data showed the boat had turned back.')).toEqual([]);
  });

  it('takes a capitalised word that opens a sentence as a name when the article uses it mid-sentence', () => {
    expect(names('Zhivoev suggested a role for the alliance.', new Set(['zhivoev'])).map((n) => n.text)).toEqual(['Zhivoev']);
  });
});

describe('spans', () => {
  it('opens no name with a lone letter but for a platform ("the B sample", "on X")', () => {
    expect(names('A second test of the B sample confirmed it.')).toEqual([]);
    expect(names('Mayor Anne Hidalgo wrote on X that it was over.').map((n) => n.text)).toEqual(['Anne Hidalgo', 'X']);
  });

  it('reads a capital after a full stop inside a quotation as a sentence opener', () => {
    expect(names('“I could fill a boat. Now I catch nothing,” said Dedi Supriadi.').map((n) => n.text)).toEqual(['Dedi Supriadi']);
  });

  it('reads the word after a live blog’s time stamp as a sentence opener', () => {
    expect(names('11:50 Insurers estimated the damage at €400 million.')).toEqual([]);
    expect(names('09:40 Enedis, the grid operator, said 210,000 homes were without power.').map((n) => n.text)).toEqual(['Enedis']);
  });

  it('does not open a name with a common noun of the lexicon at the start of a sentence', () => {
    expect(names('Insurers estimated the damage at €400 million.')).toEqual([]);
    expect(names('Ferry operator Brittany Ferries cancelled all crossings.').map((n) => n.text)).toEqual(['Brittany Ferries']);
  });

  it('gives character offsets that slice back to the name', () => {
    for (const sentence of [
      'European Commission President Ursula von der Leyen met Finnish Prime Minister Sanna Marin.',
      'Erdoğan’s offer was welcomed by the Associated Press (AP) and Bayraktar TB2s flew overhead.',
    ]) {
      for (const n of names(sentence)) expect(sentence.slice(n.start, n.end)).toBe(n.text);
    }
  });

  it('leaves the possessive ending out of the name', () => {
    expect(names('Erdoğan’s offer was welcomed in Kyiv.', new Set(['erdoğan'])).map((n) => n.text)).toContain('Erdoğan');
  });
});

describe('a sentence-initial word the dictionary knows as a verb', () => {
  const sentence = 'Harbour Authority engineer Mara Varga said the repairs would take three weeks.';

  it('opens a name when the article capitalises it mid-sentence elsewhere', () => {
    expect(names(sentence, new Set(['harbour'])).map((n) => n.text)).toContain('Harbour Authority');
  });

  it('is left out of the name otherwise, as any sentence opener', () => {
    expect(names(sentence).map((n) => n.text)).not.toContain('Harbour Authority');
  });
});
