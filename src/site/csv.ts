/** CSV as RFC 4180 writes it, safe to open in a spreadsheet. */

/** A leading = + - @ (or tab, carriage return) would make a spreadsheet run the cell as a formula. */
const formulaStart = /^[=+\-@\t\r]/u;

export function csvCell(value: string): string {
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The header and then each row, a line at a time with its CRLF. */
export function* csvLines(header: readonly string[], rows: Iterable<readonly string[]>): Generator<string> {
  yield `${header.map(csvCell).join(',')}\r\n`;
  for (const row of rows) yield `${row.map(csvCell).join(',')}\r\n`;
}
