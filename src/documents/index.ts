/** The reading layer: files into plain text with what they say about themselves (see types.ts). */
export type { DocumentInfo, DocumentProblem } from './types.ts';
export { DEFAULT_MAX_DOCUMENT_BYTES, formatSize } from '../util/decode.ts';
export { readDocument, readString } from './read-document.ts';
