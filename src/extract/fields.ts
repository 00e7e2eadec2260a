/**
 * Labelled fields in the three layouts of project sheets:
 *   separate lines ("Projektträger" / blank / value), inline ("Projektträger: …"),
 *   and table rows ("Projektträger | … |" or tab-separated).
 * Values keep their offsets; multi-line fields (contact blocks, partner lists) run until the next
 * label or section heading.
 */
import { columnKeyOf, fieldKeyOf, isSectionHeading, MULTI_LINE_FIELDS, type FieldKey } from './field-labels.ts';
import { isBlank, trimmedSpan, type Line } from './lines.ts';
import type { Span } from '../model/index.ts';

export interface FieldValueLine extends Span {
  text: string;
  line: number;
}

export interface Field {
  key: FieldKey;
  label: string;
  labelSpan: Span;
  /** separate line, "Label: value", "Label | value" row, or a column of a table with a header row */
  layout: 'separate' | 'inline' | 'table' | 'column';
  /** Value lines (trimmed, with offsets); blank lines are left out. */
  values: FieldValueLine[];
}

const INLINE = /^(\s*[•·*-]?\s*)([A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß ./*:\-()]{1,58}?)\s*:\s+(\S.*)$/;
const TABLE = /^(\s*\|?\s*)([^|\t]{2,60}?)\s*(?:\||\t+)\s*([^|\t]*?)\s*\|?\s*$/;

/** A line of a postal address: "42781 Haan", "Kaiserstraße 85". */
export const ADDRESS_LINE = /(?<!\d)\d{5}\s+[\p{Lu}][\p{L}-]+|(?:straße|str\.|weg|platz|allee|ring)\s+\d{1,4}[a-z]?\b/u;

const TIMETABLE_COLUMN = /^(?:Tag|Wochentag|Uhrzeit|Zeit|Wann|Termin|Termine|Datum)$/u;

/** "Verbundpartner | X e.V.": a two-cell row whose first cell is a short label */
const OTHER_ROW = /^\s*\|?\s*[\p{Lu}][\p{L}./()-]*(?: [\p{L}./()-]+){0,3}\s*(?:\||\t+)\s*\S/u;

/** Lines that carry a field label, and the inline/table value if any. */
function labelOnLine(
  line: Line,
): { key: FieldKey; label: string; labelSpan: Span; layout: Field['layout']; value?: FieldValueLine } | undefined {
  const t = line.text;
  // both patterns need their separator: most lines have neither and skip them
  const tableMatch = /[|\t]/.test(t) ? TABLE.exec(t) : null;
  if (tableMatch) {
    const key = fieldKeyOf(tableMatch[2]!);
    if (key) {
      const labelStart = line.start + tableMatch[1]!.length;
      const valueText = tableMatch[3]!;
      const valueOffset = t.indexOf(valueText, tableMatch[1]!.length + tableMatch[2]!.length);
      const value =
        valueText.trim() !== '' && valueOffset >= 0
          ? {
              start: line.start + valueOffset,
              end: line.start + valueOffset + valueText.length,
              text: valueText,
              line: line.index,
            }
          : undefined;
      return {
        key,
        label: tableMatch[2]!,
        labelSpan: { start: labelStart, end: labelStart + tableMatch[2]!.length },
        layout: 'table',
        ...(value ? { value } : {}),
      };
    }
  }
  const inline = t.includes(':') ? INLINE.exec(t) : null;
  if (inline) {
    const key = fieldKeyOf(inline[2]!);
    if (key) {
      const labelStart = line.start + inline[1]!.length;
      const valueText = inline[3]!.trimEnd();
      const valueStart = line.start + t.length - inline[3]!.length;
      return {
        key,
        label: inline[2]!,
        labelSpan: { start: labelStart, end: labelStart + inline[2]!.length },
        layout: 'inline',
        value: { start: valueStart, end: valueStart + valueText.length, text: valueText, line: line.index },
      };
    }
  }
  const span = trimmedSpan(line);
  if (span.text.length > 0 && span.text.length <= 70) {
    const key = fieldKeyOf(span.text);
    if (key)
      return {
        key,
        label: span.text.replace(/:$/, ''),
        labelSpan: { start: span.start, end: span.end },
        layout: 'separate',
      };
  }
  return undefined;
}

function valueLine(line: Line): FieldValueLine {
  const s = trimmedSpan(line);
  return { start: s.start, end: s.end, text: s.text, line: line.index };
}

/** Read all labelled fields of a range of lines; furniture lines are skipped. */
export function readFields(
  lines: readonly Line[],
  furniture: readonly boolean[],
  from = 0,
  to = lines.length,
): Field[] {
  const fields: Field[] = [];
  let i = from;
  while (i < to) {
    const line = lines[i]!;
    if (furniture[i]) {
      i++;
      continue;
    }
    const found = labelOnLine(line);
    if (!found) {
      i++;
      continue;
    }
    const field: Field = {
      key: found.key,
      label: found.label,
      labelSpan: found.labelSpan,
      layout: found.layout,
      values: [],
    };
    if (found.value) field.values.push(found.value);
    const multi = MULTI_LINE_FIELDS.has(found.key);
    let j = i + 1;
    // Inline/table fields with a value take following lines only for multi-line fields
    // ("Kontakt:" with the block below) or when the inline value was empty.
    // An inline multi-line field with a value ("Ansprechpartnerin: Name") takes the lines directly
    // below it (e-mail, phone) up to the next blank line.
    const inlineWithValue = found.layout !== 'separate' && found.value !== undefined;
    const takesFollowing = found.layout === 'separate' || multi;
    if (takesFollowing) {
      let seenValue = field.values.length > 0;
      let blankRun = 0;
      for (; j < to; j++) {
        const l = lines[j]!;
        if (furniture[j]) continue;
        if (isBlank(l)) {
          blankRun++;
          if (seenValue && (!multi || blankRun >= 3 || inlineWithValue)) break;
          continue;
        }
        if (labelOnLine(l) || isSectionHeading(l.text)) break;
        // "X e.V. · Bahnhofstraße 41 · 58332 Schwelm": the imprint's address line, no funder or partner
        if ((found.key === 'funder' || found.key === 'partners') && ADDRESS_LINE.test(l.text)) break;
        // a table row under a table row is the next field, also under a label Netzatlas has no key for ("Bundesland | NRW")
        if (found.layout === 'table' && OTHER_ROW.test(l.text)) break;
        if (seenValue && blankRun > 0 && !multi) break;
        if (seenValue && multi && blankRun > 0 && looksLikeProse(l.text)) break;
        // "Träger: X e.V." with running text right below: the text is the entry's, not the carrier list
        if (seenValue && inlineWithValue && looksLikeProse(l.text)) break;
        // after a blank line, a heading over running text opens a new section
        if (seenValue && multi && blankRun > 0 && headsProse(lines, j, to)) break;
        if (!multi && seenValue) break;
        field.values.push(valueLine(l));
        seenValue = true;
        blankRun = 0;
      }
    }
    fields.push(field);
    i = Math.max(i + 1, takesFollowing ? j : i + 1);
  }
  return fields;
}

/** The line at i is short and one of the next two non-blank lines is running text. */
function headsProse(lines: readonly Line[], i: number, to: number): boolean {
  if (lines[i]!.text.trim().length > 60) return false;
  let seen = 0;
  for (let k = i + 1; k < to && seen < 2; k++) {
    const t = lines[k]!.text;
    if (t.trim() === '') continue;
    seen++;
    if (looksLikeProse(t)) return true;
  }
  return false;
}

/** A long line of running text is not part of a list or contact block. */
function looksLikeProse(text: string): boolean {
  const t = text.trim();
  return t.length > 160 || (/[.!?]$/.test(t) && t.split(/\s+/).length > 12);
}

/** The cells of a table row ("a | b | c", "| a | b |", tab-separated) with their offsets; undefined if it is no row. */
function cellsOf(line: Line): FieldValueLine[] | undefined {
  const t = line.text;
  const sep = t.includes('|') ? '|' : t.includes('\t') ? '\t' : undefined;
  if (!sep) return undefined;
  const cells: FieldValueLine[] = [];
  let from = 0;
  for (let i = 0; i <= t.length; i++) {
    if (i < t.length && t[i] !== sep) continue;
    const raw = t.slice(from, i);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    cells.push({
      start: line.start + from + lead,
      end: line.start + from + lead + text.length,
      text,
      line: line.index,
    });
    from = i + 1;
  }
  // "| a | b |": the empty cells outside the outer bars are no cells
  if (cells[0]?.text === '') cells.shift();
  if (cells[cells.length - 1]?.text === '') cells.pop();
  return cells.length >= 2 ? cells : undefined;
}

/**
 * Tables with a header row: every data row's cell under a known header ("Projekt", "Träger",
 * "Ort", "Laufzeit", "beteiligtes Jugendamt") is a field of that row. A two-column table whose first
 * cells are labels is a "Feld | Wert" sheet and is left to readFields. Returns the fields and the
 * lines the tables take.
 */
export function readColumnTables(
  lines: readonly Line[],
  furniture: readonly boolean[],
): { fields: Field[]; tableLines: Set<number> } {
  const fields: Field[] = [];
  const tableLines = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    const header = furniture[i] ? undefined : cellsOf(lines[i]!);
    // a timetable ("Tag | Uhrzeit | Angebot | mit"): its offers are weekly dates, not projects
    const timetable = header?.some((c) => TIMETABLE_COLUMN.test(c.text.trim())) === true;
    const keys = header?.map((c) => {
      const key = columnKeyOf(c.text);
      return timetable && key === 'title' ? undefined : key;
    });
    // a header row: short cells without lists or numbers, one at least a known column; two columns only
    // when both are (otherwise it is a "Feld | Wert" sheet). A year may qualify a header ("erreichte
    // Familien 2024") in a table of projects (one column names them): a table of figures has years too.
    const plain = (c: FieldValueLine) => c.text.length <= 40 && !/[,;]|\d{2}/.test(c.text);
    const yearOnly = (c: FieldValueLine) =>
      c.text.length <= 40 && !/[,;]/.test(c.text) && !/\d/.test(c.text.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, ''));
    const headerLike = header?.every(plain) || (header?.every(yearOnly) && keys?.includes('title'));
    if (!header || !keys || !headerLike || !keys.some(Boolean) || (header.length === 2 && !(keys[0] && keys[1]))) {
      i++;
      continue;
    }
    const rows: FieldValueLine[][] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const t = lines[j]!.text.trim();
      if (/^\|?\s*:?-{2,}/.test(t)) continue; // |---|---| separator rows
      const cells = cellsOf(lines[j]!);
      if (!cells || Math.abs(cells.length - header.length) > 0) break;
      rows.push(cells);
    }
    if (rows.length === 0) {
      i++;
      continue;
    }
    for (let l = i; l < j; l++) tableLines.add(l);
    for (const row of rows) {
      // "Summe | | 268.500 €": a total is no row
      if (
        /^(?:Summe|Gesamt|Insgesamt|Gesamtsumme|Summe gesamt|Gesamtbetrag)\b/iu.test(
          row.find((c) => c.text !== '')?.text ?? '',
        )
      )
        continue;
      row.forEach((cell, c) => {
        const key = keys[c];
        const h = header[c]!;
        if (!key || cell.text === '' || /^[–—-]$/.test(cell.text)) return;
        fields.push({
          key,
          label: h.text,
          labelSpan: { start: h.start, end: h.end },
          layout: 'column',
          values: [cell],
        });
      });
    }
    i = j;
  }
  return { fields, tableLines };
}
