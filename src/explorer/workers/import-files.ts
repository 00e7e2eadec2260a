/**
 * Import in the worker: the same pure modules as the CLI's `import` – files read into documents and
 * graphs, resolved together (with the network shown when adding), evidence sentences built from the
 * texts (document sentences, table rows, XML elements) so every new node and tie can be quoted.
 */
import { decodeDocument } from '../../util/index.ts';
import { nrwGazetteer } from '../../gazetteer/index.ts';
import { readImportFiles, roleOf } from '../../import/index.ts';
import { documentInfoList, documentInfoOf, type Evidence, type GraphJSON, graphToJSON } from '../../model/index.ts';
import { buildEvidence } from '../../output/index.ts';
import { runImportPipeline } from '../../pipeline/index.ts';
import type { ImportOutcome, ImportRequestFile, Progress } from './messages.ts';

/** Asynchronous: PDF and Word files load their readers (pdfjs, mammoth) on first use. `progress` hears of each step as it begins. */
export async function importInWorker(
  files: readonly ImportRequestFile[],
  base: { name: string; graph: GraphJSON; evidence: Evidence | null } | null,
  progress: (p: Progress) => void = () => undefined,
): Promise<ImportOutcome> {
  const bytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
  progress({
    stage: 'read',
    detail: `${files.length} Datei(en), ${(bytes / 1e6).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`,
  });
  const batch = await readImportFiles(files);
  const graphs = base ? [{ file: base.name, graph: base.graph }, ...batch.graphs] : batch.graphs;
  if (!batch.docs.length && !graphs.length)
    throw new Error(batch.refused.map((r) => r.message).join(' ') || 'Keine Datei konnte importiert werden.');
  const rows = batch.graphs.reduce((sum, g) => sum + g.graph.nodes.length + g.graph.edges.length, 0);
  progress({
    stage: 'resolve',
    detail: `${batch.docs.length} Dokument(e), ${rows.toLocaleString('de-DE')} Knoten und Beziehungen aus Tabellen und Graphdateien`,
  });
  const result = runImportPipeline(batch.docs, graphs, nrwGazetteer());
  progress({
    stage: 'evidence',
    detail: `${result.graph.order.toLocaleString('de-DE')} Knoten, ${result.graph.size.toLocaleString('de-DE')} Beziehungen`,
  });
  const graph = graphToJSON(result.graph);
  // texts to quote: documents as extracted, tables and XML files as read
  const texts = new Map<string, string>(batch.docs.map((d) => [d.name, d.text]));
  for (const f of files) {
    if (texts.has(f.name) || roleOf(f.name) === 'document') continue;
    const d = decodeDocument(f.bytes, f.name, { maxBytes: 200 * 1024 * 1024 });
    if (d.ok) texts.set(f.name, d.text);
  }
  const refs = [
    ...graph.nodes.flatMap((n) => n.attributes.sources),
    ...graph.edges.flatMap((e) => e.attributes.sources),
  ].filter((r) => texts.has(r.doc));
  const fresh = buildEvidence(texts, refs).evidence;
  // sentences of the network shown stay (their documents are not read again)
  const documents = { ...(base?.evidence?.documents ?? {}), ...fresh.documents };
  // the joined graph's document list names the documents of both
  const info = [...documentInfoOf(graph.attributes)].filter(([doc]) => Object.hasOwn(documents, doc));
  return {
    graph,
    evidence: {
      format: 'netzatlas-evidence',
      version: 1,
      documents,
      ...(info.length ? { documentInfo: documentInfoList(new Map(info)) } : {}),
    },
    warnings: [...batch.warnings, ...result.warnings],
    refused: batch.refused,
    documents: batch.docs.length,
    graphs: batch.graphs.length,
  };
}
