/**
 * The data contract of data/graph.json (DOMAIN.md §3) as zod schemas.
 * Only label/kind/sources (nodes) and kind/sources (edges) are required, so graphs made
 * elsewhere that follow the contract are accepted; unknown attributes pass through.
 */
import { z } from 'zod';
import { DocumentInfoListSchema } from './document-info.ts';
import { DOMAIN_SOURCES } from './domain-source.ts';
import { LEGAL_DOMAINS, NODE_KINDS, RELATION_KINDS } from './kinds.ts';
import { minLength } from '../util/index.ts';

export const NodeKindSchema = z.enum(NODE_KINDS);
export const RelationKindSchema = z.enum(RELATION_KINDS);
export const LegalDomainSchema = z.enum(LEGAL_DOMAINS);

export const SourceRefSchema = z
  .object({
    doc: z.string().check(minLength(1)),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** 1-based page of a PDF (the graph's documentInfo knows where pages begin). */
    page: z.number().int().positive().optional(),
  })
  .refine((s) => s.end >= s.start, { message: 'end must not be before start', path: ['end'] });
export type SourceRef = z.infer<typeof SourceRefSchema>;
/** The sources of a node or an edge: at least one. */
export const SourceListSchema = z.array(SourceRefSchema).check(minLength(1));

const DateString = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const PeriodSchema = z.object({ start: DateString.optional(), end: DateString.optional() });
export type Period = z.infer<typeof PeriodSchema>;

export const NodeAttributesSchema = z.looseObject({
  label: z.string(),
  kind: NodeKindSchema,
  sources: SourceListSchema,
  aliases: z.array(z.string()).optional(),
  municipality: z.string().optional(),
  ags: z.string().optional(),
  domains: z.array(LegalDomainSchema).optional(),
  /** where `domains` come from (model/domain-source.ts) */
  domainSource: z.enum(DOMAIN_SOURCES).optional(),
  /** project: sentences that state the cooperation of SGB II and SGB VIII without naming the partner (extract/passes/cross-circuit.ts) */
  crossCircuitStatements: z.array(SourceRefSchema).optional(),
  period: PeriodSchema.optional(),
  begin: DateString.optional(),
  targetGroups: z.array(z.string()).optional(),
  sgb2TargetGroup: z.boolean().optional(),
  role: z.string().optional(),
  organisation: z.string().optional(),
  email: z.array(z.string()).optional(),
  phone: z.array(z.string()).optional(),
  website: z.array(z.string()).optional(),
  placeType: z.string().optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
});
export type NodeAttributes = z.infer<typeof NodeAttributesSchema>;

export const EdgeAttributesSchema = z.looseObject({
  kind: RelationKindSchema,
  sources: SourceListSchema,
  cue: z.string().optional(),
});
export type EdgeAttributes = z.infer<typeof EdgeAttributesSchema>;

export const GraphOptionsSchema = z.looseObject({
  type: z.enum(['mixed', 'directed', 'undirected']).optional(),
  multi: z.boolean().optional(),
  allowSelfLoops: z.boolean().optional(),
});

export const SerializedNodeSchema = z.object({
  key: z.string().check(minLength(1)),
  attributes: NodeAttributesSchema,
});

export const SerializedEdgeSchema = z.object({
  key: z.string().optional(),
  source: z.string().check(minLength(1)),
  target: z.string().check(minLength(1)),
  undirected: z.boolean().optional(),
  attributes: EdgeAttributesSchema,
});

export const GraphJSONSchema = z.object({
  attributes: z.looseObject({ documentInfo: DocumentInfoListSchema.optional() }).optional(),
  options: GraphOptionsSchema.optional(),
  nodes: z.array(SerializedNodeSchema),
  edges: z.array(SerializedEdgeSchema),
});
export type GraphJSON = z.infer<typeof GraphJSONSchema>;
