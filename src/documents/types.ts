/**
 * The reading layer's contract: one file in (its bytes and name), one document out — the plain text
 * that extraction reads (no markup, no page furniture), what the file says about itself (title,
 * address, date), and how to find a place of that text in the original (offset, page). Below
 * extraction: readers never see mentions, extraction never sees markup.
 *
 * Pure and browser-safe (no node:*): the explorer reads dropped files with the same code.
 */

import type { DocumentInfo } from '../model/index.ts';

/**
 * What a file says about itself (model/document-info.ts, where the graph keeps it): format; title
 * (`<title>`/`og:title`, the PDF's or Word file's title, or the first heading line); url
 * (`link rel=canonical`, `og:url`, a `source:` first line, or where it was fetched from); the
 * publication date; when `netzatlas fetch` retrieved it; pages and page starts of a PDF.
 */
export type { DocumentInfo };

/** Where a place of the read text is in the original file. */
export interface OriginalPlace {
  /** Character offset in the file's decoded text (HTML, plain text); absent where there is none (PDF). */
  offset?: number;
  /** 1-based page (PDF). */
  page?: number;
}

export interface ReadDocument {
  /** The document's name in the run (what `sources[].doc` carries). */
  name: string;
  /** Plain text for extraction: lines, `Feld | Wert` table rows, list items as lines. */
  text: string;
  info: DocumentInfo;
  /** Cues for genre detection that only the markup shows (e.g. 'table', 'article'). */
  genreHints: string[];
  /** German remarks from reading (encoding fallback, dropped navigation …). */
  notes: string[];
  /** Where `offset` of `text` lies in the original. */
  toSource(offset: number): OriginalPlace;
}

/** A file that cannot be read as a document; `message` is a German fragment meant to follow "<file>: ". */
export interface DocumentProblem {
  reason: 'empty' | 'binary' | 'too-large' | 'undecodable' | 'encrypted' | 'no-text' | 'damaged' | 'unsupported';
  message: string;
}

export type ReadResult = { ok: true; doc: ReadDocument } | ({ ok: false } & DocumentProblem);

export interface ReadOptions {
  /** Bytes above which a file is not read (default 10 MB; a PDF or Word file may have its own). */
  maxBytes?: number;
  /** Address the file was fetched from (`netzatlas fetch` writes it beside the file). */
  url?: string;
}
