/**
 * The contract every importer keeps: bytes or text of one file in, a graph following the data
 * contract (model/schema.ts) out, with warnings for partial problems; a file that cannot be read at
 * all is an ImportError naming file, position and what was expected. Importers never throw anything
 * else and never touch a prototype (keys are namespaced, attribute bags are null-prototype objects
 * or checked).
 */
import type { GraphJSON } from '../model/index.ts';
import { MAX_JSON_NESTING, oneLine } from '../util/index.ts';

/** File name endings the importers read (documents, tables, graph files). */
export const SUPPORTED_EXTENSIONS = ['.txt', '.html', '.htm', '.json', '.gexf', '.graphml', '.xml', '.csv', '.tsv'];

/** A spreadsheet table (CSV/TSV), by its name. */
export const isTableFileName = (name: string): boolean => /\.(csv|tsv)$/i.test(name);

/** What `import` (and the map's "Dateien öffnen") reads: the formats above, and PDF and Word files as documents. */
export const IMPORT_FILE_EXTENSIONS = [...SUPPORTED_EXTENSIONS, '.pdf', '.docx'];

export type ImportFormat =
  'netzatlas-json' | 'graphology-json' | 'gexf' | 'graphml' | 'csv-nodes' | 'csv-edges' | 'text' | 'html';

/** Where in a file: 1-based line/column where known, the 0-based character offset, a CSV row or an XML element. */
export interface ImportPosition {
  line?: number;
  column?: number;
  offset?: number;
  /** 1-based data row of a CSV file (the header is row 0). */
  row?: number;
  /** XML element, e.g. `<node id="n3">`. */
  element?: string;
}

export function describePosition(p: ImportPosition | null): string {
  if (!p) return '';
  const parts: string[] = [];
  // the line of the file is what a planner finds in an editor or a spreadsheet; a data row only when no line is known
  if (p.line !== undefined) parts.push(`Zeile ${p.line}${p.column !== undefined ? `, Spalte ${p.column}` : ''}`);
  else if (p.row !== undefined) parts.push(`Datenzeile ${p.row}`);
  else if (p.offset !== undefined) parts.push(`Zeichen ${p.offset}`);
  if (p.element) parts.push(`Element ${p.element}`);
  return parts.join(', ');
}

/** A file that cannot be imported at all. The message is German and names file, position and expectation. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly position: ImportPosition | null,
    readonly expected: string,
    readonly found?: string,
    /** A whole German sentence instead of "erwartet …, gefunden …" (e.g. the decoder's own words). */
    sentence?: string,
  ) {
    const where = describePosition(position);
    // parts of the file (keys, names, cells) may hold line breaks: the message stays one line
    super(
      oneLine(
        `${file}${where ? ` (${where})` : ''}: ${sentence ?? `erwartet ${expected}${found ? `, gefunden ${found}` : ''}.`}`,
      ),
    );
    this.name = 'ImportError';
  }
}

/** A partial problem: the rest of the file was imported. */
export interface ImportWarning {
  file: string;
  position: ImportPosition | null;
  message: string;
}

export interface ImportResult {
  format: ImportFormat;
  graph: GraphJSON;
  /** Positions found in the file (GEXF viz, yEd geometry, x/y columns), by node key. */
  positions?: Record<string, [number, number]>;
  warnings: ImportWarning[];
}

/** Limits that keep a hostile file from exhausting memory or time. */
export interface ImportLimits {
  /** Bytes (or UTF-16 code units of a string) of one file. */
  maxBytes: number;
  /** Nesting depth of XML elements. */
  maxDepth: number;
  /** Nodes plus edges. */
  maxItems: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxBytes: 200 * 1024 * 1024,
  maxDepth: MAX_JSON_NESTING,
  maxItems: 2_000_000,
};
