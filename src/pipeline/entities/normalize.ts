/** Keys for comparing names whatever their case, diacritics, dots or possessive ending. */

/** Lower case, diacritics folded, dots and possessives dropped, spaces collapsed: "U.S." → "us", "Erdoğan’s" → "erdogan". */
/** Letters that Unicode decomposition leaves whole. */
const LETTER_FOLDS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');

export function foldKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter)
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/['’.]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A looser key for transliterated names: "Zelenskyy", "Zelenskiy" and "Zelensky" agree. */
export function spellingKey(name: string): string {
  return foldKey(name)
    .replace(/(?:iy|yy|ij|ii)\b/gu, 'y')
    .replace(/isation\b/gu, 'ization')
    .replace(/(\p{L})\1+/gu, '$1');
}
