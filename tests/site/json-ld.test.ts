import { describe, expect, it } from 'vitest';
import { scriptSafeJson } from '../../src/site/json-ld.ts';

describe('scriptSafeJson', () => {
  const hostile = { quote: '</script><script>alert(1)</script> & <!-- \u2028\u2029' };

  it('leaves no character that could end the script element or the line', () => {
    const json = scriptSafeJson(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/u);
    expect(json).toContain('\\u003c/script\\u003e');
  });

  it('parses back to the same value', () => {
    expect(JSON.parse(scriptSafeJson(hostile))).toEqual(hostile);
  });
});
