/**
 * Bytes or text of one CSV file → header and records with their character offsets, using papaparse
 * (no CSV parsing of our own). Decoding reuses util/decode.ts: UTF-8 with or without BOM, else
 * Windows-1252. The separator is the one a first line `sep=X` names, else whichever of `;`, tab and
 * `,` occurs most often outside quotes in the header line (ties in that order: German spreadsheets
 * write `;`).
 */
import Papa from 'papaparse';
import { decodeDocument, formatSize } from '../../util/index.ts';
import { ImportError, type ImportLimits, type ImportWarning } from '../types.ts';
import { unescapeFormula } from '../formula.ts';

export interface CsvRecord {
  /** Cells with formula escaping undone, not trimmed. */
  cells: string[];
  /** Offsets of the record in the decoded text (line break excluded). */
  start: number;
  end: number;
  /** 1-based line on which the record starts. */
  line: number;
  /** 1-based data row (the header is row 0). */
  row: number;
  /** papaparse's complaints about this record (German). */
  problems: string[];
}

export interface CsvTableText {
  text: string;
  notes: string[];
}

export interface ParsedCsv {
  text: string;
  delimiter: string;
  header: CsvRecord;
  rows: CsvRecord[];
  notes: string[];
  warnings: ImportWarning[];
}

const BOM = '\uFEFF';

/** Decoded text of a CSV file, or an ImportError in German. */
export function csvText(input: Uint8Array | string, file: string, limits: ImportLimits): CsvTableText {
  if (typeof input === 'string') {
    if (input.length > limits.maxBytes) {
      throw new ImportError(
        file,
        null,
        `eine CSV-Datei von höchstens ${formatSize(limits.maxBytes)}`,
        `${formatSize(input.length)}`,
      );
    }
    const text = input.startsWith(BOM) ? input.slice(1) : input;
    if (text.trim() === '') throw new ImportError(file, null, 'eine CSV-Tabelle mit Kopfzeile', 'eine leere Datei');
    return { text, notes: [] };
  }
  const decoded = decodeDocument(input, file, { maxBytes: limits.maxBytes });
  if (!decoded.ok) {
    const why = decoded.message.replace(/\.$/, '');
    const found =
      decoded.reason === 'empty'
        ? 'eine leere Datei'
        : decoded.reason === 'binary'
          ? `Binärdaten (${why})`
          : decoded.reason === 'too-large'
            ? `eine zu große Datei (${why.replace(/^ist zu groß \(|\)$/g, '')})`
            : `UTF-16-Text (bitte als UTF-8 speichern)`;
    throw new ImportError(file, null, 'eine CSV-Textdatei (UTF-8 oder Windows-1252)', found);
  }
  return { text: decoded.text, notes: decoded.notes };
}

const SEP_LINE = /^sep=([^\r\n"])[ \t]*(?:\r\n|\n|\r|$)/i;
const CANDIDATES = [';', '\t', ','] as const;

/** The separator: a `sep=` line wins, else the most frequent candidate outside quotes in the first non-empty line. */
export function detectDelimiter(text: string): { delimiter: string; sepLine: boolean } {
  const sep = SEP_LINE.exec(text);
  if (sep) return { delimiter: sep[1]!, sepLine: true };
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let inQuotes = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (seenContent) break;
    } else if (!inQuotes && counts.has(c)) counts.set(c, counts.get(c)! + 1);
    if (c !== '\n' && c !== '\r') seenContent = true;
  }
  let best: string = CANDIDATES[0];
  for (const c of CANDIDATES) if (counts.get(c)! > counts.get(best)!) best = c;
  return { delimiter: best, sepLine: false };
}

const PROBLEMS: Record<string, string> = {
  MissingQuotes: 'ein Anführungszeichen wird nicht geschlossen (der Rest der Datei kann in diesem Feld gelandet sein)',
  InvalidQuotes: 'ein Feld in Anführungszeichen geht nach dem schließenden Anführungszeichen weiter',
};

/** Header and records; blank lines before the header are skipped. Stops after `limits.maxItems` data rows with a warning. */
export function parseCsv(input: Uint8Array | string, file: string, limits: ImportLimits): ParsedCsv {
  const { text, notes } = csvText(input, file, limits);
  const { delimiter, sepLine } = detectDelimiter(text);
  const warnings: ImportWarning[] = [];
  const records: CsvRecord[] = [];
  // papaparse removes one more leading BOM itself; its cursor then counts from after it.
  const base = text.startsWith(BOM) ? 1 : 0;
  let prevCursor = base;
  let line = 1;
  let lineScan = 0;
  let skippedSep = !sepLine;
  // Written inside papaparse's callback, so not narrowed by TypeScript's flow analysis.
  const state: { header: CsvRecord | null; truncated: boolean } = { header: null, truncated: false };

  const lineAt = (offset: number): number => {
    for (; lineScan < offset; lineScan++) {
      const c = text.charCodeAt(lineScan);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(lineScan + 1) !== 0x0a)) line++;
    }
    return line;
  };

  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result, parser) => {
      const cursor = base + (result.meta.cursor ?? text.length - base);
      let start = prevCursor;
      let end = cursor;
      // Mixed line ends (CRLF header, lone LF later): the other kind stays at the start of a record.
      while (start < end && (text.charCodeAt(start) === 0x0a || text.charCodeAt(start) === 0x0d)) start++;
      if (text.charCodeAt(end - 1) === 0x0a) end--;
      if (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
      if (end < start) end = start;
      prevCursor = cursor;
      if (!skippedSep) {
        skippedSep = true;
        return;
      }
      const cells = (Array.isArray(result.data) ? result.data : []).map((c) => unescapeFormula(String(c)));
      const problems = result.errors.map((e) => PROBLEMS[e.code] ?? e.message);
      if (!state.header) {
        if (cells.every((c) => c.trim() === '') && problems.length === 0) return; // blank lines above the header
        state.header = { cells, start, end, line: lineAt(start), row: 0, problems };
        return;
      }
      if (records.length >= limits.maxItems) {
        state.truncated = true;
        parser.abort();
        return;
      }
      records.push({ cells, start, end, line: lineAt(start), row: records.length + 1, problems });
    },
  });

  const header = state.header;
  if (!header) throw new ImportError(file, null, 'eine Kopfzeile mit Spaltennamen', 'keine Zeile mit Inhalt');
  if (state.truncated) {
    const last = records[records.length - 1];
    warnings.push({
      file,
      position: last ? { row: last.row, line: last.line, offset: last.start } : null,
      message: `Mehr als ${limits.maxItems} Datenzeilen: der Rest der Datei wurde nicht gelesen.`,
    });
  }
  if (sepLine) notes.push(`Trennzeichen „${delimiter === '\t' ? 'Tabulator' : delimiter}“ aus der Zeile „sep=“`);
  return { text, delimiter, header, rows: records, notes, warnings };
}
