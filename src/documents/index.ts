/** The reading layer: files into plain text with what they say about themselves (see types.ts). */
export type { DocumentInfo, DocumentProblem } from './types.ts';
export { DEFAULT_MAX_DOCUMENT_BYTES, formatSize } from '../util/index.ts';
export { documentFormatOf, readDecoded, readDocument, readString } from './read-document.ts';
export { EXTENSION_BY_TYPE, pageFileName } from './file-name.ts';
export { ALLOW_ALL, DISALLOW_ALL, isAllowed, MAX_ROBOTS_CHARS, parseRobots, type RobotsRules } from './robots.ts';
export { readSourcesIndex, SOURCES_INDEX_FILE, writeSourcesIndex, type SourceEntry } from './sources-index.ts';
export { checkWebAddress, parseAddressList } from './url-list.ts';
