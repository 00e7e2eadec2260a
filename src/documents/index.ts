/** The reading layer: files into plain text with what they say about themselves (see types.ts). */
export type { DocumentFormat, DocumentInfo, DocumentProblem, OriginalPlace, ReadDocument, ReadOptions, ReadResult } from './types.ts';
export { decodeDocument, DEFAULT_MAX_DOCUMENT_BYTES, formatSize } from './decode.ts';
export { documentFormatOf, isHtmlName, readDecoded, readDocument, readString } from './read-document.ts';
export { readHtml, httpUrl } from './html.ts';
export { readText } from './text.ts';
