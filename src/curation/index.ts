/** The public surface of src/curation/: what other folders may import. */
export { applyCuration, summariseReport } from './apply.ts';
export { describeEntry, labelsOf } from './describe.ts';
export type { CurationReportEntry } from './operations.ts';
export {
  type CurationEntry,
  CurationFormatError,
  type CurationLog,
  type CurationOperation,
  appendEntry,
  emptyCurationLog,
  parseCurationLog,
  parseCurationText,
  serializeCurationLog,
} from './schema.ts';
export { curationEvidence, isCurationSource } from './sources.ts';
