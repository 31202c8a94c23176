import { describe, expect, it } from 'vitest';
import { citedFormIn } from '../../src/pipeline/attribution/cited-forms.ts';
import { tokenize } from '../../src/pipeline/text/tokens.ts';

const formIn = (sentence: string) => citedFormIn(sentence, tokenize(sentence));

describe('the words that cite a source', () => {
  it('names where the source appeared when a name follows it', () => {
    expect(formIn('In a post on Telegram, the group said the bridge was hit.')).toEqual({ form: 'post', channel: 'Telegram', words: 'In a post on Telegram' });
    expect(formIn('He said in a video posted on Truth Social that talks had failed.')).toEqual({ form: 'video', channel: 'Truth Social', words: 'in a video posted on Truth Social' });
    expect(formIn('In a post on its Telegram channel, Nightjar wrote that it had the files.')).toEqual({ form: 'post', channel: 'Telegram', words: 'In a post on its Telegram' });
    expect(formIn('In a post on its leak site, the group claimed the attack.')).toEqual({ form: 'post', channel: undefined, words: 'In a post' });
  });

  it('takes no lower-case word after the name for part of it ("on X after the hearing")', () => {
    expect(formIn('In a post on X after the hearing, Sørensen wrote that the fault was fixed.')).toEqual({ form: 'post', channel: 'X', words: 'In a post on X' });
  });

  it('reads a day or a month after the source as when, not where', () => {
    expect(formIn('The authority said in a statement on Tuesday that a fault could cause the pumps to fail.')).toEqual({ form: 'statement', channel: undefined, words: 'in a statement' });
    expect(formIn('The club said in a letter on March 3 that the fee was agreed.')).toEqual({ form: 'letter', channel: undefined, words: 'in a letter' });
    expect(formIn('The ministry said in a statement on its website that talks would resume.')?.channel).toBeUndefined();
  });

  it('reads "told" a news organisation as an interview given to it, and "told" anyone else as no source', () => {
    expect(formIn('A senior diplomat told Reuters the talks had stalled.')).toEqual({ form: 'interview', channel: 'Reuters', words: 'told Reuters' });
    expect(formIn('Witnesses told the BBC they heard explosions.')).toEqual({ form: 'interview', channel: 'the BBC', words: 'told the BBC' });
    expect(formIn('The coach told BBC Radio Manchester the club was ready.')?.channel).toBe('BBC Radio Manchester');
    expect(formIn('Putin told Macron that the offensive would continue.')).toBeUndefined();
  });

  it('names whom an interview was given to ("in an interview with Le Monde"), when the article names them', () => {
    expect(formIn('In an interview with Le Monde, Macron said Europe must rearm.')).toEqual({ form: 'interview', channel: 'Le Monde', words: 'In an interview with Le Monde' });
    expect(formIn('He said in an interview with a Russian sports newspaper that he would stay.')).toEqual({ form: 'interview', channel: undefined, words: 'in an interview' });
  });
});
