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

/** Reads a PDF. Never throws for a user's file: every problem is a ReadResult with a German message. */
export async function readPdf(bytes: Uint8Array, name: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_PDF_BYTES;
  if (bytes.length === 0) return { ok: false, reason: 'empty', message: 'ist leer.' };
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      reason: 'too-large',
      message: `ist mit ${mb(bytes.length)} größer als die Grenze von ${mb(maxBytes)} und wird nicht gelesen.`,
    };
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-'))
    return {
      ok: false,
      reason: 'damaged',
      message: 'ist keine PDF-Datei (der PDF-Kopf „%PDF-“ fehlt) oder beschädigt.',
    };

  let pdfjs: PdfJs;
  try {
    pdfjs = await loadPdfJs();
  } catch (e) {
    return {
      ok: false,
      reason: 'unsupported',
      message: `kann nicht gelesen werden: der PDF-Leser ließ sich nicht laden.${hint(e)}`,
    };
  }

  let task: ReturnType<PdfJs['getDocument']>;
  try {
    task = pdfjs.getDocument({
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
    });
  } catch (e) {
    return { ok: false, reason: 'damaged', message: `kann nicht gelesen werden.${hint(e)}` };
  }
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (e) {
      const errName = (e as Error)?.name;
      if (errName === 'PasswordException') {
        return {
          ok: false,
          reason: 'encrypted',
          message: 'ist verschlüsselt oder mit einem Kennwort geschützt und kann nicht gelesen werden.',
        };
      }
      return {
        ok: false,
        reason: 'damaged',
        message: `ist beschädigt oder keine gültige PDF-Datei und kann nicht gelesen werden.${hint(e)}`,
      };
    }

    const notes: string[] = [];
    const total = doc.numPages;
    const count = Math.min(total, MAX_PDF_PAGES);
    if (total > count) notes.push(`Die PDF-Datei hat ${total} Seiten; gelesen wurden nur die ersten ${count}.`);

    const pages: PdfLine[][] = [];
    let pageWidth: number | undefined;
    const unreadable: number[] = [];
    for (let p = 1; p <= count; p++) {
      try {
        const page = await doc.getPage(p);
        pageWidth ??= page.view[2]! - page.view[0]!;
        const content = await page.getTextContent();
        const items: PdfTextItem[] = [];
        for (const it of content.items) {
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
        pages.push(buildLines(items));
        page.cleanup();
      } catch {
        unreadable.push(p);
        pages.push([]);
      }
    }
    if (unreadable.length) notes.push(`Nicht lesbar (beschädigt): ${listPages(unreadable)}.`);

    const cleaned = removePageFurniture(pages);
    const column = columnOf(cleaned, pageWidth);
    const texts = cleaned.map((lines) => normalise(pageText(lines, column)));
    const letters = texts.reduce((n, t) => n + (t.match(/\p{L}/gu)?.length ?? 0), 0);
    if (letters < MIN_LETTERS) {
      return {
        ok: false,
        reason: 'no-text',
        message: 'enthält keinen Text – bitte OCR (Texterkennung) anwenden und erneut einlesen.',
      };
    }
    const empty = texts.flatMap((t, i) => (t.trim() === '' && !unreadable.includes(i + 1) ? [i + 1] : []));
    if (empty.length) notes.push(`Ohne Text (vermutlich eingescannt, bitte OCR anwenden): ${listPages(empty)}.`);

    // pages separated by a blank line; pageStarts[i] is where page i+1 begins in the text
    const pageStarts: number[] = [];
    let text = '';
    for (const t of texts) {
      if (text && t) text += '\n\n';
      pageStarts.push(text.length);
      text += t;
    }

    const info: DocumentInfo = { format: 'pdf', pages: total, ...(pageStarts.length > 1 ? { pageStarts } : {}) };
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
  } catch (e) {
    return { ok: false, reason: 'damaged', message: `ist beschädigt und kann nicht gelesen werden.${hint(e)}` };
  } finally {
    await task.destroy().catch(() => undefined);
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
