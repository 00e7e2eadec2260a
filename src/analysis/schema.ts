/**
 * The contract of data/analysis.json (README, „Analyse“). Every analysis is parsed by this schema
 * before it is written, so a NaN or an infinite value can never reach the file (zod 4 numbers are
 * finite).
 */
import { z } from 'zod';
import { minLength } from '../util/index.ts';
import { DOMAIN_SOURCES, SourceRefSchema } from '../model/index.ts';
import { GAP_KINDS } from './gaps/find-gaps.ts';

const Count = z.number().int().nonnegative();
const Num = z.number();
const NumOrNull = z.number().nullable();

export const BrokerageSchema = z.object({
  coordinator: Count,
  gatekeeper: Count,
  representative: Count,
  itinerant: Count,
  liaison: Count,
  total: Count,
});

export const NodeMeasuresSchema = z.object({
  degree: Count,
  weightedDegree: Num,
  betweenness: Num,
  closeness: Num,
  eigenvector: NumOrNull,
  pagerank: Num,
  constraint: NumOrNull,
  effectiveSize: NumOrNull,
  brokerage: BrokerageSchema,
  community: Count,
  /** only for sampled estimates: standard error (null where fewer than two sampled sources reach the node) */
  betweennessSE: NumOrNull.optional(),
  closenessSE: NumOrNull.optional(),
});
export type NodeMeasuresJSON = z.infer<typeof NodeMeasuresSchema>;

export const NetworkFiguresSchema = z.object({
  nodes: Count,
  edges: Count,
  nodesByKind: z.record(z.string(), Count),
  edgesByRelation: z.record(z.string(), Count),
  density: NumOrNull,
  components: Count,
  largestComponent: Count,
  isolates: Count,
  diameter: NumOrNull,
  averagePathLength: NumOrNull,
  distancesExact: z.boolean(),
  degreeCentralization: NumOrNull,
  averageDegree: NumOrNull,
  modularity: NumOrNull,
  communities: Count,
});
export type NetworkFiguresJSON = z.infer<typeof NetworkFiguresSchema>;

export const ViewInfoSchema = z.object({
  description: z.string(),
  betweenness: z.object({
    exact: z.boolean(),
    samples: Count.optional(),
    seed: z.number().int().optional(),
    /** sampled only: the top actors by betweenness with their standard errors and whether rank and top place hold (value ± z · SE) */
    uncertainty: z
      .object({
        z: Num,
        top: z.array(
          z.object({
            key: z.string(),
            rank: Count,
            betweenness: Num,
            standardError: Num,
            rankStable: z.boolean(),
            topStable: z.boolean(),
          }),
        ),
      })
      .optional(),
  }),
});

export const EiEntrySchema = z.object({ value: NumOrNull, external: Count, internal: Count, members: Count });

export const ClusterSchema = z.object({
  id: Count,
  members: z.array(z.string()),
  sgb2: z.array(z.string()),
  sgb8: z.array(z.string()),
  projects: z.array(z.string()),
  directTies: z.array(z.tuple([z.string(), z.string()])),
  evidence: z.array(SourceRefSchema),
  evidenceTotal: Count,
});

export const SgbSchema = z.object({
  view: z.literal('actors'),
  domains: z.array(z.string()),
  matrix: z.record(z.string(), z.record(z.string(), Count)),
  eiIndex: z.record(z.string(), EiEntrySchema),
  clusters: z.array(ClusterSchema),
  crossProjects: z.array(z.string()),
  // defaults: an analysis.json written before these fields existed still loads
  statedCrossProjects: z
    .array(
      z.object({
        project: z.string(),
        evidence: z.array(SourceRefSchema),
        partnersNamed: z.boolean(),
        status: z.enum(['ausgesagt, Partner nicht genannt', 'ausgesagt, Partner genannt']),
      }),
    )
    .default([]),
  crossTies: Count,
  actorsByDomain: z.record(z.string(), Count),
  domainSources: z.record(z.string(), Count).default({}),
});

export const GapSchema = z.object({
  kind: z.enum(GAP_KINDS),
  severity: z.enum(['hoch', 'mittel', 'niedrig']),
  nodes: z.array(z.string()).check(minLength(1)),
  message: z.string().check(minLength(1)),
  /** absent in analyses written before version 0.2: the explorer then shows the German message */
  messageEn: z.string().optional(),
  sources: z.array(SourceRefSchema),
  rule: z.string().optional(),
  legalBasis: z.string().optional(),
  areas: z.tuple([z.string(), z.string()]).optional(),
});

export const AnalysisIssueSchema = z.object({
  code: z.string(),
  message: z.string(),
  view: z.enum(['twoMode', 'actors']).optional(),
  measure: z.string().optional(),
});

const LabelSchema = z.object({
  label: z.string(),
  kind: z.string(),
  domains: z.array(z.string()),
  domainSource: z.enum(DOMAIN_SOURCES).optional(),
});

export const AnalysisSchema = z.object({
  format: z.literal('netzatlas-analysis'),
  version: z.literal(1),
  graph: z.object({ nodes: Count, edges: Count, type: z.string(), documents: z.array(z.string()) }),
  settings: z.object({
    seed: z.number().int(),
    exactPathMaxNodes: Count,
    pathSamples: Count,
    maxIterations: Count,
    tolerance: Num,
    topActors: Count,
  }),
  views: z.object({ twoMode: ViewInfoSchema, actors: ViewInfoSchema }),
  nodes: z.record(z.string(), NodeMeasuresSchema),
  actors: z.record(z.string(), NodeMeasuresSchema),
  labels: z.record(z.string(), LabelSchema),
  network: z.object({ twoMode: NetworkFiguresSchema, actors: NetworkFiguresSchema }),
  sgb: SgbSchema,
  gaps: z.array(GapSchema),
  issues: z.array(AnalysisIssueSchema),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

/** Everything but the three per-node records, which `checkAnalysis` checks entry by entry. */
const AnalysisFrameSchema = AnalysisSchema.omit({ nodes: true, actors: true, labels: true });

/**
 * Entries are validated, not copied: their objects are built by the analysis with exactly the
 * schema's keys. The compiled validator allocates nothing per entry; zod's parse left enough
 * short-lived objects per entry that a 100k-node check added 0.6 GB to the peak memory. The parse
 * runs only to report a failing entry.
 */
function checkEntries<T>(record: Record<string, T>, schema: z.ZodType<T>): Record<string, T> {
  for (const key of Object.keys(record)) if (!schema.validate(record[key])) schema.parse(record[key]);
  return record;
}

const NodeMeasuresCheck = z.compile(NodeMeasuresSchema);
const LabelCheck = z.compile(LabelSchema);

/**
 * The same check as `AnalysisSchema.parse`, but the per-node records (most of a large result) are
 * checked one entry at a time and kept: parse copies what it checks, and a second copy of a
 * 100k-node result was the analysis' peak memory.
 */
export function checkAnalysis(analysis: Analysis): Analysis {
  const { nodes, actors, labels, ...frame } = analysis;
  const checked = AnalysisFrameSchema.parse(frame);
  return {
    format: checked.format,
    version: checked.version,
    graph: checked.graph,
    settings: checked.settings,
    views: checked.views,
    nodes: checkEntries(nodes, NodeMeasuresCheck),
    actors: checkEntries(actors, NodeMeasuresCheck),
    labels: checkEntries(labels, LabelCheck),
    network: checked.network,
    sgb: checked.sgb,
    gaps: checked.gaps,
    issues: checked.issues,
  };
}
