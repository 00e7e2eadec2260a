/**
 * A table as a CSV file for spreadsheets, in the form of the data export (src/formats/csv/write.ts): UTF-8
 * with BOM, `;` as separator, CRLF line ends and one after the last row, fields quoted when they
 * hold `;`, `"`, a line break, `,`, a tab, a BOM or surrounding blanks, quotes doubled, and every
 * text cell (headers too) that could start a formula escaped with a leading `'` (the same rule,
 * ESCAPE_FORMULA). Numbers are written in the language's form without grouping (German: decimal
 * comma, which German Excel reads as a number) and never escaped: "-0,25" is no formula. Pure.
 */
import { escapeFormula } from '../../formats/index.ts';
import type { Language } from '../state/view-state.ts';

export type CsvCell = string | number | null;

const BOM = '\uFEFF';
const NEWLINE = '\r\n';
const NEEDS_QUOTES = /[;"\r\n,\t\ufeff]|^\s|\s$/;

function quote(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvNumber(v: number, lang: Language): string {
  if (!Number.isFinite(v)) return '';
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE', {
    useGrouping: false,
    maximumFractionDigits: 6,
  }).format(v);
}

function cell(v: CsvCell, lang: Language): string {
  if (v === null) return '';
  if (typeof v === 'number') return quote(csvNumber(v, lang));
  return quote(escapeFormula(v));
}

export function tableCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[], lang: Language): string {
  const lines = [headers, ...rows].map((r) => r.map((v) => cell(v, lang)).join(';'));
  return `${BOM}${lines.join(NEWLINE)}${NEWLINE}`;
}

export const CSV_MIME = 'text/csv;charset=utf-8';
