/** The public surface of src/extract/: what other folders may import. */
export { explainExtraction } from './explain.ts';
export { extractDocument } from './extract-document.ts';
