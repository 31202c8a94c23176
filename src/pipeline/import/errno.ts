/** The `code` of a failed Node.js system call (`ENOENT`, `EEXIST`, ...), if the error has one. */
export function errnoCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}
