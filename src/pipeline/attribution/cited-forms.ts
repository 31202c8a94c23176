/**
 * The words by which an article cites a source it relays: "in a post on
 * Telegram", "in a statement", "told reporters at the Pentagon", "told
 * Reuters".
 */
import { NEWS_MEDIA_WORDS } from '../lexicon/reporting.ts';
import { blankQuoted, type Token } from '../text/tokens.ts';

export interface CitedForm {
  /** What the source is: post, statement, briefing, report. */
  form: string;
  /** Where it appeared: Telegram, the Pentagon. */
  channel: string | undefined;
  /** The words of the sentence that cite it. */
  words: string;
}

const CARRIER = String.raw`(post|message|statement|video|interview|briefing|press conference|news conference|tweet|letter|speech|address|report|broadcast|communiqu[eé]|press release|op-ed|blog post|televised address|filing|lawsuit|complaint|notice|memo|submission|court filing|regulatory filing)`;
const IN_A_SOURCE = new RegExp(String.raw`\b(?:in|on|at|during|via|through)\s+(?:a|an|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?${CARRIER}\b`, 'iu');
/**
 * Where the source appeared, right after it: "on Telegram", "posted on Truth Social", "on its Telegram channel".
 * Matched apart from the carrier, whose words may come in any case, because under the `i` flag `\p{Lu}` matches
 * lower case as well.
 */
const ON_CHANNEL = /^\s+(?:(?:posted|published|shared|released)\s+)?on\s+(?:(?:its|his|her|their)\s+)?(\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*)?)/u;
/** "in a statement on Tuesday", "in a post on March 3": a day is when, not where. */
const DATE_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/u;
/** A capitalised name, with "the" before it when the text gives one: "the Pentagon", "Le Monde", "BBC Radio Manchester". */
const NAMED = String.raw`((?:the\s+)?\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*)*)`;
const TOLD_REPORTERS = new RegExp(String.raw`\btold\s+(?:reporters|journalists|a news conference|a press conference)(?:\s+(?:at|in)\s+${NAMED})?`, 'u');
/** "in an interview with Le Monde": whom the interview was given to. */
const WITH_INTERVIEWER = new RegExp(String.raw`^\s+with\s+${NAMED}`, 'u');
/** "told Reuters", "told the BBC", "told The Washington Post": a name, which must be a news organisation's. */
const TOLD_NAME = new RegExp(String.raw`\btold\s+${NAMED}`, 'u');
const ON_PLATFORM = /\b(?:wrote|said|posted|claimed|announced|declared|stated|added)\s+on\s+(Telegram|Facebook|Twitter|X|Instagram|YouTube|TikTok|WhatsApp|VKontakte|Weibo|LinkedIn|Bluesky|Threads)\b/u;

export function citedFormIn(sentence: string, tokens: readonly Token[]): CitedForm | undefined {
  const text = blankQuoted(sentence, tokens);
  const inA = IN_A_SOURCE.exec(text);
  if (inA) {
    const form = inA[1]!.toLowerCase().replace('news conference', 'press conference');
    const after = text.slice(inA.index + inA[0].length);
    const interviewer = form === 'interview' ? WITH_INTERVIEWER.exec(after) : null;
    if (interviewer !== null) return { form, channel: interviewer[1], words: inA[0] + interviewer[0] };
    const on = ON_CHANNEL.exec(after);
    if (on === null || DATE_WORD.test(on[1]!)) return { form, channel: undefined, words: inA[0] };
    return { form, channel: on[1], words: inA[0] + on[0] };
  }
  const told = TOLD_REPORTERS.exec(text);
  if (told) return { form: 'briefing', channel: told[1], words: told[0] };
  const on = ON_PLATFORM.exec(text);
  if (on) return { form: 'post', channel: on[1], words: on[0] };
  const toldName = TOLD_NAME.exec(text);
  if (toldName && toldName[1]!.toLowerCase().split(/\s+/u).some((word) => NEWS_MEDIA_WORDS.has(word))) return { form: 'interview', channel: toldName[1], words: toldName[0] };
  return undefined;
}
