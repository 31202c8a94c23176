import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/pipeline/errors.ts';
import { parseRawArticle, type RawArticle } from '../../src/pipeline/import/raw-article.ts';
import { seedFiles } from './helpers.ts';

function parse(...lines: string[]): RawArticle {
  return parseRawArticle(lines.join('\n'), 'test.txt');
}

function parseError(...lines: string[]): InputError {
  try {
    parse(...lines);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

function texts(raw: RawArticle, kind: 'paragraph' | 'heading'): string[] {
  return raw.blocks.filter((block) => block.kind === kind).map((block) => block.text);
}

describe('parseRawArticle: headline and title', () => {
  it('takes a first line without final punctuation as the headline', () => {
    const raw = parse('Drones hit an airfield', 'The army said three drones hit the airfield.', 'Nobody was hurt.');
    expect(raw.frontmatter.title).toBe('Drones hit an airfield');
    expect(raw.decisions.title).toBe('headline');
    expect(texts(raw, 'paragraph')).toEqual(['The army said three drones hit the airfield.', 'Nobody was hurt.']);
  });

  it('reads paragraphs separated by blank lines the same as by single lines', () => {
    const single = parse('Headline here', 'First paragraph.', 'Second paragraph.');
    const blank = parse('', 'Headline here', '', '', 'First paragraph.', '   ', 'Second paragraph.', '');
    expect(blank).toEqual(single);
  });

  it('keeps the lines of one quotation block marked with ">" as one paragraph, and the lines after it apart', () => {
    const raw = parse('Headline here', 'Residents heard two bangs.', '> "We saw a flash."', '> — Dolores Quint, a resident', 'Police closed the road.');
    expect(texts(raw, 'paragraph')).toEqual(['Residents heard two bangs.', '> "We saw a flash." > — Dolores Quint, a resident', 'Police closed the road.']);
  });

  it('trims each line but keeps the words inside it exactly', () => {
    const raw = parse('  Headline  ', '\tIt said  “two   spaces” — <b>&amp;</b>.  ');
    expect(raw.frontmatter.title).toBe('Headline');
    expect(raw.blocks).toEqual([{ kind: 'paragraph', text: 'It said  “two   spaces” — <b>&amp;</b>.' }]);
  });

  it('takes the title from the first sentence when the first line ends like a sentence', () => {
    const raw = parse('Drones hit an airfield near Kursk. The army said so on Monday.', 'Nobody was hurt.');
    expect(raw.decisions.title).toBe('first-sentence');
    expect(raw.frontmatter.title).toBe('Drones hit an airfield near Kursk.');
    // The body keeps the sentence the title came from.
    expect(texts(raw, 'paragraph')).toEqual(['Drones hit an airfield near Kursk. The army said so on Monday.', 'Nobody was hurt.']);
  });

  it('does not end the first sentence at an abbreviation or an initial', () => {
    const raw = parse('U.S. officials met Gen. Mark A. Milley in Washington. He spoke.');
    expect(raw.frontmatter.title).toBe('U.S. officials met Gen. Mark A. Milley in Washington.');
  });

  it('ends the first sentence at a closing quote after the punctuation', () => {
    const raw = parse('“We will not stop,” the group said. It gave no details.');
    expect(raw.frontmatter.title).toBe('“We will not stop,” the group said.');
  });

  it('shortens a long first sentence at a word boundary with an ellipsis and no new words', () => {
    const sentence =
      'More than two hundred drones were launched overnight in a coordinated strike against several regions, marking one of the largest such operations so far.';
    const raw = parse(sentence);
    const { title } = raw.frontmatter;
    expect(title).toBe('More than two hundred drones were launched overnight in a coordinated strike against several regions, marking one of the…');
    expect(title.length).toBeLessThanOrEqual(121);
    expect(sentence.startsWith(title.slice(0, -1))).toBe(true);
  });

  it('does not take a very long unpunctuated first line as a headline', () => {
    const long = `${'word '.repeat(60)}end`;
    const raw = parse(long, 'Second line.');
    expect(raw.decisions.title).toBe('first-sentence');
    expect(raw.blocks[0]?.text).toBe(long);
  });
});

describe('parseRawArticle: date', () => {
  it('reads a date prefix on the headline line, after leading spaces', () => {
    const raw = parse('   date 2025-09-12 Drones hit an airfield', 'The army said so.');
    expect(raw.frontmatter.date).toBe('2025-09-12');
    expect(raw.decisions.date).toBe('2025-09-12');
    expect(raw.frontmatter.title).toBe('Drones hit an airfield');
  });

  it('reads a date on a line of its own before the headline', () => {
    const raw = parse('date 2024-02-29', 'Drones hit an airfield', 'The army said so.');
    expect(raw.frontmatter).toMatchObject({ date: '2024-02-29', title: 'Drones hit an airfield' });
  });

  it('has no date without the prefix, and does not read a headline starting with "Date" as one', () => {
    const raw = parse('Date night in Kyiv goes on', 'Cafés stayed open.');
    expect(raw.frontmatter.date).toBeUndefined();
    expect(raw.decisions).not.toHaveProperty('date');
    expect(raw.frontmatter.title).toBe('Date night in Kyiv goes on');
  });

  it.each(['2025-02-29', '2025-13-01', '2025-9-12', '25-09-12'])('refuses %s, which is not a calendar date', (date) => {
    const error = parseError('', `date ${date} Drones hit an airfield`, 'The army said so.');
    expect(error).toMatchObject({ file: 'test.txt', field: 'date', line: 2 });
    expect(error.message).toContain(date);
  });
});

describe('parseRawArticle: furniture', () => {
  it('removes whole furniture lines, in any case, and records each', () => {
    const raw = parse(
      'Drones hit an airfield',
      'Most Commented Posts',
      'The army said so.',
      'ADVERTISEMENT',
      'Read more »',
      'Nobody was hurt.',
      'Source link',
      'Related Posts:',
    );
    expect(raw.decisions.furnitureRemoved).toEqual(['Most Commented Posts', 'ADVERTISEMENT', 'Read more »', 'Source link', 'Related Posts:']);
    expect(texts(raw, 'paragraph')).toEqual(['The army said so.', 'Nobody was hurt.']);
  });

  it('keeps a line that only contains a furniture phrase', () => {
    const raw = parse('Headline here', 'Readers can subscribe to alerts, the ministry said.');
    expect(raw.decisions.furnitureRemoved).toEqual([]);
    expect(texts(raw, 'paragraph')).toEqual(['Readers can subscribe to alerts, the ministry said.']);
  });
});

describe('parseRawArticle: standfirst', () => {
  it('takes a long unpunctuated line after the headline as the standfirst', () => {
    const standfirst = 'European countries have rushed to buy anti-drone systems after the strike';
    const raw = parse('Drones push states to new defences', standfirst, 'The ministry said so.');
    expect(raw.frontmatter.standfirst).toBe(standfirst);
    expect(raw.decisions.standfirst).toBe(standfirst);
    expect(texts(raw, 'paragraph')).toEqual(['The ministry said so.']);
  });

  it('keeps a short or punctuated line after the headline in the body', () => {
    expect(parse('Headline here', 'Only seven words in this line here', 'Text.').frontmatter.standfirst).toBeUndefined();
    const punctuated = parse('Headline here', 'European countries have rushed to buy anti-drone systems.', 'Text.');
    expect(punctuated.frontmatter.standfirst).toBeUndefined();
    expect(punctuated.blocks[0]?.text).toBe('European countries have rushed to buy anti-drone systems.');
  });

  it('has no standfirst when there is no headline', () => {
    const raw = parse('The strike came at night.', 'European countries have rushed to buy anti-drone systems after it', 'Text.');
    expect(raw.frontmatter.standfirst).toBeUndefined();
  });
});

describe('parseRawArticle: teasers', () => {
  it('takes the trailing run of unpunctuated lines as related stories', () => {
    const raw = parse(
      'Headline here',
      'The army said so.',
      'Putin says he will not travel abroad for talks',
      'Operation Rising Lion: Why and How',
    );
    expect(raw.frontmatter.related).toEqual(['Putin says he will not travel abroad for talks', 'Operation Rising Lion: Why and How']);
    expect(raw.decisions.teasers).toEqual(raw.frontmatter.related);
    expect(texts(raw, 'paragraph')).toEqual(['The army said so.']);
  });

  it('does not take the last real paragraph, nor a teaser-like line before it', () => {
    const raw = parse(
      'Headline here',
      'The army said so.',
      'A line without any punctuation in the middle of the text goes on',
      'The last paragraph ends like a sentence.”',
    );
    expect(raw.frontmatter.related).toEqual([]);
    expect(texts(raw, 'paragraph')).toHaveLength(3);
  });

  it('stops the run at a short line and finds teasers after furniture', () => {
    const raw = parse('Headline here', 'The army said so.', 'Photo gallery', 'Putin says he will not travel', 'Related Posts');
    expect(raw.frontmatter.related).toEqual(['Putin says he will not travel']);
    expect(texts(raw, 'heading')).toEqual(['Photo gallery']);
  });
});

describe('parseRawArticle: subheadings', () => {
  it('reads short unpunctuated lines inside the body as headings', () => {
    const raw = parse('Headline here', 'First paragraph.', 'Turkish-made drones', 'Second paragraph.', 'NATO points to drills', 'Third.');
    expect(raw.blocks.map((block) => block.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
    expect(raw.decisions.headings).toEqual(['Turkish-made drones', 'NATO points to drills']);
  });

  it('keeps the first body line, long unpunctuated lines and lines ending in a colon as paragraphs', () => {
    const raw = parse(
      'Headline here',
      'Short first line',
      'A rather long line without any final punctuation that goes on and on',
      'The minister said:',
      'Text.',
    );
    expect(raw.decisions.headings).toEqual([]);
  });
});

describe('parseRawArticle: no article text', () => {
  it.each([
    ['only a headline', ['Headline here']],
    ['a headline and teasers', ['Headline here', 'Putin says he will not travel', 'Xi calls for fairness at summit']],
    ['a headline, standfirst and furniture', ['Headline here', 'European countries have rushed to buy anti-drone systems now', 'Source link']],
    ['only furniture', ['Source link', 'Comments']],
  ])('refuses %s', (_, lines) => {
    expect(parseError(...lines)).toMatchObject({ file: 'test.txt', field: 'body' });
  });
});

describe('parseRawArticle: seeds', async () => {
  const seeds = new Map<string, RawArticle>();
  for (const file of await seedFiles()) {
    seeds.set(basename(file).slice(0, 3), parseRawArticle(await readFile(file, 'utf8'), file));
  }
  function seed(prefix: string): RawArticle {
    const raw = seeds.get(prefix);
    if (raw === undefined) throw new Error(`no seed ${prefix}`);
    return raw;
  }

  it('000 has no headline: the title is its first sentence, kept in the body', () => {
    const raw = seed('000');
    expect(raw.decisions).toMatchObject({ title: 'first-sentence', furnitureRemoved: [], teasers: [], headings: [] });
    expect(raw.frontmatter.title).toMatch(/^More than two hundred Ukrainian military drones .*…$/);
    expect(raw.blocks[0]?.text.startsWith(raw.frontmatter.title.slice(0, -1))).toBe(true);
    expect(raw.frontmatter).not.toHaveProperty('date');
    expect(raw.blocks).toHaveLength(18);
  });

  it('001 has a date, a headline, a standfirst and trailing teasers', () => {
    const raw = seed('001');
    expect(raw.frontmatter).toMatchObject({
      title: 'Russian Drone Attack Pushes NATO States Toward Ukrainian Air Defense Solutions',
      date: '2025-09-12',
    });
    expect(raw.frontmatter.standfirst).toMatch(/^European countries have rushed .* on September 10$/);
    expect(raw.frontmatter.related).toHaveLength(8);
    expect(raw.frontmatter.related.at(-1)).toBe('EU Population Grows by Over a Million, While Bulgaria Continues to Shrink');
    expect(raw.blocks.every((block) => block.kind === 'paragraph')).toBe(true);
    expect(raw.blocks.at(-1)?.text).toMatch(/for operational use\.$/);
  });

  it('002 has a headline, furniture and two subheadings', () => {
    const raw = seed('002');
    expect(raw.frontmatter.title).toBe('Russia may use Bayraktar TB2 drones in fake plot for Ukraine war: US');
    expect(raw.decisions.furnitureRemoved).toEqual(['Most Commented Posts', 'Source link', 'Most Commented Posts', 'Related Posts']);
    expect(raw.decisions.headings).toEqual(['Turkish-made drones', 'NATO points to Russian drills']);
    expect(raw.frontmatter.related).toEqual([]);
    expect(raw.frontmatter.standfirst).toBeUndefined();
  });
});
