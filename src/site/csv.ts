/** CSV as RFC 4180 writes it, safe to open in a spreadsheet. */

/** A leading = + - @ (or tab, carriage return) would make a spreadsheet run the cell as a formula. */
const formulaStart = /^[=+\-@\t\r]/u;

export function csvCell(value: string): string {
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
