/** Reading the built site's HTML by regular expression: Astro writes every attribute double-quoted and escapes text the same few ways. */

export const decode = (value: string): string =>
  value.replace(/&(amp|quot|#39|lt|gt);/gu, (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[e] ?? _);

/** The values of an attribute, decoded, in document order. */
export const attributes = (html: string, name: string): string[] =>
  [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'gu'))].map((m) => decode(m[1] ?? ''));

/** The text of some HTML as a reader sees it, spaces collapsed. */
export const textOf = (html: string): string => collapse(decode(html.replace(/<[^>]*>/gu, '')));

export const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();
