/**
 * The whole extraction for a set of documents: extract each, resolve across them, build the graph.
 * Pure (no file system): the CLI reads and writes, the explorer can run it in a Worker.
 */
import { extractDocument } from '../extract/index.ts';
import {
  type DocumentExtraction,
  type DocumentInfo,
  type DocumentInfoEntry,
  documentInfoList,
  DocumentInfoSchema,
  type ExtractionIssue,
  pageOf,
  type PlaceLookup,
  serializeGraph,
  type SourceDocument,
  type SourceRef,
} from '../model/index.ts';
import { compareStrings, stableStringify } from '../util/index.ts';
import { buildNetwork, type BuiltNetwork } from '../resolve/index.ts';

/** Title, address, date … of every document that states any, by name (graph attribute `documentInfo`). */
function documentInfo(docs: readonly SourceDocument[]): DocumentInfoEntry[] {
  const byDoc = new Map<string, DocumentInfo>();
  for (const d of docs)
    if (d.info && (d.info.title || d.info.url || d.info.date || d.info.format !== 'text')) {
      const checked = DocumentInfoSchema.safeParse(d.info);
      byDoc.set(d.name, checked.success ? checked.data : { format: d.info.format });
    }
  return documentInfoList(byDoc);
}

/** The page of every source in a document with pages, next to its offsets. */
function addPages(graph: BuiltNetwork['graph'], info: readonly DocumentInfoEntry[]): void {
  const paged = new Map(info.filter((d) => d.pageStarts?.length).map((d) => [d.doc, d]));
  if (paged.size === 0) return;
  const withPages = (sources: readonly SourceRef[]): SourceRef[] =>
    sources.map((s) => {
      const page = pageOf(paged.get(s.doc), s.start);
      return page ? { ...s, page } : s;
    });
  graph.updateEachNodeAttributes((_, a) => ({ ...a, sources: withPages(a.sources) }));
  graph.updateEachEdgeAttributes((_, a) => ({ ...a, sources: withPages(a.sources) }));
}

export interface PipelineResult extends BuiltNetwork {
  extractions: DocumentExtraction[];
  issues: ExtractionIssue[];
  graphJson: string;
  mergesJson: string;
}

/**
 * `imported`: extractions made from imported graphs (merge-imports.ts), resolved together
 * with the documents; `importedFiles` are listed among the graph's documents.
 */
export function runPipeline(
  docs: readonly SourceDocument[],
  places: PlaceLookup,
  onDocument?: (done: number, total: number) => void,
  imported: readonly DocumentExtraction[] = [],
  importedFiles: readonly string[] = [],
): PipelineResult {
  // input order must not matter: sort by name first
  const sorted = [...docs].sort((a, b) => compareStrings(a.name, b.name));
  const extractions: DocumentExtraction[] = [];
  const issues: ExtractionIssue[] = [];
  sorted.forEach((d, i) => {
    try {
      const ex = extractDocument(d, { places });
      extractions.push(ex);
      issues.push(...ex.issues);
    } catch (e) {
      // extraction must never throw; if it does, the document is reported and the rest go on
      issues.push({ doc: d.name, message: `Interner Fehler bei der Extraktion: ${(e as Error).message}` });
    }
    onDocument?.(i + 1, sorted.length);
  });
  const built = buildNetwork([...extractions, ...imported], places, [
    ...new Set([...sorted.map((d) => d.name), ...importedFiles]),
  ]);
  const info = documentInfo(sorted);
  if (info.length > 0) {
    built.graph.setAttribute('documentInfo' as never, info);
    addPages(built.graph, info);
  }
  return {
    ...built,
    extractions,
    issues,
    graphJson: serializeGraph(built.graph),
    mergesJson: stableStringify({
      description: 'Zusammenführungen: welche Schreibweisen zu welchem Knoten wurden und warum',
      merges: built.merges,
    }),
  };
}
