/**
 * The explorer application: holds the view state, turns every change into derived arrays
 * (visibility, colours, sizes, legend), hands them to the map and redraws the panels. All state
 * changes go through `dispatch` and the pure reducer; the URL hash mirrors the state.
 */
import { IMPORT_FILE_EXTENSIONS } from '../formats/index.ts';
import type { CurationLog, CurationReportEntry } from '../curation/index.ts';
import type { CurationController } from './curation/controller.ts';
import type { Evidence, GraphJSON } from '../model/index.ts';
import type { ExplorerModel } from './data/explorer-model.ts';
import { parseWith } from './data/load-data.ts';
import { browserPseudonymKey, exportData, type DataFormat } from './export/data-export.ts';
import { downloadBlob, downloadScenePng, downloadSceneSvg } from './export/download.ts';
import { safeFileName } from './export/file-name.ts';
import { t, type TextKey } from './i18n.ts';
import { MapView } from './map/map-view.ts';
import { sceneFromMap } from './map/scene-from-map.ts';
import { startRelayout, type Relayout } from './map/relayout.ts';
import type { MeasureKey } from './measures.ts';
import { MEASURES } from './measures.ts';
import { chartsPanel } from './panels/charts-panel.ts';
import { clusterPanel } from './panels/cluster-panel.ts';
import { comparePanel, type CompareController } from './panels/compare-panel.ts';
import { button, clear, el, selectOf } from './panels/dom.ts';
import { exportMenu } from './panels/export-menu.ts';
import { filterPanel } from './panels/filter-panel.ts';
import { gapPanel } from './panels/gap-panel.ts';
import { legendPanel } from './panels/legend-panel.ts';
import { filterWords } from './state/filter-words.ts';
import { nodePanel } from './panels/node-panel.ts';
import { searchBox } from './panels/search-box.ts';
import { DEFAULT_TABLE_COLUMNS, tableView, type TableColumn } from './panels/table-view.ts';
import { viewsPanel } from './panels/views-panel.ts';
import { legendFor, nodeColours, nodeSizes, type Legend } from './state/appearance.ts';
import {
  computeVisibility,
  LARGE_NETWORK_NODES,
  sgbClusterKeys,
  startFilters,
  type Visibility,
} from './state/filter.ts';
import { gapGhosts } from './state/gap-ghosts.ts';
import { kreisOverview, type KreisOverview } from './state/kreis-overview.ts';
import { overviewLegend, overviewPoints, pointsExtent } from './state/overview-view.ts';
import { overviewPanel } from './panels/overview-panel.ts';
import { personAliases, personNameParts } from './state/privacy.ts';
import { reduce, type Action } from './state/reducer.ts';
import type { SortState } from './state/table-rows.ts';
import { decodeHash, encodeHash } from './state/url-hash.ts';
import {
  ARRANGEMENTS,
  COLOUR_OPTIONS,
  LEVELS,
  SavedViewsSchema,
  SIZE_OPTIONS,
  TABS,
  type SavedView,
  type Tab,
  type ViewState,
} from './state/view-state.ts';
import { cameraStep } from './map/keyboard-camera.ts';
import type { Backdrop } from './map/backdrop-layer.ts';
import { frameBesideLegend, type Extent } from './map/frame-beside-legend.ts';
import { geoLayout, type GeoLayout } from '../layout/index.ts';

const TAB_TEXT: Record<Tab, TextKey> = {
  details: 'tabDetails',
  filters: 'tabFilters',
  gaps: 'tabGaps',
  clusters: 'tabClusters',
  charts: 'tabCharts',
  table: 'tabTable',
  compare: 'tabCompare',
  views: 'tabViews',
  curation: 'tabCuration',
};

const VIEWS_STORAGE = 'netzatlas.savedViews.v1';

/** Pixels between the legend and the Land's outermost node centres: the largest node's radius and a little air. */
const LEGEND_GAP_PX = 24;

export interface AppData {
  name: string;
  model: ExplorerModel;
  /** The network shown (after corrections). */
  graph: GraphJSON;
  evidence: Evidence | null;
  notes: string[];
  curationLog: CurationLog;
  /** Corrections of this network: one controller per network, kept across restarts of the app. */
  curation: CurationController;
  /** Labels of the network before corrections (for the log's one-liners). */
  labelOfKey(key: string): string | undefined;
  /** What applying the log did, entry by entry. */
  curationReport: readonly CurationReportEntry[];
  /** The network was opened from files (then „Beispieldaten zeigen“ leads back to the shipped data). */
  fromFiles?: boolean;
}

export interface AppHooks {
  /** Files opened or dropped: `replace` opens them as a new network, `add` merges them into this one. */
  onFiles(files: File[], mode: 'replace' | 'add'): void;
  /** The curation log changed: re-apply it and redraw. */
  onCuration(log: CurationLog): void;
  /** „Beispieldaten zeigen“: forget the opened network and show the shipped one. */
  onShowSamples?(): void;
  /** A relayout came to rest: keep these positions (the session remembers the ones before). */
  onLayout?(positions: Record<string, [number, number]>): void;
  /** „Layout zurück“: the positions to show again, or null when there are none. */
  undoLayout?(): Record<string, [number, number]> | null;
  canUndoLayout?(): boolean;
}

export class App {
  state: ViewState;
  readonly model: ExplorerModel;
  private visibility: Visibility;
  private colours: string[];
  private sizes: Float32Array;
  private legend!: Legend;
  private readonly clusterKeys: Set<string>;
  private readonly map: MapView;
  private pseudonyms: Map<string, string>;
  private readonly nameParts: string[];
  private savedViews: SavedView[];
  private currentView: number | null = null;
  private tableSort: SortState = { key: 'degree', descending: true };
  private tableColumns: TableColumn[] = [...DEFAULT_TABLE_COLUMNS];
  private chartMeasure: MeasureKey = 'betweenness';
  private chartInsist = false;
  private openGap: number | null = null;
  private relayout: Relayout | null = null;
  private notice: string | null = null;
  private cameraTimer: ReturnType<typeof setTimeout> | null = null;
  /** The hash as this app last wrote it: anything else in the address came from outside. */
  private lastHash = location.hash;
  private readonly compare: CompareController;
  private readonly mapResize: ResizeObserver | null;
  /** The geographic arrangement, computed the first time it is shown. */
  private geo: GeoLayout | null = null;
  /** The Kreis overview of what the filters show, while the map shows it (computed when first needed). */
  private overview: KreisOverview | null = null;
  /** The group of the overview whose details are open (not part of a link: it names no node). */
  private overviewSelected: string | null = null;
  /** The network positions while the geographic arrangement is shown (restored when switching back). */
  private networkPositions: Record<string, [number, number]> | null = null;

  private readonly header = el('header', { class: 'toolbar' });
  private readonly mapBox = el('div', {
    class: 'map',
    attrs: { id: 'map', role: 'img', tabindex: 0, 'aria-keyshortcuts': 'ArrowLeft ArrowRight ArrowUp ArrowDown + - 0' },
  });
  private readonly legendBox = el('div', {
    class: 'legend',
    attrs: { id: 'legend', role: 'region', 'aria-live': 'polite', tabindex: 0 },
  });
  private readonly tabList = el('div', { class: 'tabs', attrs: { role: 'tablist' } });
  private readonly panel = el('div', { class: 'panel', attrs: { role: 'tabpanel', id: 'panel', tabindex: 0 } });
  private readonly aside = el('aside', { class: 'side' });
  private readonly noticeBox = el('p', { class: 'notice', attrs: { role: 'status', id: 'notice' } });
  private readonly progressBox = el('div', { class: 'progress-line', attrs: { id: 'import-progress', hidden: true } });
  private readonly presenterBar = el('div', { class: 'presenter-bar', attrs: { hidden: true } });

  constructor(
    private readonly root: HTMLElement,
    private readonly data: AppData,
    private readonly hooks: AppHooks,
  ) {
    this.model = data.model;
    const decoded = decodeHash(location.hash, (k) => this.model.byKey.has(k));
    this.state = decoded.state;
    // on a phone the open legend would cover most of the map: folded unless the link says otherwise
    if (typeof window !== 'undefined' && window.innerWidth < 700 && !/[#&]legende=/.test(location.hash))
      this.state = { ...this.state, legendOpen: false };
    if (decoded.ignored.length) this.notice = `${t('hashIgnored', this.state.language)}: ${decoded.ignored.join(', ')}`;
    else if (data.notes.length) this.notice = data.notes.join(' · ');
    this.clusterKeys = sgbClusterKeys(this.model);
    // a large network opened without a link of its own starts with the Kreis overview of its organisations and projects
    const start = location.hash.replace(/^#/, '') === '' ? startFilters(this.model, this.state.filters) : null;
    if (start) this.startLarge(start);
    this.visibility = computeVisibility(this.model, this.state.filters, this.clusterKeys);
    this.colours = nodeColours(this.model, this.state.colourBy);
    this.sizes = nodeSizes(this.model, this.state.sizeBy);
    this.pseudonyms = personAliases(this.model, this.state.language, browserPseudonymKey());
    this.nameParts = personNameParts(this.model);
    this.savedViews = this.loadViews();

    clear(root);
    const mapRow = el('div', { class: 'map-row' }, this.mapBox, this.legendBox);
    const mapArea = el('div', { class: 'map-area' }, mapRow, this.presenterBar);
    this.aside.append(this.tabList, this.panel);
    root.append(
      this.skipLink(),
      this.header,
      this.noticeBox,
      this.progressBox,
      el('main', { class: 'layout' }, mapArea, this.aside),
    );
    this.map = new MapView(this.mapBox, this.model, {
      onClickNode: (key) => this.dispatch({ type: 'select', key }),
      onClickGroup: (key) => this.chooseGroup(key),
      onOpenGroup: (key) => {
        const place = this.overview?.groups.find((g) => g.key === key)?.place;
        if (place) this.dispatch({ type: 'expandKreis', municipality: place });
      },
      onClickStage: () => {
        if (this.overviewSelected) this.chooseGroup(null);
        else if (this.state.selected || this.state.focus.length)
          this.dispatch({ type: 'focus', keys: [], select: null });
      },
      onCamera: (c) => {
        if (this.destroyed) return;
        // written once the movement has settled, so a link holds where the camera came to rest
        if (this.cameraTimer) clearTimeout(this.cameraTimer);
        this.cameraTimer = setTimeout(() => {
          this.cameraTimer = null;
          if (this.destroyed || this.linkReleased) return;
          // a link changed the hash and its hashchange has not arrived yet: take it first, never overwrite it
          if (location.hash !== this.lastHash) this.restoreFromHash();
          this.state = reduce(this.state, { type: 'setCamera', camera: { x: c.x, y: c.y, ratio: c.ratio } });
          this.writeHash();
        }, 200);
      },
    });
    this.compare = comparePanel({
      model: this.model,
      graph: data.graph,
      // over the map and its legend; the presenter's caption with its exit button stays below
      mapArea: mapRow,
      lang: () => this.state.language,
      choice: () => this.state.compare,
      onChoice: (compare) => this.dispatch({ type: 'setCompare', compare }),
      sizeOf: (key) => this.sizes[this.model.byKey.get(key) ?? -1] ?? 4,
      positions: () => this.mapPositions(),
      geo: () =>
        this.state.arrangement === 'geo' && this.geoFrame
          ? { frame: this.geoFrame, backdrop: this.geoBackdrop() }
          : null,
      aliases: () => (this.state.presenter ? this.pseudonyms : null),
    });
    // a link or saved view may open the geographic arrangement: computed first, so the legend counts the group without a place
    if (this.state.arrangement !== 'network') this.geoLayout();
    this.mapBox.addEventListener('keydown', (ev) => this.onMapKey(ev));
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('resize', this.reframe);
    // the map also changes size without the window (the notice line, the presenter's details): labels and the Land follow
    this.mapResize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(this.reframe);
    this.mapResize?.observe(this.mapBox);
    // Back/Forward between entries made by pushState fire popstate (hashchange only where the fragment differs)
    window.addEventListener('popstate', this.onHashChange);
    document.addEventListener('keydown', this.onKeyDown);
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    // a link may open the presentation directly
    if (this.state.presenter) document.body.classList.add('presenter');
    this.setCurationContext();
    this.renderAll();
    // arranged once the legend is drawn (the frame leaves room for it); the link's camera is meant for that frame
    if (this.state.arrangement !== 'network') this.applyArrangement();
    if (this.state.camera) this.map.setCamera(this.state.camera);
    // a link that names a selection but no camera shows that node, as it does in an open tab (moveCamera)
    else if (this.state.selected) this.map.focusNodes([this.state.selected]);
  }

  /** The start of a large network: the overview when it has places to tell apart, the notice saying how to leave it. */
  private startLarge(filters: ViewState['filters']): void {
    const visibility = computeVisibility(this.model, filters, this.clusterKeys);
    const places = kreisOverview(this.model, visibility.nodes, visibility.edges, () => [0, 0]).groups.length;
    const overview = places > 1;
    this.state = { ...this.state, filters, level: overview ? 'kreise' : 'nodes' };
    const n = this.model.nodes.length.toLocaleString('de-DE');
    const note = t(overview ? 'largeNetworkStart' : 'largeNetworkStartKinds', this.state.language, { n });
    this.notice = this.notice ? `${this.notice} · ${note}` : note;
  }

  /** A node chosen by the search, the table or a chart: in the overview its Kreis opens with it chosen. */
  private chooseFound(key: string): void {
    const i = this.model.byKey.get(key);
    const group = i === undefined || !this.overview ? undefined : this.overview.groups[this.overview.groupOf[i] ?? -1];
    if (this.state.level === 'kreise' && group?.place)
      this.dispatch({ type: 'expandKreis', municipality: group.place, select: key });
    else {
      // a node without a place is shown among all nodes
      if (this.state.level === 'kreise') this.dispatch({ type: 'setLevel', level: 'nodes' });
      this.dispatch({ type: 'select', key });
    }
  }

  /** A group of the overview chosen (on the map or in the list): its details open. */
  private chooseGroup(key: string | null): void {
    this.overviewSelected = key;
    if (key && this.state.tab !== 'details') this.dispatch({ type: 'setTab', tab: 'details' });
    else {
      this.updateMap();
      this.renderPanel();
    }
  }

  private setCurationContext(): void {
    this.data.curation.setContext({
      model: this.model,
      lang: this.state.language,
      labelOf: this.labelOf,
      onChange: (log) => this.hooks.onCuration(log),
      presenter: this.state.presenter,
      notify: (m) => this.say(m),
      labelOfKey: (k) => this.data.labelOfKey(k),
      report: this.data.curationReport,
    });
  }

  /** „Zur Tabellenansicht springen“ opens the table tab and puts the focus on it (not on whatever tab was open). */
  private skipLink(): HTMLElement {
    const link = el('a', { class: 'skip', attrs: { href: '#panel' } }, t('skipToTable', this.state.language));
    link.addEventListener('click', (ev) => {
      ev.preventDefault();
      if (this.state.tab !== 'table') this.dispatch({ type: 'setTab', tab: 'table' });
      this.panel.focus();
    });
    return link;
  }

  /** Arrows, + / − and 0 on the focused map (keyboard-camera.ts); other keys stay with the page. */
  private onMapKey(ev: KeyboardEvent): void {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    // presenting saved views, left/right are the clicker's keys and step through the views (onKey)
    if (this.state.presenter && this.savedViews.length && (ev.key === 'ArrowLeft' || ev.key === 'ArrowRight')) return;
    const step = cameraStep(ev.key, ev.shiftKey, this.map.camera());
    if (!step) return;
    ev.preventDefault();
    if ('reset' in step) this.frameVisible();
    else this.map.moveCamera(step.pose);
  }

  private readonly onHashChange = () => this.restoreFromHash();
  private readonly onKeyDown = (ev: KeyboardEvent) => this.onKey(ev);
  private readonly onFullscreenChange = () => {
    if (!document.fullscreenElement && this.state.presenter) this.dispatch({ type: 'setPresenter', presenter: false });
  };

  /** Before another network replaces this one: listeners off, WebGL contexts and workers freed. */
  destroy(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('resize', this.reframe);
    this.mapResize?.disconnect();
    window.removeEventListener('popstate', this.onHashChange);
    document.removeEventListener('keydown', this.onKeyDown);
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    this.destroyed = true;
    this.relayout?.kill();
    if (this.cameraTimer) clearTimeout(this.cameraTimer);
    this.map.kill();
    document.body.classList.remove('presenter');
  }

  /**
   * The step an import or analysis is at, under the notice line: what it does, a bar for the share of
   * the steps done, and „Abbrechen“; null takes it away.
   */
  showProgress(p: { text: string; share: number; onCancel: () => void } | null): void {
    clear(this.progressBox);
    this.progressBox.hidden = p === null;
    if (!p) return;
    const lang = this.state.language;
    const bar = el('progress', { attrs: { max: 1, 'aria-label': t('progressLabel', lang) } });
    bar.value = p.share;
    this.progressBox.append(
      el('span', { class: 'progress-text', attrs: { role: 'status' } }, p.text),
      bar,
      button(t('progressCancel', lang), () => p.onCancel(), { attrs: { id: 'import-cancel' } }),
    );
  }

  /** A message in the notice line under the toolbar. */
  say(message: string): void {
    this.notice = message;
    this.noticeBox.textContent = message;
    this.noticeBox.hidden = false;
  }

  // ---------------------------------------------------------------- state

  dispatch(action: Action): void {
    const before = this.state;
    this.state = reduce(before, action);
    const s = this.state;
    this.updateDerived(before, s);
    this.moveCamera(action, before, s);
    if (s.presenter !== before.presenter) this.applyPresenter();
    if (s.presenter !== before.presenter || s.language !== before.language) this.setCurationContext();
    if (s.language !== before.language || s.presenter !== before.presenter) this.renderAll();
    else {
      // „Ebene“ appears for large networks and for a level other than all nodes
      if (s.level !== before.level) this.renderHeaderKeepingFocus();
      this.syncHeader();
      this.updateMap();
      this.renderPanel();
      this.renderTabs();
    }
    // the other level is another graph on the map: framed once it is drawn (a link brings its own camera)
    if (s.level !== before.level) {
      if (action.type === 'restore' && s.camera) this.map.setCamera(s.camera);
      else this.frameVisible();
    }
    // an open comparison follows the arrangement, sizes, names and language (its analysis stays)
    this.compare.refresh();
    // a new selection is a step Back/Forward can return to; everything else replaces the entry
    this.writeHash(action.type !== 'restore' && s.selected !== before.selected);
  }

  /** What follows from the state: visibility, colours, sizes, aliases, the open gap, the arrangement's positions. */
  private updateDerived(before: ViewState, s: ViewState): void {
    // the ghost belongs to the open gap: once its emphasis is cleared (Escape, a click on the map) it goes
    if (!s.focus.length && this.openGap !== null) this.openGap = null;
    if (s.filters !== before.filters) this.visibility = computeVisibility(this.model, s.filters, this.clusterKeys);
    // the overview follows the filters and the positions of the arrangement
    if (s.filters !== before.filters || s.arrangement !== before.arrangement || s.level !== 'kreise')
      this.overview = null;
    if (s.level !== 'kreise') this.overviewSelected = null;
    if (s.colourBy !== before.colourBy) this.colours = nodeColours(this.model, s.colourBy);
    if (s.sizeBy !== before.sizeBy) this.sizes = nodeSizes(this.model, s.sizeBy);
    if (s.language !== before.language) this.pseudonyms = personAliases(this.model, s.language, browserPseudonymKey());
    if (s.arrangement !== before.arrangement) this.applyArrangement();
    else if (s.language !== before.language && s.arrangement === 'geo') this.map.setBackdrop(this.geoBackdrop());
  }

  /** Where the camera goes after an action: a link's or saved view's own camera, a selection, or what remains after a filter change. */
  private moveCamera(action: Action, before: ViewState, s: ViewState): void {
    const restoredCamera = action.type === 'restore' && s.camera;
    // a filter change frames what remains (a link or saved view brings its own camera)
    if (s.filters !== before.filters && action.type !== 'restore' && !this.keepCamera) this.frameVisible();
    // a switch of the arrangement frames the map; a link or saved view with a camera of its own is set just below
    if (s.arrangement !== before.arrangement && !restoredCamera) this.frameVisible();
    if (restoredCamera) this.map.setCamera(s.camera);
    // a link that names a selection but no camera shows that node
    else if (action.type === 'restore' && s.selected && s.selected !== before.selected)
      this.map.focusNodes([s.selected]);
    if (action.type === 'select' && action.key) this.map.focusNodes([action.key]);
  }

  /** The toolbar's selects show the state, however it changed (a saved view, a link, Back). */
  private syncHeader(): void {
    const set = (id: string, value: string) => {
      const sel = this.header.querySelector<HTMLSelectElement>(`#${id}`);
      if (sel && sel.value !== value) sel.value = value;
    };
    set('size-by', this.state.sizeBy);
    set('colour-by', this.state.colourBy);
    set('arrangement', this.state.arrangement);
    set('level', this.state.level === 'kreise' ? 'kreise' : 'nodes');
    const relayout = this.header.querySelector<HTMLButtonElement>('#relayout');
    if (relayout) relayout.disabled = this.state.arrangement === 'geo' || this.state.level === 'kreise';
    // „Zurück zur Kreisübersicht“ belongs to one opened Kreis
    const back = this.header.querySelector<HTMLElement>('#overview-back');
    if (back) back.hidden = this.state.level !== 'kreis';
    set('language', this.state.language);
  }

  private restoreFromHash(): void {
    const decoded = decodeHash(location.hash, (k) => this.model.byKey.has(k));
    if (encodeHash(decoded.state) === encodeHash(this.state)) {
      this.lastHash = location.hash;
      return;
    }
    this.dispatch({ type: 'restore', state: decoded.state });
  }

  /**
   * Files are opening as a new network: the address was cleared for it, and this network, still shown
   * until the new one is ready, must not write its view (a camera coming to rest) into it.
   */
  releaseLink(): void {
    this.linkReleased = true;
    if (this.cameraTimer) clearTimeout(this.cameraTimer);
    this.cameraTimer = null;
  }

  /** The opening failed or was cancelled: this network keeps the address again. */
  resumeLink(): void {
    this.linkReleased = false;
    this.writeHash();
  }

  private linkReleased = false;

  private writeHash(push = false): void {
    if (this.linkReleased) return;
    const hash = encodeHash(this.state);
    if (hash !== location.hash && !(hash === '' && location.hash === '')) {
      const url = `${location.pathname}${location.search}${hash}`;
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    this.lastHash = location.hash;
  }

  private labelOf = (index: number): string => {
    const n = this.model.nodes[index]!;
    return (this.state.presenter && this.pseudonyms.get(n.key)) || n.label;
  };

  // ---------------------------------------------------------------- drawing

  private renderAll(): void {
    document.documentElement.lang = this.state.language;
    this.mapBox.setAttribute('aria-label', t('mapLabel', this.state.language));
    this.renderHeader();
    this.updateMap();
    this.renderTabs();
    this.renderPanel();
    this.renderPresenterBar();
  }

  private updateMap(): void {
    const s = this.state;
    if (s.level !== 'kreise' && this.map.showsOverview) {
      this.overviewFrame = null;
      this.map.showOverview(null, this.geoFrame ? this.frameBesideLegend(this.geoFrame) : null);
    }
    if (s.level !== 'kreise') delete this.mapBox.dataset['overview'];
    const focus = new Set<number>();
    for (const k of s.focus) {
      const i = this.model.byKey.get(k);
      if (i !== undefined) focus.add(i);
    }
    const sel = s.selected ? (this.model.byKey.get(s.selected) ?? null) : null;
    this.map.update({
      nodes: this.visibility.nodes,
      edges: this.visibility.edges,
      colours: this.colours,
      sizes: this.sizes,
      selected: sel,
      focus,
      labels: s.presenter ? this.pseudonyms : null,
      large: s.presenter,
    });
    const gap = this.openGap === null ? undefined : this.model.analysis?.gaps[this.openGap];
    const ghosts = gap ? gapGhosts(this.model, gap, s.language) : [];
    this.map.setGhosts(ghosts);
    // read by assistive technology and the browser tests: what the dashed marks say
    this.mapBox.dataset['ghosts'] = ghosts.map((g) => g.label).join(' | ');
    this.legend = legendFor(this.model, s.colourBy, this.visibility.nodes, this.visibility.edges, s.language);
    if (s.arrangement === 'geo' && this.geo) {
      // the group without a place counts what is shown, like the rest of the legend
      const unplaced = this.geo.unplaced.filter((k) => this.visibility.nodes[this.model.byKey.get(k) ?? -1]).length;
      const lines = [{ id: 'legend-backdrop', text: t('geoBackdrop', s.language, { n: this.geo.backdrop.length }) }];
      if (unplaced) lines.push({ id: 'legend-unplaced', text: t('geoUnplaced', s.language, { n: unplaced }) });
      this.legend = { ...this.legend, notes: { title: t('arrangementGeo', s.language), lines } };
    }
    if (s.level === 'kreise') this.drawOverview();
    this.renderLegend();
    this.noticeBox.textContent = this.notice ?? '';
    this.noticeBox.hidden = !this.notice;
  }

  /** The Kreis overview on the map and in the legend, from the shown nodes at their drawn positions. */
  private drawOverview(): void {
    const lang = this.state.language;
    if (!this.overview) {
      const g = this.map.graph;
      this.overview = kreisOverview(this.model, this.visibility.nodes, this.visibility.edges, (i) => {
        const a = g.getNodeAttributes(this.model.nodes[i]!.key);
        return [a.x, a.y];
      });
    }
    const o = this.overview;
    if (this.overviewSelected && !o.groups.some((g) => g.key === this.overviewSelected)) this.overviewSelected = null;
    const box = this.mapBox.getBoundingClientRect();
    const padding = this.map.sigma.getSetting('stagePadding') ?? 0;
    // three quarters: the frame beside the legend leaves a little less than the whole map
    const across = Math.max(200, (Math.min(box.width, box.height) - 2 * padding) * 0.75);
    const points = overviewPoints(this.model, o, lang, across);
    this.overviewFrame = pointsExtent(points.nodes);
    this.map.showOverview({ ...points, selected: this.overviewSelected }, this.frameBesideLegend(this.overviewFrame));
    this.map.setGhosts([]);
    this.mapBox.dataset['ghosts'] = '';
    this.mapBox.dataset['overview'] = String(o.groups.length);
    this.legend = overviewLegend(this.model, o, lang);
  }

  /** Keys plus the shown nodes tied to them. */
  private withNeighbours(keys: readonly string[]): string[] {
    const out = new Set(keys);
    for (const k of keys) {
      const i = this.model.byKey.get(k);
      if (i === undefined) continue;
      for (const ei of this.model.incident[i]!) {
        const e = this.model.edges[ei]!;
        if (!this.visibility.edges[ei]) continue;
        out.add(this.model.nodes[e.source === i ? e.target : e.source]!.key);
      }
    }
    return [...out];
  }

  /** Set by destroy: a late camera event or timer of the replaced network does nothing. */
  private destroyed = false;
  private toolsOpen = false;
  private keepCamera = false;

  /** The camera on the nodes shown: the whole map when nothing is filtered out. */
  private frameVisible(): void {
    if (
      this.state.level === 'kreise' ||
      this.visibility.nodeCount === this.model.nodes.length ||
      this.visibility.nodeCount === 0
    ) {
      this.map.resetCamera();
      return;
    }
    this.map.focusNodes(this.model.nodes.filter((n) => this.visibility.nodes[n.index]).map((n) => n.key));
  }

  private renderLegend(): void {
    const lang = this.state.language;
    clear(this.legendBox);
    this.legendBox.setAttribute('aria-label', this.legend.title);
    const open = this.state.legendOpen;
    this.legendBox.classList.toggle('collapsed', !open);
    const toggle = button(
      open ? '−' : t('legendToggle', lang),
      () => {
        this.dispatch({ type: 'setLegendOpen', open: !open });
        this.legendBox.querySelector<HTMLElement>('.legend-toggle')?.focus();
      },
      {
        attrs: {
          class: 'legend-toggle',
          'aria-expanded': String(open),
          'aria-label': t(open ? 'legendHide' : 'legendShow', lang),
          title: t(open ? 'legendHide' : 'legendShow', lang),
        },
      },
    );
    this.legendBox.append(toggle, legendPanel(this.legend));
    // the legend may have grown or been folded: the Land keeps clear of it
    this.reframe();
  }

  private renderHeaderKeepingFocus(): void {
    const id = document.activeElement && this.header.contains(document.activeElement) ? document.activeElement.id : '';
    this.renderHeader();
    if (id) document.getElementById(id)?.focus();
  }

  /** „Dateien hinzufügen“ and „Andere Graphdatei öffnen“: each a hidden file input with its label. */
  private fileButtons(): HTMLElement[] {
    const lang = this.state.language;
    const accept = IMPORT_FILE_EXTENSIONS.join(',');
    const input = (id: string, mode: 'replace' | 'add') => {
      const f = el('input', { attrs: { type: 'file', id, accept, multiple: true, class: 'sr-only' } });
      f.addEventListener('change', () => {
        if (f.files?.length) this.hooks.onFiles([...f.files], mode);
      });
      return f;
    };
    // the input first: its focus ring is drawn on the label that follows it (styles.css)
    return [
      input('add-files', 'add'),
      el('label', { class: 'file-button', attrs: { for: 'add-files' } }, t('addFiles', lang)),
      input('open-file', 'replace'),
      el('label', { class: 'file-button', attrs: { for: 'open-file' } }, t('loadGraph', lang)),
    ];
  }

  /** Whether „Mehr“ is open: the toolbar is drawn anew on many changes, the menu stays as the user left it. */
  private moreOpen = false;

  /**
   * „Mehr“: the tools used once in a while – adding files, opening another graph, back to the samples,
   * the language – behind one disclosure, so the toolbar keeps to two rows at 1280 px even with the
   * Kreis overview's „Ebene“ (issue 14). A <details>: its summary is a button to keyboard and screen
   * readers, and it says whether it is open.
   */
  private moreTools(): HTMLElement {
    const lang = this.state.language;
    const langSel = selectOf(
      'language',
      [
        ['de', 'Deutsch'],
        ['en', 'English'],
      ],
      lang,
      (v) => this.dispatch({ type: 'setLanguage', language: v === 'en' ? 'en' : 'de' }),
    );
    const more = el(
      'details',
      { class: 'more-tools', attrs: { id: 'more-tools' } },
      el('summary', { attrs: { id: 'more-tools-toggle' } }, t('moreTools', lang)),
      el(
        'div',
        { class: 'more-body' },
        ...this.fileButtons(),
        ...(this.data.fromFiles && this.hooks.onShowSamples
          ? [button(t('showSamples', lang), () => this.hooks.onShowSamples?.(), { attrs: { id: 'show-samples' } })]
          : []),
        el('div', { class: 'field' }, el('label', { attrs: { for: 'language' } }, t('language', lang)), langSel),
      ),
    );
    more.open = this.moreOpen;
    more.addEventListener('toggle', () => (this.moreOpen = more.open));
    // Escape closes it where the keyboard is, and the focus goes back to „Mehr“
    more.addEventListener('keydown', (ev) => {
      if (ev.key !== 'Escape' || !more.open) return;
      ev.stopPropagation();
      more.open = false;
      more.querySelector('summary')?.focus();
    });
    return more;
  }

  /** „Ebene“ (all nodes or the Kreis overview) and „Zurück zur Kreisübersicht“ for an opened Kreis. */
  private levelTools(): { levelField: HTMLElement | null; back: HTMLElement } {
    const lang = this.state.language;
    const levelSel = selectOf(
      'level',
      LEVELS.filter((l) => l !== 'kreis').map((l) => [l, t(l === 'kreise' ? 'levelKreise' : 'levelNodes', lang)]),
      this.state.level === 'kreise' ? 'kreise' : 'nodes',
      (v) => this.dispatch({ type: 'setLevel', level: v === 'kreise' ? 'kreise' : 'nodes' }),
    );
    const back = button(t('overviewBack', lang), () => this.dispatch({ type: 'setLevel', level: 'kreise' }), {
      attrs: { id: 'overview-back' },
    });
    back.hidden = this.state.level !== 'kreis';
    // a small network has no use for the overview unless a link asks for it: the toolbar stays short
    const wanted = this.model.nodes.length >= LARGE_NETWORK_NODES || this.state.level !== 'nodes';
    const levelField = !wanted
      ? null
      : el('div', { class: 'field tool' }, el('label', { attrs: { for: 'level' } }, t('level', lang)), levelSel);
    return { levelField, back };
  }

  private renderHeader(): void {
    const lang = this.state.language;
    clear(this.header);
    const sizeSel = selectOf(
      'size-by',
      SIZE_OPTIONS.map((o) => [
        o,
        o === 'uniform' ? t('uniform', lang) : (MEASURES.find((m) => m.key === o)?.label[lang] ?? o),
      ]),
      this.state.sizeBy,
      (v) => this.dispatch({ type: 'setSizeBy', sizeBy: v as ViewState['sizeBy'] }),
    );
    const colourText = {
      kind: t('colourKind', lang),
      community: t('colourCommunity', lang),
      domain: t('colourDomain', lang),
      gaps: t('colourGaps', lang),
    };
    const colourSel = selectOf(
      'colour-by',
      COLOUR_OPTIONS.map((o) => [o, colourText[o]]),
      this.state.colourBy,
      (v) => this.dispatch({ type: 'setColourBy', colourBy: v as ViewState['colourBy'] }),
    );
    const arrangementText = { network: t('arrangementNetwork', lang), geo: t('arrangementGeo', lang) };
    const arrangementSel = selectOf(
      'arrangement',
      ARRANGEMENTS.map((o) => [o, arrangementText[o]]),
      this.state.arrangement,
      (v) => this.dispatch({ type: 'setArrangement', arrangement: v === 'geo' ? 'geo' : 'network' }),
    );
    const { levelField, back } = this.levelTools();
    const geo = this.state.arrangement === 'geo';
    const relayoutBtn = button(
      this.relayout?.isRunning() ? t('relayoutStop', lang) : t('relayout', lang),
      () => this.toggleRelayout(),
      { attrs: { id: 'relayout', ...(geo ? { title: t('relayoutGeo', lang) } : {}) } },
    );
    // the places of NRW are not a layout to recompute, nor is the overview
    relayoutBtn.disabled = geo || this.state.level === 'kreise';
    this.header.append(
      el(
        'div',
        { class: 'brand' },
        el('h1', null, t('appTitle', lang)),
        el('span', { class: 'subtitle' }, t('appSubtitle', lang)),
      ),
      searchBox({
        model: () => this.model,
        lang: () => this.state.language,
        visible: () => this.visibility.nodes,
        // in presenter mode persons are not found by their real names
        searchable: (i) => !(this.state.presenter && this.model.nodes[i]!.kind === 'person'),
        labelOf: this.labelOf,
        onChoose: (key) => this.chooseFound(key),
      }),
      // on a phone the tools fold behind one button, so the map is on the first screen
      button(
        t('toolsToggle', lang),
        () => {
          this.toolsOpen = !this.toolsOpen;
          this.header.classList.toggle('tools-open', this.toolsOpen);
          document.getElementById('tools-toggle')?.setAttribute('aria-expanded', String(this.toolsOpen));
        },
        {
          class: 'tools-toggle',
          attrs: { id: 'tools-toggle', 'aria-expanded': String(this.toolsOpen), 'aria-controls': 'tools' },
        },
      ),
      el('div', { class: 'field tool' }, el('label', { attrs: { for: 'size-by' } }, t('sizeBy', lang)), sizeSel),
      el('div', { class: 'field tool' }, el('label', { attrs: { for: 'colour-by' } }, t('colourBy', lang)), colourSel),
      el(
        'div',
        { class: 'field tool' },
        el('label', { attrs: { for: 'arrangement' } }, t('arrangement', lang)),
        arrangementSel,
      ),
      ...(levelField ? [levelField] : []),
      el(
        'div',
        { class: 'actions tool', attrs: { id: 'tools' } },
        back,
        button(t('resetCamera', lang), () => this.frameVisible(), { attrs: { id: 'reset-camera' } }),
        relayoutBtn,
        ...(!geo && !this.relayout?.isRunning() && this.hooks.canUndoLayout?.()
          ? [button(t('layoutUndo', lang), () => this.undoLayout(), { attrs: { id: 'layout-undo' } })]
          : []),
        exportMenu({
          lang,
          presenter: this.state.presenter,
          onImage: (format) => void this.exportImage(format),
          onData: (format, filteredOnly, pseudonymise) => void this.exportGraph(format, filteredOnly, pseudonymise),
        }),
        button(t('presenter', lang), () => this.enterPresenter(), {
          attrs: { id: 'presenter', 'aria-pressed': this.state.presenter ? 'true' : 'false' },
        }),
        this.moreTools(),
      ),
    );
    this.header.classList.toggle('tools-open', this.toolsOpen);
  }

  private renderTabs(): void {
    const lang = this.state.language;
    clear(this.tabList);
    this.tabList.setAttribute('aria-label', t('appTitle', lang));
    for (const tab of TABS) {
      const active = tab === this.state.tab;
      const b = button(t(TAB_TEXT[tab], lang), () => this.dispatch({ type: 'setTab', tab }), {
        attrs: {
          role: 'tab',
          id: `tab-${tab}`,
          'aria-selected': active ? 'true' : 'false',
          'aria-controls': 'panel',
          tabindex: active ? 0 : -1,
        },
      });
      b.addEventListener('keydown', (ev) => {
        if (ev.key !== 'ArrowRight' && ev.key !== 'ArrowLeft') return;
        ev.preventDefault();
        ev.stopPropagation();
        const i = TABS.indexOf(tab);
        const next = TABS[(i + (ev.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
        this.dispatch({ type: 'setTab', tab: next });
        document.getElementById(`tab-${next}`)?.focus();
      });
      this.tabList.append(b);
    }
    this.panel.setAttribute('aria-labelledby', `tab-${this.state.tab}`);
  }

  /** The details tab: the chosen node, or in the overview the chosen group and the list of groups. */
  private renderDetails(): void {
    const s = this.state;
    const lang = s.language;
    const select = (key: string) => this.chooseFound(key);
    if (s.level === 'kreise' && this.overview) {
      this.panel.append(
        overviewPanel({
          model: this.model,
          overview: this.overview,
          selected: this.overviewSelected,
          lang,
          onChoose: (key) => this.chooseGroup(key),
          onExpand: (municipality) => this.dispatch({ type: 'expandKreis', municipality }),
        }),
      );
      return;
    }
    const i = s.selected ? this.model.byKey.get(s.selected) : undefined;
    if (i === undefined) {
      this.panel.append(el('p', { class: 'intro' }, t('noSelection', lang)));
      return;
    }
    this.panel.append(
      nodePanel(this.model.nodes[i]!, {
        model: this.model,
        evidence: this.data.evidence,
        lang,
        presenter: s.presenter,
        labelOf: this.labelOf,
        nameParts: this.nameParts,
        onSelect: select,
        visible: this.visibility.nodes,
        curationLog: this.data.curationLog,
        // the projector picture is read-only: no correction forms
        ...(s.presenter ? {} : { edgeActions: this.data.curation.edgeActions }),
      }),
      ...(s.presenter ? [] : [this.data.curation.nodeActions(this.model.nodes[i]!)]),
    );
    return;
  }

  private renderPanel(): void {
    const s = this.state;
    const lang = s.language;
    clear(this.panel);
    const select = (key: string) => this.chooseFound(key);
    switch (s.tab) {
      case 'details':
        this.renderDetails();
        return;
      case 'filters':
        this.panel.append(
          filterPanel({
            model: this.model,
            filters: s.filters,
            visibility: this.visibility,
            lang,
            dispatch: (a) => this.dispatch(a),
            keepCamera: this.keepCamera,
            onKeepCamera: (keep) => (this.keepCamera = keep),
          }),
        );
        return;
      case 'gaps':
        this.panel.append(
          gapPanel({
            model: this.model,
            evidence: this.data.evidence,
            lang,
            presenter: s.presenter,
            nameParts: this.nameParts,
            labelOf: this.labelOf,
            openGap: this.openGap,
            visible: this.visibility.nodes,
            onFocusGap: (index, gap) => {
              this.openGap = this.openGap === index ? null : index;
              // the gap's nodes with their partners: the existing ties stay visible, not greyed out
              const keys = this.openGap === null ? [] : this.withNeighbours(gap.nodes);
              this.dispatch({ type: 'focus', keys, select: null });
              if (this.openGap !== null) this.map.focusNodes(keys);
            },
          }),
        );
        return;
      case 'clusters':
        this.panel.append(
          clusterPanel({
            model: this.model,
            evidence: this.data.evidence,
            lang,
            presenter: s.presenter,
            nameParts: this.nameParts,
            labelOf: this.labelOf,
            onFocus: (keys) => {
              this.dispatch({ type: 'focus', keys, select: null });
              this.map.focusNodes(keys);
            },
            onSelect: select,
          }),
        );
        return;
      case 'charts':
        this.panel.append(
          chartsPanel({
            model: this.model,
            visible: this.visibility.nodes,
            lang,
            measure: this.chartMeasure,
            insist: this.chartInsist,
            labelOf: this.labelOf,
            onMeasure: (m, insist) => {
              this.chartMeasure = m;
              this.chartInsist = !!insist;
              this.renderPanel();
            },
            onSelect: select,
          }),
        );
        return;
      case 'table':
        this.panel.append(
          tableView({
            model: this.model,
            visible: this.visibility.nodes,
            lang,
            sort: this.tableSort,
            columns: this.tableColumns,
            onColumns: (columns) => (this.tableColumns = columns),
            labelOf: this.labelOf,
            onSort: (sort) => {
              this.tableSort = sort;
              this.renderPanel();
            },
            onSelect: select,
          }),
        );
        return;
      case 'compare':
        this.panel.append(this.compare.render());
        return;
      case 'curation':
        this.panel.append(this.data.curation.panel());
        return;
      case 'views':
        this.panel.append(
          viewsPanel({
            views: this.savedViews,
            lang,
            current: this.currentView,
            onSave: (name) => this.setViews([...this.savedViews, { name, state: { ...this.state, presenter: false } }]),
            onShow: (i) => this.showView(i),
            onDelete: (i) => this.setViews(this.savedViews.filter((_, j) => j !== i)),
            onMoveUp: (i) => {
              const v = [...this.savedViews];
              [v[i - 1], v[i]] = [v[i]!, v[i - 1]!];
              this.setViews(v);
            },
            onPresent: () => this.enterPresenter(),
            onExport: () =>
              downloadBlob(
                new Blob([`${JSON.stringify(this.savedViews, null, 2)}\n`], { type: 'application/json' }),
                'ansichten.json',
              ),
            onImport: (file) => void this.importViews(file),
          }),
        );
        return;
    }
  }

  // ---------------------------------------------------------------- presenter

  private enterPresenter(): void {
    if (this.state.presenter) {
      this.dispatch({ type: 'setPresenter', presenter: false });
      return;
    }
    // full screen needs the click's user gesture; a refusal (e.g. in a frame) keeps the page mode
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    this.dispatch({ type: 'setPresenter', presenter: true });
    if (this.savedViews.length && this.currentView === null) this.showView(0);
  }

  private applyPresenter(): void {
    document.body.classList.toggle('presenter', this.state.presenter);
    if (!this.state.presenter && document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
    this.renderPresenterBar();
  }

  private presenterDetails = false;

  /** The caption under the projector picture: the view's title, what it shows, and where it comes from. */
  private renderPresenterBar(): void {
    const lang = this.state.language;
    clear(this.presenterBar);
    this.presenterBar.hidden = !this.state.presenter;
    document.body.classList.toggle('presenter-details', this.state.presenter && this.presenterDetails);
    if (!this.state.presenter) return;
    const name = this.currentView !== null ? this.savedViews[this.currentView]?.name : null;
    const caption = this.viewCaption();
    const details = button(
      t('presenterDetails', lang),
      () => {
        this.presenterDetails = !this.presenterDetails;
        this.renderPresenterBar();
      },
      { attrs: { id: 'presenter-details', 'aria-pressed': String(this.presenterDetails) } },
    );
    this.presenterBar.setAttribute('aria-label', t('presenterCaption', lang));
    this.presenterBar.append(
      el(
        'div',
        { class: 'caption' },
        el(
          'span',
          { class: 'view-title' },
          name ? `${this.currentView! + 1}/${this.savedViews.length}: ${name}` : caption.title,
        ),
        el('span', { class: 'caption-line' }, `${caption.line} · ${t('presenterHint', lang)}`),
      ),
      details,
      // the picture shown, for the minutes (persons as on screen: pseudonymised)
      el(
        'details',
        { class: 'presenter-save' },
        el('summary', { attrs: { id: 'presenter-save' } }, t('presenterSave', lang)),
        el(
          'div',
          { class: 'actions' },
          button('PNG', () => void this.exportImage('png'), { attrs: { id: 'presenter-png' } }),
          button('SVG', () => void this.exportImage('svg'), { attrs: { id: 'presenter-svg' } }),
        ),
      ),
      button(t('presenterExit', lang), () => this.dispatch({ type: 'setPresenter', presenter: false }), {
        attrs: { id: 'presenter-exit' },
      }),
    );
  }

  /** Title and one line "what is shown · how many · sources" for the presenter caption and the image exports. */
  private viewCaption(): { title: string; line: string } {
    const lang = this.state.language;
    const title = this.data.name && this.data.name !== t('appTitle', lang) ? this.data.name : t('appSubtitle', lang);
    const words = filterWords(
      this.state.filters,
      {
        present: new Set(this.model.nodes.map((n) => n.kind)),
        programmeLabel: (k) => this.model.programmes.find((p) => p.key === k)?.label,
      },
      lang,
    );
    const shown =
      this.state.level === 'kreise' && this.overview
        ? `${t('overviewCaption', lang, { groups: this.overview.groups.length })}, ${t('captionShown', lang, { nodes: this.visibility.nodeCount, total: this.model.nodes.length })}`
        : t('captionShown', lang, { nodes: this.visibility.nodeCount, total: this.model.nodes.length });
    const sources = t('captionSources', lang, { n: this.model.documents.length });
    return { title, line: `${words} · ${shown} · ${sources}` };
  }

  private showView(i: number): void {
    const v = this.savedViews[i];
    if (!v) return;
    this.currentView = i;
    this.dispatch({
      type: 'restore',
      state: { ...v.state, presenter: this.state.presenter, language: this.state.language },
    });
    this.renderPresenterBar();
  }

  private onKey(ev: KeyboardEvent): void {
    if (this.data.curation.handleKey(ev)) return;
    const target = ev.target as HTMLElement | null;
    const typing =
      target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
    if (ev.key === 'Escape' && !typing) {
      if (this.overviewSelected) this.chooseGroup(null);
      else if (this.state.presenter) this.dispatch({ type: 'setPresenter', presenter: false });
      else if (this.state.selected || this.state.focus.length) this.dispatch({ type: 'focus', keys: [], select: null });
      return;
    }
    if (!this.state.presenter || typing || !this.savedViews.length) return;
    if (ev.key === 'ArrowRight' || ev.key === 'PageDown') {
      ev.preventDefault();
      this.showView(Math.min(this.savedViews.length - 1, (this.currentView ?? -1) + 1));
    } else if (ev.key === 'ArrowLeft' || ev.key === 'PageUp') {
      ev.preventDefault();
      this.showView(Math.max(0, (this.currentView ?? 1) - 1));
    }
  }

  private loadViews(): SavedView[] {
    try {
      const raw = localStorage.getItem(VIEWS_STORAGE);
      if (!raw) return [];
      const parsed = SavedViewsSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  /** Views from a file someone passed on: checked by the schema; the message names file and field. */
  private async importViews(file: File): Promise<void> {
    const lang = this.state.language;
    try {
      const views = parseWith(SavedViewsSchema, await file.text(), file.name);
      this.setViews(views);
      this.say(t('viewsImported', lang, { n: views.length, file: file.name }));
    } catch (e) {
      this.say(`${t('fileError', lang)} – ${(e as Error).message}`);
    }
  }

  private setViews(views: SavedView[]): void {
    this.savedViews = views;
    this.storeViews();
    this.renderPanel();
  }

  private storeViews(): void {
    try {
      localStorage.setItem(VIEWS_STORAGE, JSON.stringify(this.savedViews));
    } catch {
      // private browsing or a full storage: the views stay for this session
    }
  }

  // ---------------------------------------------------------------- actions

  private toggleRelayout(): void {
    if (this.relayout?.isRunning()) {
      this.relayout.stop();
    } else {
      this.relayout?.kill();
      this.relayout = startRelayout(this.map.graph, () => {
        this.hooks.onLayout?.(this.mapPositions());
        this.renderHeader();
        this.compare.refresh();
      });
    }
    this.renderHeader();
  }

  /** Puts the nodes where the state's arrangement wants them; the network positions are kept while the map shows NRW. */
  private applyArrangement(): void {
    if (this.state.arrangement === 'geo') {
      if (this.relayout?.isRunning()) this.relayout.stop();
      this.networkPositions ??= this.mapPositions();
      const geo = this.geoLayout();
      // a margin, so the ring and caption of the group without a place stay inside the frame
      const m = 0.08;
      const frame = {
        x: [geo.bounds.x[0] - m, geo.bounds.x[1] + m] as [number, number],
        y: [geo.bounds.y[0] - m, geo.bounds.y[1] + m * 2] as [number, number],
      };
      this.geoFrame = frame;
      this.map.arrange(geo.positions, this.geoBackdrop(), this.frameBesideLegend(frame));
    } else if (this.networkPositions) {
      this.geoFrame = null;
      this.map.arrange(this.networkPositions, null, null);
      this.networkPositions = null;
    }
  }

  private geoLayout(): GeoLayout {
    if (!this.geo) {
      const attrs = new Map(this.data.graph.nodes.map((n) => [n.key, n.attributes as Record<string, unknown>]));
      const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
      const nodes = this.model.nodes.map((n) => ({
        key: n.key,
        kind: n.kind,
        label: n.label,
        municipality: n.municipality,
        lat: num(attrs.get(n.key)?.['lat']),
        lon: num(attrs.get(n.key)?.['lon']),
      }));
      const edges = this.model.edges.map((e) => ({
        source: this.model.nodes[e.source]!.key,
        target: this.model.nodes[e.target]!.key,
        kind: e.kind,
      }));
      this.geo = geoLayout(nodes, edges);
    }
    return this.geo;
  }

  /** The Land with its margin, while the map shows NRW (reframed when the legend or the window changes size). */
  private geoFrame: Extent | null = null;
  private framedFor = '';

  /** The legend or the map changed size: the Land moves out from under the legend again. */
  private readonly reframe = (): void => {
    if (this.destroyed) return;
    // labels keep clear of the legend in either arrangement and at either level (label-placement.ts)
    this.map.setLabelCover(this.legendCover());
    const frame = this.overviewFrame ?? this.geoFrame;
    if (!frame) return;
    const key = this.coverKey();
    if (key === this.framedFor) return;
    this.map.setFrame(this.frameBesideLegend(frame));
  };

  /** The overview's points with a margin, while the map shows them (kept clear of the legend as the Land is). */
  private overviewFrame: Extent | null = null;

  private coverKey(): string {
    const mb = this.mapBox.getBoundingClientRect();
    const lb = this.legendBox.getBoundingClientRect();
    return [mb.width, mb.height, lb.width, lb.height, lb.left - mb.left, mb.bottom - lb.bottom]
      .map(Math.round)
      .join(',');
  }

  /** The legend's box in map pixels where it lies over the map, open or folded (null: beside it). */
  private legendCover(): { x0: number; y0: number; x1: number; y1: number } | null {
    const mb = this.mapBox.getBoundingClientRect();
    const lb = this.legendBox.getBoundingClientRect();
    // in presenter mode the legend has a column of its own: nothing to avoid
    const over = lb.width > 0 && lb.left < mb.right && lb.right > mb.left && lb.top < mb.bottom && lb.bottom > mb.top;
    return over ? { x0: lb.left - mb.left, y0: lb.top - mb.top, x1: lb.right - mb.left, y1: lb.bottom - mb.top } : null;
  }

  /** The frame that keeps `content` clear of the legend where the legend lies over the map (open or folded). */
  private frameBesideLegend(content: Extent): Extent {
    this.framedFor = this.coverKey();
    const mb = this.mapBox.getBoundingClientRect();
    const cover = this.legendCover();
    return frameBesideLegend(content, {
      width: mb.width,
      height: mb.height,
      padding: this.map.sigma.getSetting('stagePadding') ?? 0,
      coverWidth: cover ? cover.x1 : 0,
      coverHeight: cover ? mb.height - cover.y0 : 0,
      gap: LEGEND_GAP_PX,
    });
  }

  private geoBackdrop(): Backdrop {
    const geo = this.geoLayout();
    return {
      dots: geo.backdrop,
      group: geo.unplacedGroup ? { ...geo.unplacedGroup, caption: t('geoUnplacedCaption', this.state.language) } : null,
    };
  }

  private mapPositions(): Record<string, [number, number]> {
    const positions: Record<string, [number, number]> = {};
    this.map.graph.forEachNode((k, a) => (positions[k] = [a.x, a.y]));
    return positions;
  }

  private undoLayout(): void {
    const positions = this.hooks.undoLayout?.();
    if (!positions) return;
    this.map.graph.forEachNode((k) => {
      const p = positions[k];
      if (p) this.map.graph.mergeNodeAttributes(k, { x: p[0], y: p[1] });
    });
    this.map.positionsChanged();
    this.renderHeader();
    this.compare.refresh();
    document.getElementById(this.hooks.canUndoLayout?.() ? 'layout-undo' : 'relayout')?.focus();
    this.say(t('layoutUndone', this.state.language));
  }

  private async exportGraph(format: DataFormat, filteredOnly: boolean, pseudonymise: boolean): Promise<void> {
    const keep = filteredOnly
      ? new Set(this.model.nodes.filter((n) => this.visibility.nodes[n.index]).map((n) => n.key))
      : null;
    const positions = this.mapPositions();
    try {
      // colours and sizes as drawn now (mapping and colouring of the map)
      const colours = Object.fromEntries(this.model.nodes.map((n) => [n.key, this.colours[n.index]!]));
      const sizes = Object.fromEntries(this.model.nodes.map((n) => [n.key, this.sizes[n.index]!]));
      const files = await exportData(this.data.graph, {
        format,
        keep,
        pseudonymise,
        positions,
        colours,
        sizes,
        baseName: safeFileName(`netzatlas-${this.data.name}`),
        measures: this.model.analysis?.nodes,
        lang: this.state.language,
      });
      for (const f of files) downloadBlob(new Blob([f.text], { type: f.mime }), f.name);
    } catch (e) {
      this.say(`${t('fileError', this.state.language)}: ${(e as Error).message}`);
    }
  }

  private async exportImage(format: 'png' | 'svg'): Promise<void> {
    const lang = this.state.language;
    const caption = this.viewCaption();
    const name = this.currentView !== null ? this.savedViews[this.currentView]?.name : undefined;
    const title = name ?? caption.title;
    const date = new Date().toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-GB');
    const subtitle = `${caption.line} · ${this.visibility.edgeCount} ${t('edgesWord', lang)} · ${t('captionDate', lang, { date })}`;
    const scene = sceneFromMap(
      this.map.sigma,
      this.map.placedLabels,
      this.legend,
      title,
      subtitle,
      this.map.ghostShapes,
      this.map.backdropDots,
    );
    const file = safeFileName(`netzatlas-${this.data.name}`);
    if (format === 'svg') downloadSceneSvg(scene, file);
    else await downloadScenePng(scene, file);
  }
}
