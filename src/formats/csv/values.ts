/**
 * Cell values of Netzatlas CSV tables, shared by the importer and the exporter so that what one
 * writes the other reads back exactly: multi-value cells, dates, numbers, yes/no, legal domains and
 * JSON cells (formula escaping: ../formula.ts).
 */
import { LEGAL_DOMAINS, type LegalDomain } from '../../model/index.ts';
import { describeJsonTextProblem, fold, scanJsonText } from '../../util/index.ts';

/** Multi-value cells are split at `;` and `|`; items are trimmed and empty items dropped. */
export const LIST_SEPARATORS = /[;|]/;
/** The exporter joins list items with this. */
export const LIST_JOIN = ' | ';

export function splitList(cell: string): string[] {
  return cell
    .split(LIST_SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Control characters other than tab, LF and CR (and DEL): never written raw, so a file stays text for util/decode.ts. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A text the importer reads back unchanged from a plain cell (cells are trimmed, blank is absent). */
export function isPlainText(v: unknown): v is string {
  return typeof v === 'string' && v !== '' && v === v.trim() && !CONTROL_CHARS.test(v);
}

/** JSON of a cell; DEL escaped too (JSON.stringify escapes only the other control characters). */
export function jsonCell(v: unknown): string {
  return (JSON.stringify(v) ?? 'null').replace(/\u007f/g, '\\u007f');
}

/** A list the importer reads back unchanged from a multi-value cell. */
export function isPlainList(v: unknown): v is string[] {
  return Array.isArray(v) && v.length > 0 && v.every((s) => isPlainText(s) && !LIST_SEPARATORS.test(s));
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const MONTH_YEAR = /^(\d{1,2})[./](\d{4})$/;

/** YYYY, YYYY-MM or YYYY-MM-DD as the data contract wants it; TT.MM.JJJJ and MM.JJJJ / MM/JJJJ are converted; null otherwise. */
export function parseDate(cell: string): string | null {
  const s = cell.trim();
  if (ISO_DATE.test(s)) return s;
  const pad = (n: string) => n.padStart(2, '0');
  const g = GERMAN_DATE.exec(s);
  if (g) {
    const [, d, m, y] = g as unknown as [string, string, string, string];
    if (Number(m) >= 1 && Number(m) <= 12 && Number(d) >= 1 && Number(d) <= 31) return `${y}-${pad(m)}-${pad(d)}`;
    return null;
  }
  const my = MONTH_YEAR.exec(s);
  if (my) {
    const [, m, y] = my as unknown as [string, string, string];
    if (Number(m) >= 1 && Number(m) <= 12) return `${y}-${pad(m)}`;
  }
  return null;
}

export function isDateString(v: unknown): v is string {
  return typeof v === 'string' && ISO_DATE.test(v);
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A finite number with a decimal point or a German decimal comma ("1,5"); null otherwise. */
export function parseNumber(cell: string): number | null {
  let s = cell.trim();
  if (/^[+-]?\d*,\d+$/.test(s)) s = s.replace(',', '.');
  if (!DECIMAL.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'wahr', '1', 'x', 'ungerichtet', 'undirected']);
const NO = new Set(['nein', 'n', 'no', 'false', 'falsch', '0', 'gerichtet', 'directed']);

/** ja/nein and their usual spreadsheet forms; null when the cell says neither. */
export function parseBoolean(cell: string): boolean | null {
  const f = fold(cell);
  if (YES.has(f)) return true;
  if (NO.has(f)) return false;
  return null;
}

export const BOOLEAN_TEXT = { true: 'ja', false: 'nein' } as const;

const ROMAN: Record<string, string> = { '2': 'ii', '3': 'iii', '8': 'viii', '12': 'xii' };

/** "SGB II", "SGB 2", "sgb-ii", "Schule" … → the contract's legal domain; null for anything else. */
export function parseDomain(item: string): LegalDomain | null {
  const f = fold(item).replace(/[\s\-.]+/g, '');
  const m = /^sgb(\d+|[ivx]+)$/.exec(f);
  const key = m ? `sgb${ROMAN[m[1]!] ?? m[1]}` : f;
  return LEGAL_DOMAINS.find((d) => fold(d).replace(/\s+/g, '') === key) ?? null;
}

export type JsonCell = { ok: true; value: unknown } | { ok: false; reason: string };

/** Parses a JSON cell, refusing nesting deeper than `maxDepth` (so later recursive code cannot overflow). */
export function parseJsonCell(text: string, maxDepth: number): JsonCell {
  const problem = scanJsonText(text, maxDepth);
  if (problem?.kind === 'depth') return { ok: false, reason: `zu tief verschachtelt (mehr als ${maxDepth} Ebenen)` };
  if (problem) return { ok: false, reason: describeJsonTextProblem(problem) };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'kein gültiges JSON' };
  }
}
