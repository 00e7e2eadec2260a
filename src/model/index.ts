/** The public surface of src/model/: what other folders may import. */
export { displayLabel } from './display-label.ts';
export {
  type DocumentInfo,
  type DocumentInfoEntry,
  DocumentInfoListSchema,
  DocumentInfoSchema,
  FOUND_AT_NAME,
  describeDocument,
  documentInfoList,
  documentInfoOf,
  foundAtText,
  pageOf,
} from './document-info.ts';
export { DOMAIN_SOURCES, type DomainSource } from './domain-source.ts';
export { type Evidence, EvidenceSchema, type EvidenceSentence, findSentence } from './evidence.ts';
export type {
  DocumentExtraction,
  ExtractionIssue,
  Mention,
  MentionAttrs,
  RelationMention,
  SourceDocument,
  Span,
} from './extraction.ts';
export {
  GraphFormatError,
  type NetzGraph,
  graphFromJSON,
  graphToJSON,
  parseGraphText,
  serializeGraph,
} from './graph-io.ts';
export { withUserKeys } from './graph-keys.ts';
export {
  LEGAL_DOMAINS,
  type LegalDomain,
  NODE_KINDS,
  NODE_KIND_LABELS_DE,
  type NodeKind,
  RELATION_KINDS,
  RELATION_KIND_LABELS_DE,
  type RelationKind,
  defaultDomainsOfKind,
  domainsOfKind,
  keyNamespace,
} from './kinds.ts';
export { type Layout, LayoutSchema } from './layout.ts';
export { EDGE_STYLES, KIND_COLOURS } from './palette.ts';
export type { PlaceLookup, PlaceRef } from './place-lookup.ts';
export {
  type EdgeAttributes,
  EdgeAttributesSchema,
  type GraphJSON,
  GraphJSONSchema,
  GraphOptionsSchema,
  LegalDomainSchema,
  type NodeAttributes,
  NodeAttributesSchema,
  NodeKindSchema,
  type Period,
  PeriodSchema,
  RelationKindSchema,
  SourceListSchema,
  type SourceRef,
  SourceRefSchema,
} from './schema.ts';
export { compareSources, uniqueSources } from './sources.ts';
export { brandRulesOf } from './youth-welfare-brands.ts';
