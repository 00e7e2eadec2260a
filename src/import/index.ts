/** The import use case: many files in, documents for extraction and graphs (read by formats/) for resolution. */
export { IMPORT_FILE_EXTENSIONS, readImportFiles, roleOf, type ImportInput } from './import-files.ts';
