/**
 * Entry of the explorer. Keeps the session – the network's name, its graph before corrections,
 * its evidence, the curation log and the positions – and (re)starts the app whenever the network
 * changes: at load, when files are opened or dropped, and when a correction is made (the log is
 * applied to the uncurated graph, the analysis recomputed in the worker, the view kept).
 */
import './styles.css';
import type { Analysis } from '../analysis/index.ts';
import {
  applyCuration,
  type CurationLog,
  type CurationReportEntry,
  emptyCurationLog,
  labelsOf,
} from '../curation/index.ts';
import { computeLayout } from '../layout/index.ts';
import { type Evidence, graphFromJSON, type GraphJSON } from '../model/index.ts';
import { App } from './app.ts';
import { createCurationController, type CurationController } from './curation/controller.ts';
import { loadLog } from './curation/store.ts';
import { buildExplorerModel } from './data/explorer-model.ts';
import { browserIndexedDB } from './data/idb.ts';
import { loadData } from './data/load-data.ts';
import { createNetworkStore, type StoredNetwork } from './data/network-store.ts';
import { t } from './i18n.ts';
import { clear, el } from './panels/dom.ts';
import { AnalysisClient, CancelledError } from './workers/analysis-client.ts';
import { PROGRESS_STAGES, type ImportOutcome, type Progress, type ProgressStage } from './workers/messages.ts';

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
  root.append(
    el('main', { class: 'error-page' }, el('h1', null, title), el('p', { attrs: { role: 'alert' } }, message)),
  );
}

declare global {
  interface Window {
    /** Read by the browser tests and the benchmark: when the first complete frame was drawn. */
    __netzatlas?: { ready: boolean; readyAt: number; app: App | null };
  }
}

window.__netzatlas = { ready: false, readyAt: 0, app: null };
const worker = new AnalysisClient();
/** A second worker for the positions of a new network, so analysis and layout share the two cores. */
const layoutWorker = new AnalysisClient();
/** The last network opened from files, reopened after a reload (IndexedDB; nothing kept where storage is blocked). */
const networks = createNetworkStore(browserIndexedDB());

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
  /** Where the network comes from: the files opened (kept in the browser), or null for the sample data. */
  files: string[] | null;
  /** The positions it came with (shipped layout.json, or the import's layout) and the ones before each relayout. */
  original?: Record<string, [number, number]>;
  layoutUndo?: Array<Record<string, [number, number]>>;
  /** The positions are a layout kept from an earlier visit (so „Layout zurück“ can return to `original`). */
  keptLayout?: boolean;
}

let session: Session | null = null;

const STAGE_TEXT: Record<ProgressStage, 'progressRead' | 'progressResolve' | 'progressEvidence' | 'progressAnalyze'> = {
  read: 'progressRead',
  resolve: 'progressResolve',
  evidence: 'progressEvidence',
  analyze: 'progressAnalyze',
};

/** A step of the worker, shown under the notice line with a bar and „Abbrechen“. */
function showStep(p: Progress): void {
  const i = PROGRESS_STAGES.indexOf(p.stage);
  const text = `${t(STAGE_TEXT[p.stage], lang)} (Schritt ${i + 1} von ${PROGRESS_STAGES.length})${p.detail ? ` – ${p.detail}` : ''} …`;
  window.__netzatlas?.app?.showProgress({
    text,
    share: i / PROGRESS_STAGES.length,
    onCancel: () => {
      worker.cancel();
      layoutWorker.cancel();
    },
  });
}

function say(message: string): void {
  const app = window.__netzatlas?.app;
  if (app) app.say(message);
  else showError(t('fileError', lang), message);
}

function start(
  s: Session,
  graph: GraphJSON,
  analysis: Analysis | null,
  positions: Record<string, [number, number]>,
): void {
  session = s;
  const model = buildExplorerModel({ name: s.name, graph, analysis, positions });
  window.__netzatlas!.app?.destroy();
  window.__netzatlas!.ready = false;
  const app = new App(
    root,
    {
      name: s.name,
      model,
      graph,
      evidence: s.evidence,
      notes: s.notes,
      curationLog: s.log,
      curation: s.curation,
      labelOfKey: labelsOf(s.base),
      curationReport: s.report ?? [],
      fromFiles: s.files !== null,
    },
    {
      onFiles: (files, mode) => void openFiles(files, mode),
      onCuration: (log) => void recurate(log),
      onShowSamples: () => void showSamples(),
      onLayout: (positions) => newLayout(positions),
      undoLayout,
      canUndoLayout: () =>
        !!session && ((session.layoutUndo?.length ?? 0) > 0 || (session.keptLayout === true && !!session.original)),
    },
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
  // analysis and layout at the same time, each in its own worker
  const [r, laid] = await Promise.all([
    worker.request({ type: 'analyze', graph }, showStep),
    missing ? layoutWorker.request({ type: 'layout', graph }) : Promise.resolve(null),
  ]);
  if (r.type !== 'analyzed') throw new Error('Analyse fehlgeschlagen');
  const positions = laid?.type === 'laidOut' ? { ...laid.positions, ...s.positions } : s.positions;
  start({ ...s, positions }, graph, r.analysis, positions);
}

/** A new curation log: applied to the network before corrections, everything else kept. */
async function recurate(log: CurationLog): Promise<void> {
  if (!session) return;
  try {
    const curated = applyCuration(session.base, log);
    await analyseAndShow(
      { ...session, log, report: curated.report },
      log.entries.length ? curated.graph : session.base,
      null,
    );
  } catch (e) {
    say(`${t('fileError', lang)} – ${(e as Error).message}`);
  }
}

function importNotes(o: ImportOutcome): string[] {
  const notes = [
    `${t('importDone', lang)}: ${o.documents} Dokument(e), ${o.graphs} Graphdatei(en), ${o.warnings.length} ${t('importWarnings', lang)}, ${o.refused.length} ${t('importRefused', lang)}.`,
  ];
  for (const r of o.refused.slice(0, 5)) notes.push(r.message);
  for (const w of o.warnings.slice(0, 5)) notes.push(`${w.file}: ${w.message}`);
  return notes;
}

/** New files, a new network: the link's view belongs to the old one, which stops writing it until it is replaced. */
function clearLink(): void {
  window.__netzatlas?.app?.releaseLink();
  history.replaceState(null, '', `${location.pathname}${location.search}`);
}

/** The opening failed: the network shown keeps its link. */
function resumeLink(): void {
  window.__netzatlas?.app?.resumeLink();
}

async function openFiles(files: File[], mode: 'replace' | 'add'): Promise<void> {
  try {
    window.__netzatlas?.app?.say(t('importing', lang));
    const inputs = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    const base =
      mode === 'add' && session ? { name: session.name, graph: session.base, evidence: session.evidence } : null;
    const r = await worker.request({ type: 'import', files: inputs, base }, showStep);
    if (r.type !== 'imported') throw new Error('Import fehlgeschlagen');
    const adding = mode === 'add' && session;
    // corrections belong to the network's name (graph.json's `name`, "Netzatlas" for every
    // extraction): re-running the extraction on the same or new documents finds them again
    const named = r.outcome.graph.attributes?.['name'];
    const name = adding ? session!.name : typeof named === 'string' && named ? named : files[0]!.name;
    const curation = session && session.name === name ? session.curation : await curationFor(name);
    // opening files starts a new network: the link's view belongs to the old one
    if (mode === 'replace') clearLink();
    const s: Session = {
      name,
      curation,
      base: r.outcome.graph,
      evidence: r.outcome.evidence,
      log: curation.log(),
      positions: mode === 'add' && session ? session.positions : {},
      notes: importNotes(r.outcome),
      files: [...(adding ? (session!.files ?? ['Beispieldaten']) : []), ...files.map((f) => f.name)],
    };
    // corrections stored for a network of this name apply to the new one too: say so
    if (!adding && s.log.entries.length)
      s.notes.push(
        `${s.log.entries.length} gespeicherte Korrektur(en) für „${name}“ angewendet (Reiter „Korrekturen“).`,
      );
    const curated = applyCuration(s.base, s.log);
    await analyseAndShow({ ...s, report: curated.report }, s.log.entries.length ? curated.graph : s.base, null);
    await keepNetwork();
  } catch (e) {
    window.__netzatlas?.app?.showProgress(null);
    resumeLink();
    // cancelled: the network shown stays as it was
    if (e instanceof CancelledError) say(t('importCancelled', lang));
    else say(`${t('fileError', lang)} – ${(e as Error).message}`);
  }
}

/** The network just opened, kept for the next start; a refusal (quota, blocked storage) is said, not hidden. */
async function keepNetwork(): Promise<void> {
  const s = session;
  if (!s?.files) return;
  try {
    await networks.save({ name: s.name, files: s.files, graph: s.base, evidence: s.evidence, positions: s.positions });
  } catch (e) {
    window.__netzatlas?.app?.say([...s.notes, (e as Error).message].join(' · '));
  }
}

/** A layout computed on the map: kept for the next visit, the one before it can be brought back. */
function newLayout(positions: Record<string, [number, number]>): void {
  if (!session) return;
  session.layoutUndo = [...(session.layoutUndo ?? []), session.positions].slice(-10);
  session.positions = positions;
  void keepLayout();
}

/** „Layout zurück“: the layout before the last relayout, or the one the network came with. */
function undoLayout(): Record<string, [number, number]> | null {
  if (!session) return null;
  const stack = session.layoutUndo ?? [];
  let previous = stack.pop();
  if (!previous && session.keptLayout && session.original) {
    previous = session.original; // before the first relayout of this visit: back to the shipped layout
    session.keptLayout = false;
  }
  if (!previous) return null;
  session.layoutUndo = stack;
  session.positions = previous;
  void keepLayout();
  return previous;
}

async function keepLayout(): Promise<void> {
  const s = session;
  if (!s) return;
  if (s.files) return keepNetwork();
  try {
    const atOriginal = !s.layoutUndo?.length && !s.keptLayout;
    await networks.saveLayout(dataBase(), atOriginal ? null : s.positions);
  } catch (e) {
    window.__netzatlas?.app?.say((e as Error).message);
  }
}

/** „Beispieldaten zeigen“: the stored network is forgotten and the shipped data shown (its corrections stay stored). */
async function showSamples(): Promise<void> {
  await networks.clear().catch(() => undefined);
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  await bootSamples();
}

/** The sentence that says a kept network was reopened, and how to leave it. */
function reopenedNote(n: StoredNetwork): string {
  const when = new Date(n.savedAt);
  const at = Number.isNaN(when.getTime())
    ? n.savedAt
    : when.toLocaleString(lang === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'medium', timeStyle: 'short' });
  return t('networkReopened', lang, { name: n.name, files: n.files.join(', '), at });
}

/** Leaving the page with corrections that are neither stored nor exported asks first (the browser's own dialog). */
function guardUnload(): void {
  window.addEventListener('beforeunload', (ev) => {
    if (!session?.curation.hasUnsaved()) return;
    ev.preventDefault();
    ev.returnValue = ''; // older Chromium needs it set
  });
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

/** The shipped data (or the folder of `?daten=`), with its stored corrections. */
async function bootSamples(notes: string[] = []): Promise<void> {
  try {
    const data = await loadData(dataBase());
    const original = data.layout?.positions ?? computeLayout(graphFromJSON(data.graph));
    // a layout computed on the map last time wins, for the nodes it has
    const kept = await networks.loadLayout(dataBase());
    const positions = kept ? { ...original, ...pick(kept, original) } : original;
    const name = typeof data.graph.attributes?.['name'] === 'string' ? data.graph.attributes['name'] : 'graph.json';
    const curation = await curationFor(name);
    const s: Session = {
      name,
      curation,
      base: data.graph,
      evidence: data.evidence,
      log: curation.log(),
      positions,
      notes: [...notes, ...data.notes],
      files: null,
      original,
      keptLayout: !!kept,
    };
    // stored corrections are applied before the first frame; without any, the shipped analysis is used as is
    if (s.log.entries.length) {
      const curated = applyCuration(s.base, s.log);
      await analyseAndShow({ ...s, report: curated.report }, curated.graph, null);
    } else start(s, data.graph, data.analysis, positions);
  } catch (e) {
    showError(t('loadError', lang), (e as Error).message);
  }
}

/** The entries of `from` whose keys `like` has. */
function pick<T>(from: Record<string, T>, like: Record<string, unknown>): Record<string, T> {
  return Object.fromEntries(Object.entries(from).filter(([k]) => Object.hasOwn(like, k)));
}

/** The network kept from the last visit, as it was imported, with its corrections applied. */
async function reopen(n: StoredNetwork): Promise<void> {
  const curation = await curationFor(n.name);
  const s: Session = {
    name: n.name,
    curation,
    base: n.graph,
    evidence: n.evidence,
    log: curation.log(),
    positions: n.positions,
    notes: [reopenedNote(n)],
    files: n.files,
    original: n.positions,
  };
  // (a relayout of a kept network is saved into the network itself: after a reload it is its layout)
  const curated = applyCuration(s.base, s.log);
  await analyseAndShow({ ...s, report: curated.report }, s.log.entries.length ? curated.graph : s.base, null);
}

async function boot(): Promise<void> {
  acceptDrops();
  guardUnload();
  // a link to a data folder (?daten=) means that folder, not what was opened last
  const explicit = new URLSearchParams(location.search).has('daten');
  const kept = explicit ? { network: null, warning: null } : await networks.load();
  if (kept.network) {
    try {
      await reopen(kept.network);
      return;
    } catch (e) {
      await networks.clear().catch(() => undefined);
      kept.warning = `${t('networkReopenFailed', lang)} (${(e as Error).message})`;
    }
  }
  await bootSamples(kept.warning ? [kept.warning] : []);
}

void boot();
