/**
 * JSON import: our own graph.json (the data contract, taken as it is) and plain graphology JSON
 * written by other tools (`graph.export()`), whose nodes may lack a kind or sources: kinds are read
 * from `kind`/`Art`/`type` attributes by their German or English names, keys get our namespaces, and
 * sources point at the node's place in the file.
 */
import { z } from 'zod';
import { DocumentInfoListSchema, type GraphJSON, GraphJSONSchema, GraphOptionsSchema } from '../../model/index.ts';
import { describeJsonTextProblem, jsonErrorOffset, lineColumn, oneLine, scanJsonText } from '../../util/index.ts';
import { dropBrokenItems } from './integrity.ts';
import { ForeignGraph, readForeignEdges, readForeignNodes, type RawItems, type Warn } from './foreign.ts';
import { jsonKeyLocator } from './locator.ts';
import { DEFAULT_LIMITS, ImportError, type ImportLimits, type ImportResult, type ImportWarning } from '../types.ts';

const german = z.locales.de();

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

/** The parsed JSON of a file within the limits, or an ImportError at the place where it goes wrong. */
function parseJson(text: string, file: string, limits: ImportLimits): unknown {
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
  return data;
}

/** The first issue of a failed zod check, as the "gefunden" part of an ImportError. */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `Feld ${issue.path.join('.') || '(Wurzel)'}: ${issue.message}` : 'etwas anderes';
}

/** The data as a graphology graph within the item limit, or an ImportError. */
function parseForeignGraph(data: unknown, file: string, limits: ImportLimits): z.infer<typeof ForeignGraph> {
  const foreign = ForeignGraph.safeParse(data, { error: german.localeError });
  if (!foreign.success)
    throw new ImportError(
      file,
      null,
      'einen Graphen im Format von graphology (nodes, edges)',
      firstIssue(foreign.error),
    );
  const g = foreign.data;
  if (g.nodes.length + g.edges.length > limits.maxItems)
    throw new ImportError(
      file,
      null,
      `höchstens ${limits.maxItems} Knoten und Kanten`,
      `${g.nodes.length + g.edges.length}`,
    );
  return g;
}

// options that graphology would refuse ("weird") are dropped with a warning: the contract's defaults apply
function graphOptions(options: Record<string, unknown> | undefined, warn: Warn): GraphJSON['options'] | undefined {
  const checked = options === undefined ? undefined : GraphOptionsSchema.safeParse(options);
  if (checked && !checked.success)
    warn('Graph-Optionen (options) ungültig – Standard übernommen (gemischter Graph, Mehrfachkanten erlaubt).');
  return checked?.success ? checked.data : undefined;
}

// another tool's attribute of that name is not our document list: kept under another name
function graphAttributes(
  attributes: Record<string, unknown> | undefined,
  warn: Warn,
): Record<string, unknown> | undefined {
  if (
    !attributes ||
    !Object.hasOwn(attributes, 'documentInfo') ||
    DocumentInfoListSchema.safeParse(attributes['documentInfo']).success
  )
    return attributes;
  const { documentInfo, ...rest } = attributes;
  warn('Graph-Attribut „documentInfo“ ist keine Dokumentliste von Netzatlas – als „documentInfo_daten“ übernommen.');
  return { ...rest, documentInfo_daten: documentInfo };
}

export function importJson(text: string, file: string, limits: ImportLimits = DEFAULT_LIMITS): ImportResult {
  const data = parseJson(text, file, limits);
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
  const g = parseForeignGraph(data, file, limits);
  // zod drops own `__proto__` keys: attributes are read from the parsed JSON itself, checked above
  const raw = data as { nodes: RawItems; edges: RawItems };
  const warnings: ImportWarning[] = [];
  const warn: Warn = (message, offset) =>
    warnings.push({ file, position: offset === undefined ? null : position(offset), message: oneLine(message) });
  const locate = jsonKeyLocator(text, file);
  const { nodes, keyOf } = readForeignNodes(g.nodes, raw.nodes, locate, warn);
  const edges = readForeignEdges(g.edges, raw.edges, keyOf, locate, warn);
  const options = graphOptions(g.options, warn);
  const attributes = graphAttributes(g.attributes, warn);
  const checked = GraphJSONSchema.safeParse(
    { ...(attributes ? { attributes } : {}), ...(options ? { options } : {}), nodes, edges },
    { error: german.localeError },
  );
  if (!checked.success)
    throw new ImportError(file, null, 'einen Graphen nach dem Datenformat', firstIssue(checked.error));
  return { format: 'graphology-json', graph: checked.data, warnings };
}
