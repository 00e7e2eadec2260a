/** The public surface of src/output/: what other folders may import. */
export { buildEvidence } from './evidence-file.ts';
export { maskContacts } from './evidence-text.ts';
export { explorerData } from './explorer-data.ts';
export { type PseudonymisedGraph, personPseudonym, pseudonymiseWithKeys } from './pseudonymise.ts';
export { renderReport } from './report.ts';
