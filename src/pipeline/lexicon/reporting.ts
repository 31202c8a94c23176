/**
 * Words that attribute a statement to someone. These are English grammar, not
 * knowledge of any article: any news text uses them.
 */

/** Reporting verbs by lemma, each with the forms that occur in news copy. */
const VERBS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  caution: ['caution', 'cautions', 'cautioned', 'cautioning'],
  allege: ['allege', 'alleges', 'alleged', 'alleging'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggesting'],
  emphasize: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  report: ['report', 'reports', 'reported', 'reporting'],
  accuse: ['accuse', 'accuses', 'accused', 'accusing'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  write: ['write', 'writes', 'wrote', 'writing'],
  state: ['state', 'states', 'stated', 'stating'],
  add: ['add', 'adds', 'added', 'adding'],
  note: ['note', 'notes', 'noted', 'noting'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  assert: ['assert', 'asserts', 'asserted', 'asserting'],
  maintain: ['maintain', 'maintains', 'maintained', 'maintaining'],
  contend: ['contend', 'contends', 'contended', 'contending'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  stress: ['stress', 'stresses', 'stressed', 'stressing'],
  reiterate: ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  reaffirm: ['reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming'],
  predict: ['predict', 'predicts', 'predicted', 'predicting'],
  estimate: ['estimate', 'estimates', 'estimated', 'estimating'],
  project: ['project', 'projects', 'projected', 'projecting'],
  question: ['question', 'questions', 'questioned', 'questioning'],
  dispute: ['dispute', 'disputes', 'disputed', 'disputing'],
  reject: ['reject', 'rejects', 'rejected', 'rejecting'],
  dismiss: ['dismiss', 'dismisses', 'dismissed', 'dismissing'],
  refute: ['refute', 'refutes', 'refuted', 'refuting'],
  reveal: ['reveal', 'reveals', 'revealed', 'revealing'],
  disclose: ['disclose', 'discloses', 'disclosed', 'disclosing'],
  concede: ['concede', 'concedes', 'conceded', 'conceding'],
  underline: ['underline', 'underlines', 'underlined', 'underlining'],
  underscore: ['underscore', 'underscores', 'underscored', 'underscoring'],
  describe: ['describe', 'describes', 'described', 'describing'],
  detail: ['detail', 'details', 'detailed', 'detailing'],
  identify: ['identify', 'identifies', 'identified', 'identifying'],
  name: ['name', 'names', 'named', 'naming'],
  repeat: ['repeat', 'repeats', 'repeated', 'repeating'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  respond: ['respond', 'responds', 'responded', 'responding'],
  counter: ['counter', 'counters', 'countered', 'countering'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  post: ['post', 'posts', 'posted', 'posting'],
  vow: ['vow', 'vows', 'vowed', 'vowing'],
  pledge: ['pledge', 'pledges', 'pledged', 'pledging'],
  promise: ['promise', 'promises', 'promised', 'promising'],
  threaten: ['threaten', 'threatens', 'threatened', 'threatening'],
  assure: ['assure', 'assures', 'assured', 'assuring'],
  hint: ['hint', 'hints', 'hinted', 'hinting'],
  indicate: ['indicate', 'indicates', 'indicated'],
  complain: ['complain', 'complains', 'complained', 'complaining'],
  conclude: ['conclude', 'concludes', 'concluded'],
  observe: ['observe', 'observes', 'observed'],
  remark: ['remark', 'remarks', 'remarked'],
  recall: ['recall', 'recalls', 'recalled'],
  forecast: ['forecast', 'forecasts', 'forecasted'],
  blame: ['blame', 'blames', 'blamed', 'blaming'],
  speculate: ['speculate', 'speculates', 'speculated', 'speculating'],
  accept: ['accept', 'accepts', 'accepted', 'accepting'],
  agree: ['agree', 'agrees', 'agreed', 'agreeing'],
  // Indian English news copy: "opined that", "the DM informed that".
  opine: ['opine', 'opines', 'opined', 'opining'],
  inform: ['inform', 'informs', 'informed', 'informing'],
  find: ['find', 'finds', 'found'],
  show: ['show', 'shows', 'showed', 'shown'],
};

const LEMMA_OF = new Map<string, string>(
  Object.entries(VERBS).flatMap(([lemma, forms]) => forms.map((form) => [form, lemma] as const)),
);

export function reportingLemma(word: string): string | undefined {
  return LEMMA_OF.get(word.toLowerCase());
}

/**
 * Verbs that report only with content after them ("described it as", "detailed
 * how"), or that are often used without reporting ("posted", "reported for
 * duty"): they need a content clause to count.
 */
export const NEEDS_CONTENT = new Set(['describe', 'detail', 'identify', 'name', 'project', 'post', 'report', 'indicate', 'observe', 'recall', 'counter', 'note', 'state', 'add', 'caution', 'accept', 'agree', 'inform', 'find', 'show']);

/** Lemmas that deny what another party said, and lemmas that contest it ("disputed that account" questions a claim, it does not deny it). */
export const DENYING = new Set(['deny', 'reject', 'dismiss', 'refute']);
export const QUESTIONING = new Set(['question', 'dispute']);
/** Lemmas by which a party grants what another said: "He accepted that Holloway had debts" confirms the prosecutor's "drowning in debt". */
export const CONCEDING = new Set(['accept', 'agree', 'concede', 'acknowledge', 'admit']);

/** Lemmas that hold a point against someone who says otherwise: "The club insisted it had acted on every recommendation". */
export const INSISTING = new Set(['insist', 'maintain']);

/** Lemmas by which evidence speaks: "the data show", "the audit found that". */
export const EVIDENCE = new Set(['find', 'show']);

/** Recordings that show what happened rather than anyone's statement: "the footage shows", unlike "studies have found". */
export const RECORDINGS = new Set(['footage', 'video', 'videos', 'clip', 'images', 'photos', 'photographs', 'pictures', 'recording', 'recordings']);

/** Nouns for the thing that carries a statement: "the statement declared", "citing a report". */
export const SOURCE_NOUNS = new Set([
  'statement', 'statements', 'report', 'reports', 'post', 'posts', 'message', 'messages', 'tweet', 'tweets',
  'video', 'interview', 'briefing', 'conference', 'letter', 'speech', 'address', 'communique', 'communiqué',
  'release', 'filing', 'lawsuit', 'complaint', 'indictment', 'memo', 'document', 'documents', 'assessment',
  'study', 'studies', 'research', 'paper', 'survey', 'intelligence', 'analysis', 'investigation', 'notice', 'announcement', 'broadcast',
  'op-ed', 'column', 'blog', 'update', 'bulletin', 'ruling', 'verdict', 'findings', 'data', 'figures', 'footage',
  'clip', 'index', 'poll', 'polls', 'census', 'audit', 'audits', 'inquiry', 'probe',
]);

/** Platforms a post or message appears on. */
export const PLATFORMS = new Set([
  'telegram', 'facebook', 'twitter', 'x', 'instagram', 'youtube', 'tiktok', 'whatsapp', 'vkontakte', 'vk',
  'weibo', 'wechat', 'linkedin', 'threads', 'bluesky', 'truth social', 'reddit', 'substack', 'mastodon',
]);


/** Last words of newspapers' names: "the Harbourne Echo", "the Sporting Ledger". */
export const NEWSPAPER_ENDINGS = new Set(['ledger', 'times', 'herald', 'tribune', 'gazette', 'chronicle', 'courier', 'telegraph', 'guardian', 'journal', 'observer', 'examiner', 'inquirer', 'dispatch', 'sentinel', 'mirror', 'echo', 'globe', 'newspaper']);

/**
 * Words that make a capitalised name a news organisation's: agencies and
 * broadcasters known by one word, and the words newspapers and stations
 * are named with. "Told Reuters" is an interview; "told Macron" is not.
 */
export const NEWS_MEDIA_WORDS = new Set([
  'reuters', 'ap', 'afp', 'bloomberg', 'bbc', 'cnn', 'npr', 'pbs', 'abc', 'cbs', 'nbc', 'msnbc', 'fox', 'sky', 'itv',
  'rte', 'ard', 'zdf', 'tass', 'ria', 'interfax', 'xinhua', 'kyodo', 'yonhap', 'anadolu', 'efe', 'ansa', 'dpa', 'pti',
  'jazeera', 'politico', 'axios', 'ukrinform', 'unian', 'rbc', 'bfm', 'times', 'post', 'news', 'telegraph', 'guardian',
  'journal', 'tribune', 'herald', 'press', 'media', 'tv', 'television', 'radio', 'broadcasting', 'daily', 'gazette',
  'magazine', 'newspaper', 'chronicle', 'courier', 'express', 'mirror', 'monde', 'spiegel', 'zeitung', 'nyheter',
  'kommersant', 'vedomosti', 'izvestia', 'pravda', 'ledger', 'observer', 'examiner', 'inquirer', 'dispatch', 'sentinel',
]);
