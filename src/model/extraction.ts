/** What extraction produces for one document: mentions and relations, all with offsets into the text. */
import type { DomainSource } from './domain-source.ts';
import type { LegalDomain, NodeKind, RelationKind } from './kinds.ts';
import type { Period } from './schema.ts';
import type { DocumentInfo } from './document-info.ts';

export interface Span {
  start: number;
  end: number;
}

export interface SourceDocument {
  name: string;
  /** Plain text (the reading layer, src/documents/, has removed any markup). */
  text: string;
  /** What the file says about itself; extraction ignores it, the graph lists it per document. */
  info?: DocumentInfo;
}

export interface MentionAttrs {
  role?: string;
  /** Name of the organisation a person was named with (display only; the tie is a works_for relation). */
  organisation?: string;
  email?: string[];
  phone?: string[];
  website?: string[];
  period?: Period;
  begin?: string;
  targetGroups?: string[];
  sgb2TargetGroup?: boolean;
  /** project: sentences stating the cooperation of SGB II and SGB VIII (passes/cross-circuit.ts) */
  crossCircuit?: Span[];
  domains?: LegalDomain[];
  /** Gazetteer id of a municipality mention (gemeinde:…, kreis:…). */
  placeId?: string;
  placeType?: string;
  /** Aliases that belong to the same mention (e.g. the long form of a project acronym). */
  aliases?: string[];
  /** Project mentions: how the label was found (field, quoted title, synthesised). */
  titleSource?: 'field' | 'quoted' | 'synthesised';
  /** A generic unit the mention was folded into (e.g. "Abteilung Jugend" → Jugendamt). */
  unitName?: string;
  /** Imports only: where the file says the declared domains come from (model/domain-source.ts). */
  domainSource?: DomainSource;
  /** Kind and name were declared by an imported file (a table row, a GEXF node): never rewritten. */
  declared?: true;
}

export interface Mention extends Span {
  id: string;
  doc: string;
  kind: NodeKind;
  /** The name as the text gives it (cleaned of articles and surrounding punctuation). */
  name: string;
  /** Display name of the Gemeinde/Kreis the actor belongs to, if the text tells. */
  municipality?: string;
  attrs: MentionAttrs;
  /** Id of the rule that made the mention (see extract/rules and `extract --explain`). */
  rule?: string;
}

export interface RelationMention extends Span {
  kind: RelationKind;
  from: string;
  to: string;
  doc: string;
  /** The field label or cue phrase that licensed the relation. */
  cue: string;
  /** Id of the rule that made the relation. */
  rule?: string;
}

export interface ExtractionIssue {
  doc: string;
  message: string;
  start?: number;
}

export interface DocumentExtraction {
  doc: string;
  /** The genre the page was read as (extract/genres). */
  genre?: string;
  /** The page features that decided the genre. */
  genreReason?: string;
  mentions: Mention[];
  relations: RelationMention[];
  issues: ExtractionIssue[];
}
