/**
 * What every graph file format shares (the folders csv/, gexf/, graphml/, json/ hold one format each, read
 * and write): the importers' contract (errors, warnings, limits) and the file kinds they read.
 */
export { escapeFormula } from './formula.ts';
export {
  describePosition,
  IMPORT_FILE_EXTENSIONS,
  ImportError,
  isTableFileName,
  SUPPORTED_EXTENSIONS,
  type ImportFormat,
  type ImportResult,
  type ImportWarning,
} from './types.ts';
