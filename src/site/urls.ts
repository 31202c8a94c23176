/** The site's URLs in one place; they are part of the public contract. */
export const claimUrl = (id: string): string => `/claims/${id}/`;
export const sourceUrl = (id: string): string => `/sources/${id}/`;
export const entityUrl = (id: string): string => `/entities/${id}/`;

/** The full results page for a query; without a query, the page lists every entity. */
export const searchUrl = (query: string): string => (query === '' ? '/search/' : `/search/?${new URLSearchParams({ q: query }).toString()}`);

/** A sentence of an article: its id is the element id on the reader page. */
export const sentenceUrl = (articleId: string, sentenceId: string): string => `${sourceUrl(articleId)}#${sentenceId}`;

export interface Link {
  href: string;
  label: string;
}

/** The pipeline names an article's teaser lines r1, r2, … as it names sentences p1s1. */
export const teaserId = (index: number): string => `r${index + 1}`;
