/**
 * Where a cited source appeared, as its title and the site say it: "on
 * Telegram" for a post, "at the Pentagon" for a briefing, "with Reuters"
 * for an interview. Events happen at a place, posts appear on a platform,
 * interviews are given to someone. No imports, so pages can use it.
 */
const AT_FORMS = new Set(['briefing', 'press conference', 'speech', 'address', 'televised address']);

/** " on Telegram", " at the Pentagon", " with Reuters" for an interview, or nothing when the article does not say where. */
export function whereCited(form: string, channel: string | undefined): string {
  if (channel === undefined) return '';
  return ` ${form === 'interview' ? 'with' : AT_FORMS.has(form) ? 'at' : 'on'} ${channel}`;
}

/** "A briefing at the Pentagon", "An interview with Reuters": what a cited source is, as a sentence opens. */
export function citedKind(form: string, channel: string | undefined): string {
  return `${/^[aeiou]/iu.test(form) ? 'An' : 'A'} ${form}${whereCited(form, channel)}`;
}
