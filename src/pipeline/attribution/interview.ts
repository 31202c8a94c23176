/**
 * Interviews printed as questions and answers ("Q: How many patients are you
 * treating now?" / "A: This morning we had 64 ..."): every answer is said by
 * the person interviewed, whom the paragraphs before the first question
 * introduce ("We spoke to her by telephone").
 */

/** A paragraph that opens with the interviewer's or the interviewee's marker. */
const QUESTION = /^\s*Q\s*:\s*/u;
const ANSWER = /^\s*A\s*:\s*/u;

export class Interview {
  private interviewee: string | undefined;
  private answering = false;
  private questioning = false;

  /**
   * Reads the first sentence of each paragraph. The first question finds whom
   * it is put to (`whoIsAsked`); a paragraph that neither asks nor answers ends
   * the interview.
   */
  paragraph(text: string, whoIsAsked: () => string | undefined): void {
    this.questioning = QUESTION.test(text);
    if (this.questioning) {
      this.interviewee ??= whoIsAsked();
      this.answering = false;
      return;
    }
    this.answering = ANSWER.test(text) && this.interviewee !== undefined;
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

/** The length of the answer's marker ("A: ") at the start of a sentence; 0 when it has none. */
export function answerMarkerLength(text: string): number {
  return ANSWER.exec(text)?.[0].length ?? 0;
}
