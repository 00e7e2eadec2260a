/**
 * Spreadsheet formula escaping, for the CSV writer and reader and the explorer's table export (OWASP "CSV Injection"; ASVS 5 also names NUL): a cell that begins with `=`, `+`,
 * `-`, `@`, tab, CR or NUL gets a leading `'` on export. To make the round trip exact, a cell that
 * begins with apostrophes followed by one of those characters gets one more: `'=x` is written as
 * `''=x`. The importer removes exactly one leading `'` from a cell that matches
 * `UNESCAPE_FORMULA`, so `'Hallo` and `'` stay as they are.
 */
// blanks before the sign count too: spreadsheet programs skip them (" =HYPERLINK(…)" is a formula)
export const ESCAPE_FORMULA = /^'*[\s\u00a0\ufeff]*[=+\-@\t\r\0]/u;
const UNESCAPE_FORMULA = /^'+[\s\u00a0\ufeff]*[=+\-@\t\r\0]/u;

export function escapeFormula(cell: string): string {
  return ESCAPE_FORMULA.test(cell) ? `'${cell}` : cell;
}

export function unescapeFormula(cell: string): string {
  return UNESCAPE_FORMULA.test(cell) ? cell.slice(1) : cell;
}
