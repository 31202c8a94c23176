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
