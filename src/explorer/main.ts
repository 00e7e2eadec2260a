/** Entry of the explorer: load the data (or a file the user opens), build the model, start the app. */
import './styles.css';
import { App } from './app.ts';
import { buildExplorerModel } from './data/explorer-model.ts';
import { DataError, loadData, parseWith } from './data/load-data.ts';
import { GraphJSONSchema, type GraphJSON } from '../model/schema.ts';
import { computeLayout } from '../layout/force-layout.ts';
import { graphFromJSON } from '../model/graph-io.ts';
import { t } from './i18n.ts';
import { el, clear } from './panels/dom.ts';
import { AnalysisClient } from './workers/analysis-client.ts';

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
const analysisClient = new AnalysisClient();

function start(name: string, graph: GraphJSON, rest: Omit<Parameters<typeof buildExplorerModel>[0], 'name' | 'graph'>, evidence: import('../model/evidence.ts').Evidence | null, notes: string[]): void {
  const model = buildExplorerModel({ name, graph, ...rest });
  window.__netzatlas!.app?.destroy();
  window.__netzatlas!.ready = false;
  const app = new App(root, { name, model, graph, evidence, notes }, { onOpenFile: (f) => void openFile(f) });
  window.__netzatlas!.app = app;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      window.__netzatlas!.ready = true;
      window.__netzatlas!.readyAt = performance.now();
    }),
  );
}

async function openFile(file: File): Promise<void> {
  try {
    const graph = parseWith(GraphJSONSchema, await file.text(), file.name);
    window.__netzatlas?.app?.say(`${file.name}: ${t('loading', lang)}`);
    const r = await analysisClient.request({ type: 'analyze', graph: graph, layout: true });
    if (r.type !== 'analyzed') throw new DataError(file.name, 'Analyse fehlgeschlagen');
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    start(file.name, graph, { analysis: r.analysis, positions: r.positions ?? {} }, null, [`${t('loadedFile', lang)}: ${file.name}`]);
  } catch (e) {
    // the loaded network stays; the message names the file and what was wrong
    const msg = `${t('fileError', lang)} – ${(e as Error).message}`;
    const app = window.__netzatlas?.app;
    if (app) app.say(msg);
    else showError(t('fileError', lang), msg);
  }
}

async function boot(): Promise<void> {
  try {
    const base = dataBase();
    const data = await loadData(base);
    let positions = data.layout?.positions ?? null;
    if (!positions) {
      positions = computeLayout(graphFromJSON(data.graph));
    }
    const name = typeof data.graph.attributes?.['name'] === 'string' ? (data.graph.attributes['name'] as string) : 'graph.json';
    start(name, data.graph, { analysis: data.analysis, positions }, data.evidence, data.notes);
  } catch (e) {
    showError(t('loadError', lang), (e as Error).message);
  }
}

void boot();
