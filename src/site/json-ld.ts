/**
 * JSON for a `<script type="application/ld+json">` element. `JSON.stringify`
 * leaves `</script>` intact, so record text could close the element; these
 * characters are written as JSON escapes, which parse back to the same value.
 */
const unsafe: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/gu, (c) => unsafe[c] ?? c);
}
