const MAX_LENGTH = 80;

/** Letters that Unicode decomposition leaves whole but that readers expect as plain Latin letters. */
const FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g');

/** A URL-safe file name for an article title: lowercase ASCII words joined by single hyphens. */
export function slugify(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(FOLDABLE, (letter) => FOLDS[letter] ?? letter)
    // "Russia’s" gives "russias", not "russia-s".
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return shorten(slug) || 'article';
}

/** Cuts a long slug after its last whole word that fits. */
function shorten(slug: string): string {
  if (slug.length <= MAX_LENGTH) return slug;
  const lastHyphen = slug.lastIndexOf('-', MAX_LENGTH);
  return lastHyphen > 0 ? slug.slice(0, lastHyphen) : slug.slice(0, MAX_LENGTH);
}
