/**
 * Interviews printed as questions and answers ("Q: How many patients are you
 * treating now?" / "A: This morning we had 64 ..."): every answer is said by
 * the person interviewed, whom the paragraphs before the first question
 * introduce ("We spoke to her by telephone"), or whose name in capitals opens
 * it ("PRITCHARD: Every night.").
 */

/** A paragraph that opens with the interviewer's or the interviewee's marker. */
const QUESTION = /^\s*Q\s*:\s*/u;
const ANSWER = /^\s*A\s*:\s*/u;
/**
 * A speaker's name in capitals opening a paragraph, as magazines print interviews: "GWEN PRITCHARD: Because ...",
 * "PRITCHARD: Every night.", "F&M: How many farms have you lost?".
 */
const SPEAKER_LABEL = /^\s*(\p{Lu}[\p{Lu}&.'’ -]*\p{Lu}\.?)\s*:\s+/u;

/**
 * Whether an article prints an interview under its speakers' labels: one label opens two paragraphs or more
 * ("F&M:", "PRITCHARD:"), where a dateline ("KESARGANJ:") or a note ("UPDATE:") opens one.
 */
export function isLabelledInterview(paragraphs: readonly string[]): boolean {
  const seen = new Set<string>();
  for (const text of paragraphs) {
    const label = SPEAKER_LABEL.exec(text)?.[1];
    if (label === undefined) continue;
    if (seen.has(label)) return true;
    seen.add(label);
  }
  return false;
}

export class Interview {
  private interviewee: string | undefined;
  private answering = false;
  private questioning = false;
  private readonly labelled: boolean;

  /** `labelled`: whether the article names its speakers in labels, as `isLabelledInterview` tells. */
  constructor(labelled = false) {
    this.labelled = labelled;
  }

  /**
   * Reads the first sentence of each paragraph. The first question finds whom
   * it is put to (`whoIsAsked`); a paragraph that neither asks nor answers ends
   * the interview.
   */
  paragraph(text: string, whoIsAsked: () => string | undefined, whoIsNamed: (label: string) => string | undefined): void {
    // A named label is the interviewee's when it names a person the article has met, the interviewer's otherwise.
    const label = this.labelled ? SPEAKER_LABEL.exec(text)?.[1] : undefined;
    const speaker = label === undefined ? undefined : whoIsNamed(label);
    this.questioning = QUESTION.test(text) || label !== undefined && speaker === undefined;
    if (this.questioning) {
      if (label === undefined) this.interviewee ??= whoIsAsked();
      this.answering = false;
      return;
    }
    if (speaker !== undefined) this.interviewee = speaker;
    this.answering = (ANSWER.test(text) || speaker !== undefined) && this.interviewee !== undefined;
    if (!this.answering) this.interviewee = undefined;
  }

  /**
   * Whether the current paragraph is the interviewer's question. What it says is the premise of a question
   * ("Q: The militia’s spokesman says your own staff sold food."), put to the interviewee to answer, not a claim.
   */
  asking(): boolean {
    return this.questioning;
  }

  /** The party answering in the current paragraph, if it is an answer. */
  answerer(): string | undefined {
    return this.answering ? this.interviewee : undefined;
  }
}

/** The length of the answer's marker ("A: ", "PRITCHARD: ") at the start of a sentence; 0 when it has none. */
export function answerMarkerLength(text: string): number {
  return (ANSWER.exec(text) ?? SPEAKER_LABEL.exec(text))?.[0].length ?? 0;
}
