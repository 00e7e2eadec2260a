/**
 * Many files in, one batch out: documents (.txt, .html) for extraction and graphs (CSV, GEXF,
 * GraphML, JSON) for resolution, with every warning and every refused file reported – one bad file
 * never stops the others. Pure: the CLI passes bytes it read, the explorer bytes of dropped files.
 */
import { compareStrings as byName, compareStrings, decodeDocument, oneLine } from '../util/index.ts';
import { documentFormatOf, readDecoded, readDocument } from '../documents/index.ts';
import type { GraphJSON, SourceDocument } from '../model/index.ts';
import { importCsv, importCsvPair } from '../formats/csv/index.ts';
import { importGexf } from '../formats/gexf/index.ts';
import { importGraphml } from '../formats/graphml/index.ts';
import { importJson } from '../formats/json/index.ts';
import {
  ImportError,
  IMPORT_FILE_EXTENSIONS,
  isTableFileName,
  SUPPORTED_EXTENSIONS,
  type ImportFormat,
  type ImportResult,
  type ImportWarning,
} from '../formats/index.ts';

export { IMPORT_FILE_EXTENSIONS, SUPPORTED_EXTENSIONS };

export interface ImportInput {
  name: string;
  bytes: Uint8Array;
}

export interface ImportedFile {
  file: string;
  format: ImportFormat;
  graph: GraphJSON;
  positions?: Record<string, [number, number]>;
}

export interface ImportBatch {
  docs: SourceDocument[];
  graphs: ImportedFile[];
  warnings: ImportWarning[];
  /** Files that could not be imported at all (German messages naming file and position). */
  refused: Array<{ file: string; message: string }>;
}

export type FileRole = 'document' | 'json' | 'gexf' | 'graphml' | 'csv';

/** What a file is, by its name and, for .xml, by its root element. */
export function roleOf(name: string, head = ''): FileRole | null {
  const n = name.toLowerCase();
  if (/\.(txt|html?)$/.test(n)) return 'document';
  if (n.endsWith('.json')) return 'json';
  if (n.endsWith('.gexf')) return 'gexf';
  if (n.endsWith('.graphml')) return 'graphml';
  if (isTableFileName(n)) return 'csv';
  if (n.endsWith('.xml')) return /<gexf[\s>]/.test(head) ? 'gexf' : /<graphml[\s>]/.test(head) ? 'graphml' : null;
  return null;
}

function decodeText(input: ImportInput): string {
  const d = decodeDocument(input.bytes, input.name, { maxBytes: 200 * 1024 * 1024 });
  // the decoder's message is a sentence about the file ("ist leer.", "enthält Null-Bytes …")
  if (!d.ok) throw new ImportError(input.name, null, 'eine Textdatei', undefined, d.message);
  return d.text;
}

export function readImportInputs(inputs: readonly ImportInput[]): ImportBatch {
  const batch: ImportBatch = { docs: [], graphs: [], warnings: [], refused: [] };
  const sorted = [...inputs].sort((a, b) => compareStrings(a.name, b.name));
  const csvs: Array<{ input: ImportInput; result: ImportResult }> = [];
  const take = (file: string, r: ImportResult) => {
    batch.graphs.push({ file, format: r.format, graph: r.graph, ...(r.positions ? { positions: r.positions } : {}) });
    batch.warnings.push(...r.warnings);
  };
  for (const input of sorted) {
    try {
      const head = new TextDecoder('utf-8', { fatal: false }).decode(input.bytes.subarray(0, 2048));
      const role = roleOf(input.name, head);
      switch (role) {
        case 'document': {
          const read = readDecoded(input.bytes, input.name, { maxBytes: 200 * 1024 * 1024 });
          // the reader's message is a sentence about the file ("ist leer.", "enthält Null-Bytes …")
          if (!read.ok) throw new ImportError(input.name, null, 'eine Textdatei', undefined, read.message);
          batch.docs.push({ name: input.name, text: read.doc.text, info: read.doc.info });
          break;
        }
        case 'json':
          take(input.name, importJson(decodeText(input), input.name));
          break;
        case 'gexf':
          take(input.name, importGexf(decodeText(input), input.name));
          break;
        case 'graphml':
          take(input.name, importGraphml(decodeText(input), input.name));
          break;
        case 'csv':
          csvs.push({ input, result: importCsv(input.bytes, input.name) });
          break;
        default:
          throw new ImportError(input.name, null, `eine Datei mit der Endung ${SUPPORTED_EXTENSIONS.join(', ')}`);
      }
    } catch (e) {
      batch.refused.push({
        file: input.name,
        message:
          e instanceof ImportError ? e.message : `${input.name}: interner Fehler beim Import (${(e as Error).message})`,
      });
    }
  }
  // one node table and one edge table belong together: their ids refer to each other
  const nodeTables = csvs.filter((c) => c.result.format === 'csv-nodes');
  const edgeTables = csvs.filter((c) => c.result.format === 'csv-edges');
  if (nodeTables.length === 1 && edgeTables.length === 1) {
    const [n, e] = [nodeTables[0]!, edgeTables[0]!];
    try {
      take(
        `${n.input.name} + ${e.input.name}`,
        importCsvPair({ input: n.input.bytes, file: n.input.name }, { input: e.input.bytes, file: e.input.name }),
      );
    } catch (err) {
      batch.refused.push({
        file: e.input.name,
        message: err instanceof ImportError ? err.message : `${e.input.name}: ${(err as Error).message}`,
      });
    }
  } else for (const c of csvs) take(c.input.name, c.result);
  return batch;
}

/**
 * readImportInputs with PDF and Word files as documents too (their readers load pdfjs and mammoth,
 * so this is asynchronous; the explorer's synchronous worker path reads the other formats).
 */
export async function readImportFiles(inputs: readonly ImportInput[]): Promise<ImportBatch> {
  const rich = inputs.filter((i) => ['pdf', 'docx'].includes(documentFormatOf(i.name)));
  const batch = readImportInputs(inputs.filter((i) => !rich.includes(i)));
  for (const input of rich) {
    const read = await readDocument(input.bytes, input.name);
    if (read.ok) batch.docs.push({ name: input.name, text: read.doc.text, info: read.doc.info });
    else batch.refused.push({ file: input.name, message: oneLine(`${input.name}: ${read.message}`) });
  }
  batch.docs.sort((a, b) => byName(a.name, b.name));
  batch.refused.sort((a, b) => byName(a.file, b.file));
  return batch;
}
