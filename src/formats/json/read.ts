/**
 * JSON import: our own graph.json (the data contract, taken as it is) and plain graphology JSON
 * written by other tools (`graph.export()`), whose nodes may lack a kind or sources: kinds are read
 * from `kind`/`Art`/`type` attributes by their German or English names, keys get our namespaces, and
 * sources point at the node's place in the file.
 */
import { z } from 'zod';
import {
  DocumentInfoListSchema,
  type GraphJSON,
  GraphJSONSchema,
  GraphOptionsSchema,
  NODE_KIND_LABELS_DE,
  type NodeKind,
  NodeKindSchema,
  type RelationKind,
  RelationKindSchema,
  SourceListSchema,
} from '../../model/index.ts';
import { describeJsonTextProblem, jsonErrorOffset, lineColumn, oneLine, scanJsonText } from '../../util/index.ts';
import { dataAttributeName, kindFromLabel, kindFromName, nodeKeyFor, relationFromName, setOwn } from '../contract.ts';
import { dropBrokenItems } from './integrity.ts';
import { jsonKeyLocator } from './locator.ts';
import { DEFAULT_LIMITS, ImportError, type ImportLimits, type ImportResult, type ImportWarning } from '../types.ts';

const Loose = z.looseObject({});
const ForeignGraph = z.object({
  attributes: Loose.optional(),
  options: Loose.optional(),
  nodes: z.array(z.looseObject({ key: z.union([z.string(), z.number()]), attributes: Loose.optional() })),
  edges: z.array(
    z.looseObject({
      key: z.union([z.string(), z.number()]).optional(),
      source: z.union([z.string(), z.number()]),
      target: z.union([z.string(), z.number()]),
      undirected: z.boolean().optional(),
      attributes: Loose.optional(),
    }),
  ),
});

const german = z.locales.de();

/** The first of `names` that holds a non-empty string, with its name. */
function firstString(
  attrs: Record<string, unknown>,
  names: readonly string[],
): { name: string; value: string } | undefined {
  for (const name of names) {
    const v = Object.hasOwn(attrs, name) ? attrs[name] : undefined;
    if (typeof v === 'string' && v.trim()) return { name, value: v };
  }
  return undefined;
}

function hasProtoAttribute(data: unknown): boolean {
  const items = (data as { nodes?: unknown; edges?: unknown } | null) ?? {};
  const all: unknown[] = [
    ...(Array.isArray(items.nodes) ? (items.nodes as unknown[]) : []),
    ...(Array.isArray(items.edges) ? (items.edges as unknown[]) : []),
  ];
  return all.some((x) => {
    const a = (x as { attributes?: unknown } | null)?.attributes;
    return typeof a === 'object' && a !== null && Object.hasOwn(a, '__proto__');
  });
}

export function importJson(text: string, file: string, limits: ImportLimits = DEFAULT_LIMITS): ImportResult {
  if (text.length > limits.maxBytes)
    throw new ImportError(file, null, `höchstens ${limits.maxBytes} Zeichen`, `${text.length}`);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const offset = jsonErrorOffset(text);
    const near = JSON.stringify(text.slice(offset, offset + 20));
    throw new ImportError(
      file,
      { ...lineColumn(text, offset), offset },
      'gültiges JSON',
      offset >= text.length ? 'das Ende der Datei' : `${near}`,
    );
  }
  const problem = scanJsonText(text, limits.maxDepth);
  if (problem)
    throw new ImportError(
      file,
      { ...lineColumn(text, problem.offset), offset: problem.offset },
      '',
      undefined,
      `${describeJsonTextProblem(problem, limits.maxDepth)}.`,
    );
  const position = (offset: number) => ({ ...lineColumn(text, offset), offset });
  // our own format is taken as it is – unless an attribute named __proto__ would be lost on the way
  const own = hasProtoAttribute(data) ? null : GraphJSONSchema.safeParse(data);
  if (own?.success) {
    const { graph, dropped } = dropBrokenItems(own.data, text, file);
    return {
      format: 'netzatlas-json',
      graph,
      warnings: dropped.map((d) => ({ file, position: position(d.offset), message: d.message })),
    };
  }
  const foreign = ForeignGraph.safeParse(data, { error: german.localeError });
  if (!foreign.success) {
    const issue = foreign.error.issues[0];
    throw new ImportError(
      file,
      null,
      'einen Graphen im Format von graphology (nodes, edges)',
      issue ? `Feld ${issue.path.join('.') || '(Wurzel)'}: ${issue.message}` : 'etwas anderes',
    );
  }
  const g = foreign.data;
  // zod drops own `__proto__` keys: attributes are read from the parsed JSON itself, checked above
  const raw = data as {
    nodes: Array<{ attributes?: Record<string, unknown> }>;
    edges: Array<{ attributes?: Record<string, unknown> }>;
  };
  if (g.nodes.length + g.edges.length > limits.maxItems)
    throw new ImportError(
      file,
      null,
      `höchstens ${limits.maxItems} Knoten und Kanten`,
      `${g.nodes.length + g.edges.length}`,
    );
  const warnings: ImportWarning[] = [];
  const warn = (message: string, offset?: number) =>
    warnings.push({ file, position: offset === undefined ? null : position(offset), message: oneLine(message) });
  const locate = jsonKeyLocator(text, file);
  const keyOf = new Map<string, string>();
  const used = new Set<string>();
  const nodes: GraphJSON['nodes'] = [];
  for (const [index, n] of g.nodes.entries()) {
    const id = String(n.key);
    const a = raw.nodes[index]?.attributes ?? {};
    const where = locate(n.key);
    const kindField = firstString(a, ['kind', 'Art', 'art', 'type', 'typ', 'Typ']);
    const rawKind = kindField?.value;
    const parsedKind = NodeKindSchema.safeParse(rawKind);
    const labelField = firstString(a, ['label', 'Name', 'name', 'Bezeichnung']);
    const label = labelField?.value ?? id;
    let kind: NodeKind = parsedKind.success ? parsedKind.data : (kindFromName(rawKind) ?? 'organisation');
    if (!parsedKind.success && !kindFromName(rawKind)) {
      // the name's first word ("Jugendamt Minden") before the catch-all, as in every importer
      const guessed = kindFromLabel(label);
      kind = guessed ?? 'organisation';
      warn(
        `Knoten „${id}“: ${rawKind ? `Art „${rawKind}“ unbekannt` : 'keine Art angegeben'} – als ${guessed ? `${NODE_KIND_LABELS_DE[guessed]} (aus dem Namen)` : 'Organisation'} übernommen.`,
        where.start,
      );
    }
    if (!labelField) warn(`Knoten „${id}“ ohne Namen: der Schlüssel dient als Name.`, where.start);
    const key = nodeKeyFor(kind, id, label);
    if (used.has(key)) {
      warn(`Knoten „${id}“ kommt doppelt vor: der zweite wird übersprungen.`, where.start);
      continue;
    }
    used.add(key);
    keyOf.set(id, key);
    const attributes: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(a)) {
      if (name === 'sources' || name === kindField?.name || name === labelField?.name) continue;
      const target = dataAttributeName(name);
      if (target !== name) warn(`Knoten „${id}“: Attribut „${name}“ als „${target}“ übernommen.`, where.start);
      setOwn(attributes, target, value);
    }
    const sources = SourceListSchema.safeParse(a['sources']);
    if (a['sources'] !== undefined && !sources.success)
      warn(
        `Knoten „${id}“: Quellenangaben (sources) ungültig – die Stelle in dieser Datei gilt als Quelle.`,
        where.start,
      );
    Object.assign(attributes, { label, kind, sources: sources.success ? sources.data : [where] });
    nodes.push({ key, attributes: attributes as GraphJSON['nodes'][number]['attributes'] });
  }
  const edges: GraphJSON['edges'] = [];
  const edgeKeys = new Set<string>();
  for (const [index, e] of g.edges.entries()) {
    const a = raw.edges[index]?.attributes ?? {};
    const where = e.key !== undefined ? locate(e.key) : locate(e.source, 'source');
    if (e.key !== undefined) {
      if (edgeKeys.has(String(e.key))) {
        warn(`Kante „${String(e.key)}“ kommt doppelt vor: die zweite wird übersprungen.`, where.start);
        continue;
      }
      edgeKeys.add(String(e.key));
    }
    const s = keyOf.get(String(e.source));
    const t = keyOf.get(String(e.target));
    if (!s || !t) {
      warn(
        `Kante ${String(e.source)} → ${String(e.target)}: ${!s ? `Knoten „${String(e.source)}“` : `Knoten „${String(e.target)}“`} fehlt – Kante übersprungen.`,
        where.start,
      );
      continue;
    }
    const relationField = firstString(a, ['kind', 'Beziehung', 'relation', 'label', 'type']);
    const rawKind = relationField?.value;
    const parsed = RelationKindSchema.safeParse(rawKind);
    let kind: RelationKind = parsed.success ? parsed.data : (relationFromName(rawKind) ?? 'partner');
    if (!parsed.success && !relationFromName(rawKind)) {
      warn(
        `Kante ${s} → ${t}: ${rawKind ? `Beziehung „${rawKind}“ unbekannt` : 'keine Beziehung angegeben'} – als Partner übernommen.`,
        where.start,
      );
      kind = 'partner';
    }
    const attributes: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(a)) {
      if (name === 'sources' || name === relationField?.name) continue;
      setOwn(attributes, dataAttributeName(name), value);
    }
    const sources = SourceListSchema.safeParse(a['sources']);
    if (a['sources'] !== undefined && !sources.success)
      warn(
        `Kante ${s} → ${t}: Quellenangaben (sources) ungültig – die Stelle in dieser Datei gilt als Quelle.`,
        where.start,
      );
    Object.assign(attributes, { kind, sources: sources.success ? sources.data : [where] });
    edges.push({
      ...(e.key !== undefined ? { key: String(e.key) } : {}),
      source: s,
      target: t,
      ...(e.undirected ? { undirected: true } : {}),
      attributes: attributes as GraphJSON['edges'][number]['attributes'],
    });
  }
  // options that graphology would refuse ("weird") are dropped with a warning: the contract's defaults apply
  const options = g.options === undefined ? undefined : GraphOptionsSchema.safeParse(g.options);
  if (options && !options.success)
    warn('Graph-Optionen (options) ungültig – Standard übernommen (gemischter Graph, Mehrfachkanten erlaubt).');
  // another tool's attribute of that name is not our document list: kept under another name
  let attributes = g.attributes;
  if (
    attributes &&
    Object.hasOwn(attributes, 'documentInfo') &&
    !DocumentInfoListSchema.safeParse(attributes['documentInfo']).success
  ) {
    const { documentInfo, ...rest } = attributes;
    attributes = { ...rest, documentInfo_daten: documentInfo };
    warn('Graph-Attribut „documentInfo“ ist keine Dokumentliste von Netzatlas – als „documentInfo_daten“ übernommen.');
  }
  const checked = GraphJSONSchema.safeParse(
    { ...(attributes ? { attributes } : {}), ...(options?.success ? { options: options.data } : {}), nodes, edges },
    { error: german.localeError },
  );
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ImportError(
      file,
      null,
      'einen Graphen nach dem Datenformat',
      issue ? `Feld ${issue.path.join('.') || '(Wurzel)'}: ${issue.message}` : 'etwas anderes',
    );
  }
  const graph = checked.data;
  return { format: 'graphology-json', graph, warnings };
}
