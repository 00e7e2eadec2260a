/**
 * Reads a PDF's text layer with pdfjs-dist (legacy build) into a ReadDocument: lines in reading
 * order, without running headers, footers and page numbers (pdf-text.ts), pages separated by a
 * blank line, `toSource(offset)` → `{ page }`.
 *
 * pdfjs runs on the calling thread (its "fake worker", set up from the worker module imported here),
 * without eval, font loading or any fetching: the document's bytes are all it sees. Browser-safe
 * (no node:*); pdfjs is loaded on the first PDF, so other readers do not pay for it.
 *
 * Limits: DEFAULT_MAX_PDF_BYTES (50 MB, `opts.maxBytes` overrides) and MAX_PDF_PAGES: of a longer
 * PDF only the first MAX_PDF_PAGES pages are read, and a note says so.
 */
import { buildLines, columnOf, pageText, removePageFurniture, type PdfLine, type PdfTextItem } from './pdf-text.ts';
import type { DocumentInfo, ReadOptions, ReadResult } from './types.ts';
import { lastAtOrBefore } from '../util/index.ts';

export const DEFAULT_MAX_PDF_BYTES = 50 * 1024 * 1024;
/** Pages read at most; a longer PDF is read up to here, with a note (2,000 text pages take about 2 s). */
export const MAX_PDF_PAGES = 2000;
/** Fewer letters than this in the whole text layer: the PDF is a scan without text. */
const MIN_LETTERS = 16;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsPromise: Promise<PdfJs> | undefined;

/** Loads pdfjs once, with its worker code running on this thread (no Worker, no worker file). */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    // core-js in pdfjs's legacy build replaces these natives with wrappers on Node 20; its
    // JSON.stringify is ~40× slower (5 MB of graph JSON: 25 ms → 1.1 s), so the natives are put
    // back: pdfjs does not rely on the wrappers' additions (raw JSON, huge-length push)
    const natives = {
      parse: JSON.parse,
      stringify: JSON.stringify,
      push: Array.prototype.push,
      toString: Function.prototype.toString,
    };
    try {
      const g = globalThis as { pdfjsWorker?: unknown };
      g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      JSON.parse = natives.parse;
      JSON.stringify = natives.stringify;
      Array.prototype.push = natives.push;
      Function.prototype.toString = natives.toString;
    }
  })();
  return pdfjsPromise;
}

/**
 * Loads pdfjs now. Its legacy build adds core-js polyfills on Node 20 when loaded (Set and Map
 * methods, Promise.withResolvers, Uint8Array base64 …; the wrapped natives are restored, see
 * loadPdfJs): tests load it before they snapshot the built-in prototypes.
 */
export async function preloadPdfJs(): Promise<void> {
  await loadPdfJs();
}

/** Refuses every request for outside data (CMaps, standard fonts, wasm): nothing is fetched. */
class NoBinaryData {
  constructor(_opts: unknown) {}
  fetch(): Promise<never> {
    return Promise.reject(new Error('external data disabled'));
  }
}

const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

/** One line of pdfjs's own message, as a technical hint in parentheses. */
function hint(e: unknown): string {
  const msg = String((e as Error)?.message ?? e)
    .split('\n')[0]!
    .trim()
    .slice(0, 120);
  return msg ? ` (${msg})` : '';
}

/** "D:20240105123000+01'00'" → "2024-01-05" when the date is plausible. */
export function pdfDate(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(raw.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1990 || year > 2100) return undefined;
  if (!m[2]) return m[1];
  const month = Number(m[2]);
  if (month < 1 || month > 12) return m[1];
  if (!m[3]) return `${m[1]}-${m[2]}`;
  const day = Number(m[3]);
  if (day < 1 || day > 31) return `${m[1]}-${m[2]}`;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

const cleanTitle = (t: unknown) => (typeof t === 'string' ? t.replace(/\s+/g, ' ').trim() : '');

type Refusal = Extract<ReadResult, { ok: false }>;
type PdfTask = ReturnType<PdfJs['getDocument']>;
type PdfDocument = Awaited<PdfTask['promise']>;

const refuse = (reason: Refusal['reason'], message: string): Refusal => ({ ok: false, reason, message });

/** Reads a PDF. Never throws for a user's file: every problem is a ReadResult with a German message. */
export async function readPdf(bytes: Uint8Array, name: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const refused = checkBytes(bytes, opts.maxBytes ?? DEFAULT_MAX_PDF_BYTES);
  if (refused) return refused;
  const loaded = await loadReader();
  if ('ok' in loaded) return loaded;
  const task = openTask(loaded.pdfjs, bytes);
  if ('ok' in task) return task;
  try {
    const doc = await openDocument(task.task);
    if ('ok' in doc) return doc;
    return await readOpened(doc.doc, name, opts);
  } catch (e) {
    return refuse('damaged', `ist beschädigt und kann nicht gelesen werden.${hint(e)}`);
  } finally {
    await task.task.destroy().catch(() => undefined);
  }
}

/** What the bytes alone tell: empty, too large, or no PDF header in the first kilobyte. */
function checkBytes(bytes: Uint8Array, maxBytes: number): Refusal | undefined {
  if (bytes.length === 0) return refuse('empty', 'ist leer.');
  if (bytes.length > maxBytes)
    return refuse(
      'too-large',
      `ist mit ${mb(bytes.length)} größer als die Grenze von ${mb(maxBytes)} und wird nicht gelesen.`,
    );
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-'))
    return refuse('damaged', 'ist keine PDF-Datei (der PDF-Kopf „%PDF-“ fehlt) oder beschädigt.');
  return undefined;
}

async function loadReader(): Promise<{ pdfjs: PdfJs } | Refusal> {
  try {
    return { pdfjs: await loadPdfJs() };
  } catch (e) {
    return refuse('unsupported', `kann nicht gelesen werden: der PDF-Leser ließ sich nicht laden.${hint(e)}`);
  }
}

/** The loading task, with everything off that would run code, load fonts or fetch data. */
function openTask(pdfjs: PdfJs, bytes: Uint8Array): { task: PdfTask } | Refusal {
  try {
    return {
      task: pdfjs.getDocument({
        // a plain Uint8Array copy: pdfjs takes the buffer over, and it refuses Node's Buffer
        data: new Uint8Array(bytes),
        isEvalSupported: false,
        disableFontFace: true,
        useSystemFonts: false,
        useWorkerFetch: false,
        disableAutoFetch: true,
        disableStream: true,
        disableRange: true,
        enableXfa: false,
        isOffscreenCanvasSupported: false,
        isImageDecoderSupported: false,
        stopAtErrors: false,
        verbosity: pdfjs.VerbosityLevel.ERRORS,
        BinaryDataFactory: NoBinaryData,
      }),
    };
  } catch (e) {
    return refuse('damaged', `kann nicht gelesen werden.${hint(e)}`);
  }
}

async function openDocument(task: PdfTask): Promise<{ doc: PdfDocument } | Refusal> {
  try {
    return { doc: await task.promise };
  } catch (e) {
    if ((e as Error)?.name === 'PasswordException')
      return refuse('encrypted', 'ist verschlüsselt oder mit einem Kennwort geschützt und kann nicht gelesen werden.');
    return refuse('damaged', `ist beschädigt oder keine gültige PDF-Datei und kann nicht gelesen werden.${hint(e)}`);
  }
}

/** The opened document: its pages' text (up to MAX_PDF_PAGES), notes on what was not read, and its metadata. */
async function readOpened(doc: PdfDocument, name: string, opts: ReadOptions): Promise<ReadResult> {
  const notes: string[] = [];
  const total = doc.numPages;
  const count = Math.min(total, MAX_PDF_PAGES);
  if (total > count) notes.push(`Die PDF-Datei hat ${total} Seiten; gelesen wurden nur die ersten ${count}.`);

  const { pages, pageWidth, unreadable } = await readPages(doc, count);
  if (unreadable.length) notes.push(`Nicht lesbar (beschädigt): ${listPages(unreadable)}.`);

  const cleaned = removePageFurniture(pages);
  const column = columnOf(cleaned, pageWidth);
  const texts = cleaned.map((lines) => normalise(pageText(lines, column)));
  const letters = texts.reduce((n, t) => n + (t.match(/\p{L}/gu)?.length ?? 0), 0);
  if (letters < MIN_LETTERS)
    return refuse('no-text', 'enthält keinen Text – bitte OCR (Texterkennung) anwenden und erneut einlesen.');
  const empty = texts.flatMap((t, i) => (t.trim() === '' && !unreadable.includes(i + 1) ? [i + 1] : []));
  if (empty.length) notes.push(`Ohne Text (vermutlich eingescannt, bitte OCR anwenden): ${listPages(empty)}.`);

  const { text, pageStarts } = joinPages(texts);
  const info: DocumentInfo = { format: 'pdf', pages: total, ...(pageStarts.length > 1 ? { pageStarts } : {}) };
  await addMetadata(doc, info);
  if (opts.url) info.url = opts.url;
  return {
    ok: true,
    doc: {
      name,
      text,
      info,
      genreHints: [],
      notes,
      toSource: (offset: number) => ({ page: lastAtOrBefore(pageStarts, offset) + 1 }),
    },
  };
}

/** The first `count` pages as lines; a page pdfjs cannot read is empty and listed as unreadable. */
async function readPages(
  doc: PdfDocument,
  count: number,
): Promise<{ pages: PdfLine[][]; pageWidth: number | undefined; unreadable: number[] }> {
  const pages: PdfLine[][] = [];
  let pageWidth: number | undefined;
  const unreadable: number[] = [];
  for (let p = 1; p <= count; p++) {
    try {
      const page = await doc.getPage(p);
      pageWidth ??= page.view[2]! - page.view[0]!;
      const content = await page.getTextContent();
      pages.push(buildLines(textItems(content.items)));
      page.cleanup();
    } catch {
      unreadable.push(p);
      pages.push([]);
    }
  }
  return { pages, pageWidth, unreadable };
}

type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;
type ContentItem = Awaited<ReturnType<PdfPage['getTextContent']>>['items'][number];

/** pdfjs's text items with text, placed by their transform (height from it when the item has none). */
function textItems(contentItems: readonly ContentItem[]): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  for (const it of contentItems) {
    if (!('str' in it) || !it.str) continue;
    const t = it.transform as number[];
    items.push({
      str: it.str,
      x: t[4]!,
      y: t[5]!,
      width: it.width,
      height: it.height || Math.hypot(t[2]!, t[3]!),
    });
  }
  return items;
}

/** Pages separated by a blank line; pageStarts[i] is where page i+1 begins in the text. */
function joinPages(texts: readonly string[]): { text: string; pageStarts: number[] } {
  const pageStarts: number[] = [];
  let text = '';
  for (const t of texts) {
    if (text && t) text += '\n\n';
    pageStarts.push(text.length);
    text += t;
  }
  return { text, pageStarts };
}

/** Title and date from the document's metadata, when it has them (metadata is optional). */
async function addMetadata(doc: PdfDocument, info: DocumentInfo): Promise<void> {
  try {
    const meta = await doc.getMetadata();
    const raw = (meta.info ?? {}) as Record<string, unknown>;
    const title = cleanTitle(raw.Title) || cleanTitle(meta.metadata?.get('dc:title'));
    if (title) info.title = title;
    const date = pdfDate(raw.CreationDate) ?? pdfDate(raw.ModDate);
    if (date) info.date = date;
  } catch {
    // metadata is optional
  }
}

/** "Seite 3", "Seiten 3, 5, 7 (und 12 weitere)". */
function listPages(ps: readonly number[]): string {
  const shown = ps.slice(0, 10).join(', ');
  const more = ps.length > 10 ? ` (und ${ps.length - 10} weitere)` : '';
  return `${ps.length === 1 ? 'Seite' : 'Seiten'} ${shown}${more}`;
}

/** Ligatures (ﬁ, ﬂ …) as letters; no other Unicode change, so offsets stay meaningful. */
function normalise(text: string): string {
  return text.replace(/[\ufb00-\ufb06]/g, (c) => c.normalize('NFKC'));
}
