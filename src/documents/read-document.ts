/**
 * One file's bytes into a document, chosen by the file's ending: .html/.htm through the HTML reader,
 * .pdf through pdfjs, .docx through mammoth and then the HTML reader, everything else as plain text.
 * Never throws for a user's file: a file that cannot be read is a DocumentProblem with a German reason.
 */
import { decodeDocument, DEFAULT_MAX_DOCUMENT_BYTES } from '../util/index.ts';
import { readHtml } from './html.ts';
import { readText } from './text.ts';
import type { ReadDocument, ReadOptions, ReadResult } from './types.ts';

export function isHtmlName(name: string): boolean {
  return /\.x?html?$/i.test(name);
}

export function documentFormatOf(name: string): 'html' | 'pdf' | 'docx' | 'text' {
  if (isHtmlName(name)) return 'html';
  if (/\.pdf$/i.test(name)) return 'pdf';
  if (/\.docx$/i.test(name)) return 'docx';
  return 'text';
}

export async function readDocument(bytes: Uint8Array, name: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const format = documentFormatOf(name);
  // the PDF and Word readers load their libraries on first use
  if (format === 'pdf') return (await import('./pdf.ts')).readPdf(bytes, name, opts);
  if (format === 'docx') return (await import('./docx.ts')).readDocx(bytes, name, opts);
  return readDecoded(bytes, name, opts);
}

/** Text and HTML files: synchronous (the explorer's worker and the tests use it directly). */
export function readDecoded(bytes: Uint8Array, name: string, opts: ReadOptions = {}): ReadResult {
  const decoded = decodeDocument(bytes, name, { maxBytes: opts.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES });
  if (!decoded.ok) return { ok: false, reason: decoded.reason, message: decoded.message };
  const doc = readParsed(decoded.text, name, opts);
  return { ok: true, doc: { ...doc, notes: [...decoded.notes, ...doc.notes] } };
}

/** A document from text already decoded (tests, the explorer). */
export function readString(text: string, name: string, opts: ReadOptions = {}): ReadResult {
  return { ok: true, doc: readParsed(text, name, opts) };
}

function readParsed(text: string, name: string, opts: ReadOptions): ReadDocument {
  return isHtmlName(name) ? readHtml(text, name, opts) : readText(text, name, opts);
}
