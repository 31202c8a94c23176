/** Figures printed to two decimals. */
export function round(x: number): number {
  return Math.round(x * 100) / 100;
}
