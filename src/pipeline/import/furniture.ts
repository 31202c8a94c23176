/**
 * Page furniture: lines that a copy of a web page brings along from around the
 * article (navigation, widgets, calls to action). They belong to the site, not
 * to the story, and are only recognised when they make up a whole line.
 */
const FURNITURE = new Set([
  'advertisement',
  'also read',
  'comments',
  'continue reading',
  'follow us',
  'leave a comment',
  'most commented posts',
  'most popular',
  'most read',
  'read more',
  'read next',
  'recent posts',
  'recommended',
  'recommended for you',
  'related',
  'related articles',
  'related posts',
  'related stories',
  'share',
  'share this',
  'share this article',
  'sign up for our newsletter',
  'skip to content',
  'source link',
  'sponsored content',
  'subscribe',
  'you may also like',
  'you might also like',
]);

/** Whether the whole line is a furniture phrase, ignoring case, spacing and decoration ("Related Posts:", "Read more »"). */
export function isFurniture(line: string): boolean {
  const phrase = line
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/\s+/g, ' ');
  return FURNITURE.has(phrase);
}
