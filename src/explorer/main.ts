/**
 * Entry of the explorer. Keeps the session – the network's name, its graph before corrections,
 * its evidence, the curation log and the positions – and (re)starts the app whenever the network
 * changes: at load, when files are opened or dropped, and when a correction is made (the log is
 * applied to the uncurated graph, the analysis recomputed in the worker, the view kept).
 */
import './styles.css';
import type { Analysis } from '../analysis/schema.ts';
import { applyCuration } from '../curation/apply.ts';
import type { CurationReportEntry } from '../curation/operations.ts';
import { emptyCurationLog, type CurationLog } from '../curation/schema.ts';
import { computeLayout } from '../layout/force-layout.ts';
import type { Evidence } from '../model/evidence.ts';
import { graphFromJSON } from '../model/graph-io.ts';
import type { GraphJSON } from '../model/schema.ts';
import { labelsOf } from '../curation/describe.ts';
import { App } from './app.ts';
import { createCurationController, type CurationController } from './curation/controller.ts';
import { loadLog } from './curation/store.ts';
import { buildExplorerModel } from './data/explorer-model.ts';
import { loadData } from './data/load-data.ts';
import { t } from './i18n.ts';
import { clear, el } from './panels/dom.ts';
import { AnalysisClient } from './workers/analysis-client.ts';
import type { ImportOutcome } from './workers/messages.ts';

const root = document.getElementById('app')!;
const lang = /(?:^|[#&])sprache=en(?:&|$)/.test(location.hash) ? 'en' : 'de';

/** The folder the data comes from: `data/` beside the page, or `?daten=<folder>` of the same site. */
function dataBase(): string {
  const q = new URLSearchParams(location.search).get('daten');
  // only a relative folder of this site: no scheme, no host, no climbing out
  if (q && /^[\w-]+(\/[\w-]+)*\/?$/.test(q)) return q.endsWith('/') ? q : `${q}/`;
  return 'data/';
}

function showError(title: string, message: string): void {
  clear(root);
  root.append(el('main', { class: 'error-page' }, el('h1', null, title), el('p', { attrs: { role: 'alert' } }, message)));
}

declare global {
  interface Window {
    /** Read by the browser tests and the benchmark: when the first complete frame was drawn. */
    __netzatlas?: { ready: boolean; readyAt: number; app: App | null };
  }
}

window.__netzatlas = { ready: false, readyAt: 0, app: null };
const worker = new AnalysisClient();

export interface Session {
  name: string;
  /** Corrections of this network (undo history included); a new network gets a new one. */
  curation: CurationController;
  /** The network before corrections. */
  base: GraphJSON;
  evidence: Evidence | null;
  log: CurationLog;
  positions: Record<string, [number, number]>;
  notes: string[];
  /** What applying the log did, entry by entry (for the corrections panel). */
  report?: CurationReportEntry[];
}

let session: Session | null = null;

function say(message: string): void {
  const app = window.__netzatlas?.app;
  if (app) app.say(message);
  else showError(t('fileError', lang), message);
}

function start(s: Session, graph: GraphJSON, analysis: Analysis | null, positions: Record<string, [number, number]>): void {
  session = s;
  const model = buildExplorerModel({ name: s.name, graph, analysis, positions });
  window.__netzatlas!.app?.destroy();
  window.__netzatlas!.ready = false;
  const app = new App(
    root,
    { name: s.name, model, graph, evidence: s.evidence, notes: s.notes, curationLog: s.log, curation: s.curation, labelOfKey: labelsOf(s.base), curationReport: s.report ?? [] },
    { onFiles: (files, mode) => void openFiles(files, mode), onCuration: (log) => void recurate(log) },
  );
  window.__netzatlas!.app = app;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      window.__netzatlas!.ready = true;
      window.__netzatlas!.readyAt = performance.now();
    }),
  );
}

/** Positions for every node: the known ones kept, new ones laid out in the worker. */
async function analyseAndShow(s: Session, graph: GraphJSON, analysis: Analysis | null): Promise<void> {
  const missing = graph.nodes.some((n) => !s.positions[n.key]);
  if (analysis && !missing) return start(s, graph, analysis, s.positions);
  const r = await worker.request({ type: 'analyze', graph, layout: missing });
  if (r.type !== 'analyzed') throw new Error('Analyse fehlgeschlagen');
  const positions = missing && r.positions ? { ...r.positions, ...s.positions } : s.positions;
  start({ ...s, positions }, graph, r.analysis, positions);
}

/** A new curation log: applied to the network before corrections, everything else kept. */
async function recurate(log: CurationLog): Promise<void> {
  if (!session) return;
  try {
    const curated = applyCuration(session.base, log);
    await analyseAndShow({ ...session, log, report: curated.report }, log.entries.length ? curated.graph : session.base, null);
  } catch (e) {
    say(`${t('fileError', lang)} – ${(e as Error).message}`);
  }
}

function importNotes(o: ImportOutcome): string[] {
  const notes = [`${t('importDone', lang)}: ${o.documents} Dokument(e), ${o.graphs} Graphdatei(en), ${o.warnings.length} ${t('importWarnings', lang)}, ${o.refused.length} ${t('importRefused', lang)}.`];
  for (const r of o.refused.slice(0, 5)) notes.push(r.message);
  for (const w of o.warnings.slice(0, 5)) notes.push(`${w.file}: ${w.message}`);
  return notes;
}

async function openFiles(files: File[], mode: 'replace' | 'add'): Promise<void> {
  try {
    window.__netzatlas?.app?.say(t('importing', lang));
    const inputs = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    const base = mode === 'add' && session ? { name: session.name, graph: session.base, evidence: session.evidence } : null;
    const r = await worker.request({ type: 'import', files: inputs, base });
    if (r.type !== 'imported') throw new Error('Import fehlgeschlagen');
    const adding = mode === 'add' && session;
    // corrections belong to the network's name (graph.json's `name`, "Netzatlas" for every
    // extraction): re-running the extraction on the same or new documents finds them again
    const named = r.outcome.graph.attributes?.['name'];
    const name = adding ? session!.name : typeof named === 'string' && named ? named : files[0]!.name;
    const curation = session && session.name === name ? session.curation : await curationFor(name);
    // opening files starts a new network: the link's view belongs to the old one
    if (mode === 'replace') history.replaceState(null, '', `${location.pathname}${location.search}`);
    const s: Session = {
      name,
      curation,
      base: r.outcome.graph,
      evidence: r.outcome.evidence,
      log: curation.log(),
      positions: mode === 'add' && session ? session.positions : {},
      notes: importNotes(r.outcome),
    };
    // corrections stored for a network of this name apply to the new one too: say so
    if (!adding && s.log.entries.length) s.notes.push(`${s.log.entries.length} gespeicherte Korrektur(en) für „${name}“ angewendet (Reiter „Korrekturen“).`);
    const curated = applyCuration(s.base, s.log);
    await analyseAndShow({ ...s, report: curated.report }, s.log.entries.length ? curated.graph : s.base, null);
  } catch (e) {
    say(`${t('fileError', lang)} – ${(e as Error).message}`);
  }
}

function acceptDrops(): void {
  const over = (ev: DragEvent) => {
    if (!ev.dataTransfer?.types.includes('Files')) return;
    ev.preventDefault();
    document.body.classList.add('dropping');
  };
  document.addEventListener('dragenter', over);
  document.addEventListener('dragover', over);
  document.addEventListener('dragleave', (ev) => {
    if (ev.relatedTarget === null) document.body.classList.remove('dropping');
  });
  document.addEventListener('drop', (ev) => {
    document.body.classList.remove('dropping');
    const all = [...(ev.dataTransfer?.files ?? [])];
    if (!all.length) return;
    ev.preventDefault();
    // a dropped curation log is a log, not a graph
    const logs = all.filter((f) => /^curation.*\.json$/i.test(f.name));
    for (const f of logs) void session?.curation.importFile(f);
    const files = all.filter((f) => !logs.includes(f));
    if (files.length) void openFiles(files, session ? 'add' : 'replace');
  });
}

/** The stored corrections of a network (IndexedDB; in memory where the browser forbids storage). */
async function curationFor(name: string): Promise<CurationController> {
  const { log, warning } = await loadLog(name).catch(() => ({ log: emptyCurationLog(), warning: null }));
  return createCurationController(name, log, { warning });
}

async function boot(): Promise<void> {
  try {
    const data = await loadData(dataBase());
    const positions = data.layout?.positions ?? computeLayout(graphFromJSON(data.graph));
    const name = typeof data.graph.attributes?.['name'] === 'string' ? (data.graph.attributes['name'] as string) : 'graph.json';
    const curation = await curationFor(name);
    const s: Session = { name, curation, base: data.graph, evidence: data.evidence, log: curation.log(), positions, notes: data.notes };
    // stored corrections are applied before the first frame; without any, the shipped analysis is used as is
    if (s.log.entries.length) {
      const curated = applyCuration(s.base, s.log);
      await analyseAndShow({ ...s, report: curated.report }, curated.graph, null);
    }
    else start(s, data.graph, data.analysis, positions);
    acceptDrops();
  } catch (e) {
    showError(t('loadError', lang), (e as Error).message);
  }
}

void boot();
