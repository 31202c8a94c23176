/** schema.org ClaimReview for a claim page: the claim, who made it, where it appeared, and its status. */
import type { ArticleSource, Claim } from '../pipeline/schema.ts';
import type { EntityName } from './records.ts';
import { statusLook } from './status.ts';
import { claimUrl } from './urls.ts';

export function claimReview(claim: Claim, asserter: EntityName, article: ArticleSource): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: claimUrl(claim.id),
    claimReviewed: claim.quote,
    author: { '@type': 'Organization', name: 'News Claims Explorer' },
    reviewRating: { '@type': 'Rating', alternateName: statusLook[claim.status].label },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': asserter.kind === 'person' ? 'Person' : 'Organization', name: asserter.name },
      appearance: {
        '@type': 'NewsArticle',
        headline: article.title,
        url: article.url,
        datePublished: article.date,
        publisher: article.outlet === undefined ? undefined : { '@type': 'Organization', name: article.outlet },
      },
    },
  };
}
