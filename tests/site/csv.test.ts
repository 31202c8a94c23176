import { describe, expect, it } from 'vitest';
import { csvCell, csvLines } from '../../src/site/csv.ts';

describe('csv', () => {
  it('quotes cells with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('he said "no"')).toBe('"he said ""no"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx']) expect(csvCell(cell)).toBe(`'${cell}`);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('writes a header and rows with CRLF line ends', () => {
    expect([...csvLines(['a', 'b'], [['1', 'x,y']])].join('')).toBe('a,b\r\n1,"x,y"\r\n');
  });
});
