/**
 * The active option of a list as arrow keys move it: -1 is none (the input
 * itself); from none, down goes to the first and up to the last; the ends wrap.
 */
export function moveActive(current: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0 || current >= count) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}
