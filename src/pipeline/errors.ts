/**
 * A problem with the input that the person who supplied it can fix. It names
 * the file and, where known, the line and the field, so that the build and the
 * command-line tools can report it without a stack trace.
 */
export class InputError extends Error {
  readonly file: string;
  readonly field: string | undefined;
  readonly line: number | undefined;

  constructor(file: string, message: string, options: { field?: string; line?: number } = {}) {
    super(message);
    this.name = 'InputError';
    this.file = file;
    this.field = options.field;
    this.line = options.line;
  }

  /** The field and line where known, as the constructor takes them. */
  get where(): { field?: string; line?: number } {
    return { ...(this.field === undefined ? {} : { field: this.field }), ...(this.line === undefined ? {} : { line: this.line }) };
  }

  /** `file:line: field: message`, leaving out the parts that are unknown. */
  describe(): string {
    const where = this.line === undefined ? this.file : `${this.file}:${this.line}`;
    return this.field === undefined ? `${where}: ${this.message}` : `${where}: ${this.field}: ${this.message}`;
  }
}

/** Several input problems found in one run, reported together. */
export class InputErrors extends Error {
  readonly problems: InputError[];

  constructor(problems: InputError[]) {
    super(problems.map((p) => p.describe()).join('\n'));
    this.name = 'InputErrors';
    this.problems = problems;
  }
}

/** The input problems an error reports, or undefined when it is not an input problem. */
export function problemsOf(error: unknown): InputError[] | undefined {
  if (error instanceof InputErrors) return error.problems;
  if (error instanceof InputError) return [error];
  return undefined;
}
