import { describe, expect, it } from 'vitest';
import { foldKey, spellingKey } from '../../src/pipeline/entities/normalize.ts';

describe('foldKey', () => {
  it('folds diacritics: "Erdoğan" and "Erdogan" agree', () => {
    expect(foldKey('Erdoğan')).toBe(foldKey('Erdogan'));
    expect(foldKey('Türkiye')).toBe('turkiye');
  });

  it('drops dots and possessive endings', () => {
    expect(foldKey('U.S.')).toBe('us');
    expect(foldKey('Erdoğan’s')).toBe(foldKey('Erdogan'));
    expect(foldKey("Kirby's")).toBe('kirby');
  });

  it('collapses case and spacing but keeps words apart', () => {
    expect(foldKey('  Ursula   von der LEYEN ')).toBe('ursula von der leyen');
    expect(foldKey('Pantsir-S')).toBe('pantsir s');
  });

  it('keeps different names different', () => {
    expect(foldKey('Zelensky')).not.toBe(foldKey('Zelenskyy'));
    expect(foldKey('Lind')).not.toBe(foldKey('Linde'));
  });
});

describe('spellingKey', () => {
  it('joins transliterations of one name', () => {
    expect(spellingKey('Zelenskyy')).toBe(spellingKey('Zelensky'));
    expect(spellingKey('Zelenskiy')).toBe(spellingKey('Zelensky'));
    expect(spellingKey('Volodymyr Zelenskyy')).toBe(spellingKey('Volodymyr Zelensky'));
  });

  it('joins British and American spellings of "-isation"', () => {
    expect(spellingKey('Shanghai Cooperation Organisation')).toBe(spellingKey('Shanghai Cooperation Organization'));
  });

  it('keeps names that differ by more than spelling apart', () => {
    expect(spellingKey('Zelenska')).not.toBe(spellingKey('Zelensky'));
    expect(spellingKey('Anna Lind')).not.toBe(spellingKey('Erik Lind'));
  });
});
