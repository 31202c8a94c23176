/**
 * Where a cited source appeared, as its title and the site say it: "on
 * Telegram" for a post, "at the Pentagon" for a briefing. Events happen at a
 * place, posts appear on a platform. No imports, so pages can use it.
 */
const AT_FORMS = new Set(['briefing', 'press conference', 'speech', 'address', 'interview', 'televised address']);

/** " on Telegram", " at the Pentagon", or nothing when the article does not say where. */
export function whereCited(form: string, channel: string | undefined): string {
  return channel === undefined ? '' : ` ${AT_FORMS.has(form) ? 'at' : 'on'} ${channel}`;
}
