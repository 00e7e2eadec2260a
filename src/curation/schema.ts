/**
 * The curation log (data/curation.json; in the explorer: IndexedDB): the planner's manual corrections
 * of an extracted graph, kept apart from the extraction and replayed onto it after every run.
 *
 *     { "format": "netzatlas-curation", "version": 1, "entries": [ { "id": "1", "op": "merge", … } ] }
 *
 * Every entry has a stable `id` (a counter, see `nextEntryId`; no timestamps are needed in committed
 * data), optionally `note` (the planner's German text), `author` and `at` (an ISO date or date-time the
 * UI may set), and one operation, named by `op`:
 *
 * - `merge` {keep, remove}: the removed node's edges move to the kept node, its label becomes an
 *   alias, sources, aliases, domains and contact fields are merged;
 * - `rename` {node, label}: the old label is kept as an alias;
 * - `setKind` {node, kind}: the key keeps its namespace (`org:…` stays `org:…` when an organisation
 *   becomes a Jobcenter, `person:…` stays `person:…`): keys are identities, not descriptions, and every
 *   later entry and every saved view that names the key must still find the node;
 * - `addEdge` {source, target, kind}: a relation the extraction missed (evidence: see sources.ts);
 * - `removeEdge` {source, target, kind}: every parallel edge of that kind between the two nodes;
 * - `markWrong` {target: {node} | {edge: {source, target, kind}}}: an extraction that is wrong; it is
 *   removed from the graph and stays in the log (so an evaluation of the extractor can count it);
 * - `setAttribute` {node, name, value} for `municipality`, `domains`, `period` and `sgb2TargetGroup`
 *   (`null` removes municipality or period).
 *
 * Node keys are the stable keys of the data contract (DOMAIN.md §3), so a log made on one extraction
 * still applies after the extraction is run again.
 */
import { z } from 'zod';
import {
  describeJsonError,
  describeJsonTextProblem,
  lineColumn,
  minLength,
  scanJsonText,
  stableStringify,
} from '../util/index.ts';
import { LegalDomainSchema, NodeKindSchema, PeriodSchema, RelationKindSchema } from '../model/index.ts';

export const CURATION_FORMAT = 'netzatlas-curation';
export const CURATION_VERSION = 1;

const NodeKey = z.string().check(minLength(1));
const Text = z.string();

export const EdgeRefSchema = z.strictObject({ source: NodeKey, target: NodeKey, kind: RelationKindSchema });
export type EdgeRef = z.infer<typeof EdgeRefSchema>;

/** Fields every entry has besides its operation. */
const entryBase = {
  id: z.string().check(minLength(1)),
  note: Text.optional(),
  author: Text.optional(),
  at: z.union([z.iso.datetime({ offset: true }), z.iso.date()]).optional(),
};

export const MergeEntrySchema = z.strictObject({
  ...entryBase,
  op: z.literal('merge'),
  keep: NodeKey,
  remove: NodeKey,
});
export const RenameEntrySchema = z.strictObject({
  ...entryBase,
  op: z.literal('rename'),
  node: NodeKey,
  label: z.string().trim().check(minLength(1)),
});
export const SetKindEntrySchema = z.strictObject({
  ...entryBase,
  op: z.literal('setKind'),
  node: NodeKey,
  kind: NodeKindSchema,
});
export const AddEdgeEntrySchema = z.strictObject({
  ...entryBase,
  op: z.literal('addEdge'),
  source: NodeKey,
  target: NodeKey,
  kind: RelationKindSchema,
});
export const RemoveEdgeEntrySchema = z.strictObject({
  ...entryBase,
  op: z.literal('removeEdge'),
  source: NodeKey,
  target: NodeKey,
  kind: RelationKindSchema,
});
export const MarkWrongEntrySchema = z.strictObject({
  ...entryBase,
  op: z.literal('markWrong'),
  target: z.union([z.strictObject({ node: NodeKey }), z.strictObject({ edge: EdgeRefSchema })]),
});

const setAttribute = { ...entryBase, op: z.literal('setAttribute'), node: NodeKey };
export const SetAttributeEntrySchema = z.discriminatedUnion('name', [
  z.strictObject({
    ...setAttribute,
    name: z.literal('municipality'),
    value: z.string().trim().check(minLength(1)).nullable(),
  }),
  z.strictObject({ ...setAttribute, name: z.literal('domains'), value: z.array(LegalDomainSchema) }),
  z.strictObject({ ...setAttribute, name: z.literal('period'), value: PeriodSchema.nullable() }),
  z.strictObject({ ...setAttribute, name: z.literal('sgb2TargetGroup'), value: z.boolean() }),
]);

export const CurationEntrySchema = z.discriminatedUnion('op', [
  MergeEntrySchema,
  RenameEntrySchema,
  SetKindEntrySchema,
  AddEdgeEntrySchema,
  RemoveEdgeEntrySchema,
  MarkWrongEntrySchema,
  SetAttributeEntrySchema,
]);
export type CurationEntry = z.infer<typeof CurationEntrySchema>;
export type CurationOp = CurationEntry['op'];
export type SetAttributeEntry = z.infer<typeof SetAttributeEntrySchema>;
export type SettableAttribute = SetAttributeEntry['name'];

export const CURATION_OPS: readonly CurationOp[] = [
  'merge',
  'rename',
  'setKind',
  'addEdge',
  'removeEdge',
  'markWrong',
  'setAttribute',
];
export const SETTABLE_ATTRIBUTES: readonly SettableAttribute[] = [
  'municipality',
  'domains',
  'period',
  'sgb2TargetGroup',
];

export const CurationLogSchema = z
  .strictObject({
    format: z.literal(CURATION_FORMAT),
    version: z.literal(CURATION_VERSION),
    entries: z.array(CurationEntrySchema),
  })
  .superRefine((log, ctx) => {
    const seen = new Map<string, number>();
    log.entries.forEach((e, i) => {
      const first = seen.get(e.id);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['entries', i, 'id'],
          message: `Die Kennung „${e.id}“ kommt schon in Eintrag ${first} vor.`,
        });
      else seen.set(e.id, i);
    });
  });
export type CurationLog = z.infer<typeof CurationLogSchema>;

/** A curation file that does not follow the format; `path` names the first wrong field. */
export class CurationFormatError extends Error {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${file}: ungültiges Korrekturprotokoll an „${path || '(Wurzel)'}“: ${detail}`);
    this.name = 'CurationFormatError';
  }
}

function pathOf(issue: z.core.$ZodIssue): string {
  return issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

const german = z.locales.de();

/** Validate parsed JSON as a curation log; throws CurationFormatError (German) naming the first wrong field. */
export function parseCurationLog(data: unknown, file = 'curation.json'): CurationLog {
  const result = CurationLogSchema.safeParse(data, { error: german.localeError });
  if (!result.success) {
    const first = result.error.issues[0];
    throw new CurationFormatError(file, first ? pathOf(first) : '', first?.message ?? 'unbekannter Fehler');
  }
  return result.data;
}

/** Parse the text of a curation file (JSON syntax errors become CurationFormatError too). */
export function parseCurationText(text: string, file = 'curation.json'): CurationLog {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // the place in German, not JSON.parse's English (which quotes the text, line breaks included)
    throw new CurationFormatError(file, '', `kein gültiges JSON (${describeJsonError(text)})`);
  }
  const problem = scanJsonText(text);
  if (problem) {
    const { line, column } = lineColumn(text, problem.offset);
    throw new CurationFormatError(file, `Zeile ${line}, Spalte ${column}`, describeJsonTextProblem(problem));
  }
  return parseCurationLog(data, file);
}

export function emptyCurationLog(): CurationLog {
  return { format: CURATION_FORMAT, version: CURATION_VERSION, entries: [] };
}

/** Canonical file text (sorted keys, entries in log order), byte-stable for equal logs. */
export function serializeCurationLog(log: CurationLog): string {
  return stableStringify(parseCurationLog(log, '(Korrekturprotokoll)'));
}

/** The next free counter id: one more than the largest numeric id in the log ("1", "2", …). */
export function nextEntryId(log: CurationLog): string {
  let max = 0;
  for (const e of log.entries) if (/^\d+$/.test(e.id)) max = Math.max(max, Number(e.id));
  return String(max + 1);
}

/** `Omit` for each member of a union. */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An operation without the bookkeeping fields, as the UI builds it. */
export type CurationOperation = DistributiveOmit<CurationEntry, 'id' | 'note' | 'author' | 'at'>;

/**
 * A new log with the operation appended under the next counter id (the log itself is not changed).
 * Throws CurationFormatError (path within the entry) for an operation that breaks the format.
 */
export function appendEntry(
  log: CurationLog,
  operation: CurationOperation,
  meta: { note?: string; author?: string; at?: string } = {},
): CurationLog {
  const result = CurationEntrySchema.safeParse(
    { ...operation, ...meta, id: nextEntryId(log) },
    { error: german.localeError },
  );
  if (!result.success) {
    const first = result.error.issues[0];
    throw new CurationFormatError(
      '(neue Korrektur)',
      first ? pathOf(first) : '',
      first?.message ?? 'unbekannter Fehler',
    );
  }
  return { ...log, entries: [...log.entries, result.data] };
}
