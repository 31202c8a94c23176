/**
 * The record files of /data/ are written a line at a time: whatever the size,
 * what arrives is one JSON array of the records, one record on each line.
 */
import { describe, expect, it } from 'vitest';
import { recordsResponse } from '../../src/site/downloads.ts';

const records = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `claim-${i}`, quote: `“Line ${i}”, with \u2028 and </script> and ${'x'.repeat(i % 300)}` }));

describe('the record files', () => {
  it('hold exactly the records, in order, when they span many pieces', async () => {
    const values = records(5_000);
    const response = recordsResponse(values);
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    const text = await response.text();
    expect(text.length).toBeGreaterThan(200_000);
    expect(JSON.parse(text)).toEqual(values);
  });

  it('put one record on each line', async () => {
    const lines = (await recordsResponse(records(3)).text()).split('\n');
    expect(lines).toEqual(['[', expect.stringMatching(/^\{"id":"claim-0".*\},$/su), expect.stringMatching(/^\{"id":"claim-1".*\},$/su), expect.stringMatching(/^\{"id":"claim-2".*\}$/su), ']', '']);
  });

  it('are an empty array when there are no records', async () => {
    expect(JSON.parse(await recordsResponse([]).text())).toEqual([]);
  });
});
