/**
 * Two sigma maps side by side over the map area, sharing positions (one extent for both) and
 * camera: left shows the first network (nodes only there in red), right the second (nodes only
 * there in green); nodes in both are grey. Labels follow the main map's rules (MAP_LABEL_SETTINGS, node sizes by the main
 * map's size measure); hovering a node labels it and its neighbours on both maps. Closed with a
 * button or Escape; `scene()` gives both maps as one export picture. In the geographic arrangement
 * both maps take the main map's places, frame and Gemeinde dots, so a place sits at the same spot on each.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { ExplorerModel } from '../data/explorer-model.ts';
import { sideBySideScene } from '../export/scene-combine.ts';
import type { LegendSection, Scene } from '../export/scene.ts';
import { t } from '../i18n.ts';
import { compareExtent, type Presence } from '../state/compare-subsets.ts';
import type { Language } from '../state/view-state.ts';
import { button, el } from '../panels/dom.ts';
import { displayLabel } from '../../model/index.ts';
import { BackdropLayer, type Backdrop } from './backdrop-layer.ts';
import { LabelLayer } from './label-layer.ts';
import { MAP_LABEL_SETTINGS } from './label-settings.ts';
import { sceneFromMap } from './scene-from-map.ts';

export const PRESENCE_COLOURS = { left: '#D55E00', right: '#009E73', both: '#9E9E9E' } as const;

interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
  forceLabel?: boolean;
  zIndex?: number;
}

function sideGraph(
  model: ExplorerModel,
  where: readonly (Presence | null)[],
  side: 'left' | 'right',
  sizeOf: (key: string) => number,
  labels: ReadonlyMap<string, string> | null,
): Graph<NodeAttrs> {
  const g = new Graph<NodeAttrs>({ type: 'directed', multi: true });
  for (const n of model.nodes) {
    const w = where[n.index];
    if (w !== side && w !== 'both') continue;
    g.addNode(n.key, {
      x: n.x,
      y: n.y,
      size: sizeOf(n.key),
      label: labels?.get(n.key) ?? displayLabel(n),
      color: PRESENCE_COLOURS[w],
    });
  }
  for (const e of model.edges) {
    const s = model.nodes[e.source]!.key;
    const tt = model.nodes[e.target]!.key;
    if (!g.hasNode(s) || !g.hasNode(tt)) continue;
    const both = where[e.source] === 'both' && where[e.target] === 'both';
    g.addDirectedEdge(s, tt, { size: 1, color: both ? '#CFCFCF' : side === 'left' ? '#E8A383' : '#7CC4A8' });
  }
  return g;
}

/** The places of NRW for both maps: one frame over the same dots, so a place sits at the same spot on each. */
export interface CompareGeo {
  frame: { x: [number, number]; y: [number, number] };
  backdrop: Backdrop;
}

export interface CompareMapsInput {
  area: HTMLElement;
  model: ExplorerModel;
  where: readonly (Presence | null)[];
  nameA: string;
  nameB: string;
  lang: Language;
  /** Node size as the main map draws it (its size measure), so labels are chosen by the same priority. */
  sizeOf(key: string): number;
  /** The geographic arrangement: both maps frame the same box over the same dots (null: the network layout). */
  geo?: CompareGeo | null;
  /** Names shown instead of the real ones, as on the main map (presenter mode pseudonyms; none: null). */
  labels?: ReadonlyMap<string, string> | null;
  /** Where the camera starts (maps drawn again for the same positions keep it; none: the whole extent). */
  camera?: CameraState | null;
  onClose(): void;
}

export interface CompareMaps {
  close(): void;
  /** Both maps as drawn now, side by side, with title and legend (for PNG/SVG export). */
  scene(): Scene;
  /** The shared camera as it is now. */
  camera(): CameraState;
  /** Every node of both maps with its position (graph coordinates) and name, read by the browser tests. */
  drawn(): Record<string, { x: number; y: number; label: string }>;
}

/** The overlay with its heading, the colour key, a close button and the two empty map boxes. */
function compareOverlay(nameA: string, nameB: string, lang: Language, onClose: () => void) {
  const leftBox = el('div', {
    class: 'compare-map',
    attrs: { role: 'img', 'aria-label': `${t('compareLeft', lang)}: ${nameA}` },
  });
  const rightBox = el('div', {
    class: 'compare-map',
    attrs: { role: 'img', 'aria-label': `${t('compareRight', lang)}: ${nameB}` },
  });
  const legend = el(
    'p',
    { class: 'compare-legend' },
    el('span', { class: 'swatch circle left' }),
    ` ${t('compareRemoved', lang)} `,
    el('span', { class: 'swatch circle right' }),
    ` ${t('compareAdded', lang)} `,
    el('span', { class: 'swatch circle both' }),
    ` ${t('compareKept', lang)}`,
  );
  const overlay = el(
    'div',
    { class: 'compare-overlay', attrs: { id: 'compare-overlay' } },
    el(
      'div',
      { class: 'compare-head' },
      el('h2', null, `${nameA} ↔ ${nameB}`),
      legend,
      button('×', onClose, {
        attrs: { 'aria-label': lang === 'en' ? 'Close comparison' : 'Vergleich schließen', id: 'compare-close' },
      }),
    ),
    // one-line headings (full name as tooltip), so both maps start at the same height and positions match
    el(
      'div',
      { class: 'compare-grid' },
      el('div', null, el('h3', { attrs: { title: nameA } }, nameA), leftBox),
      el('div', null, el('h3', { attrs: { title: nameB } }, nameB), rightBox),
    ),
  );
  return { overlay, leftBox, rightBox };
}

export function compareMaps(input: CompareMapsInput): CompareMaps {
  const { area, model, where, nameA, nameB, lang } = input;
  const { overlay, leftBox, rightBox } = compareOverlay(nameA, nameB, lang, () => close());
  area.append(overlay);
  // one hovered node for both maps: the same node and its neighbours are labelled on each side
  let hovered: string | null = null;
  const labelled = (g: Graph<NodeAttrs>): Set<string> =>
    hovered && g.hasNode(hovered) ? new Set([hovered, ...g.neighbors(hovered)]) : new Set();
  const make = (graph: Graph<NodeAttrs>, box: HTMLElement) => {
    let shown = new Set<string>();
    const layer = new LabelLayer((key) => graph.degree(key));
    const sigma = new Sigma(graph, box, {
      ...MAP_LABEL_SETTINGS,
      renderEdgeLabels: false,
      zIndex: true,
      // as on the main map: sigma hands over candidates, label-placement.ts decides after the frame
      defaultDrawNodeLabel: layer.collect,
      nodeReducer: (key, data) => (shown.has(key) ? { ...data, forceLabel: true, zIndex: 2 } : data),
    });
    layer.attach(sigma);
    const backdrop = new BackdropLayer();
    if (input.geo) {
      backdrop.set(input.geo.backdrop);
      backdrop.attach(sigma);
    }
    return { sigma, backdrop, placed: () => layer.placed, relabel: () => ((shown = labelled(graph)), sigma.refresh()) };
  };
  const a = make(sideGraph(model, where, 'left', input.sizeOf, input.labels ?? null), leftBox);
  const b = make(sideGraph(model, where, 'right', input.sizeOf, input.labels ?? null), rightBox);
  const extent = input.geo?.frame ?? compareExtent(model.nodes, where);
  for (const m of [a, b]) m.sigma.setCustomBBox(extent).refresh();
  const hover = (key: string | null) => {
    hovered = key;
    a.relabel();
    b.relabel();
  };
  for (const m of [a, b]) {
    m.sigma.on('enterNode', ({ node }) => hover(node));
    m.sigma.on('leaveNode', () => hover(null));
  }
  // a shared camera: moving one map moves the other
  let syncing = false;
  const sync = (from: Sigma<NodeAttrs>, to: Sigma<NodeAttrs>) =>
    from.getCamera().on('updated', (s) => {
      if (syncing) return;
      syncing = true;
      to.getCamera().setState(s);
      syncing = false;
    });
  sync(a.sigma, b.sigma);
  sync(b.sigma, a.sigma);
  if (input.camera) a.sigma.getCamera().setState(input.camera);
  const onKey = (ev: KeyboardEvent) => {
    if (ev.key === 'Escape') close();
  };
  document.addEventListener('keydown', onKey);
  function close() {
    document.removeEventListener('keydown', onKey);
    a.sigma.kill();
    b.sigma.kill();
    overlay.remove();
    input.onClose();
  }
  const count = (p: Presence) => where.filter((w) => w === p).length;
  function scene(): Scene {
    const noLegend = { title: '', nodes: [], edgesTitle: '', edges: [] };
    const item = (p: Presence, text: string) => ({
      label: `${text} (${count(p)})`,
      color: PRESENCE_COLOURS[p],
      shape: 'circle' as const,
    });
    const sections: LegendSection[] = [
      // the names are in the subtitle: the legend column is too narrow for programme names
      {
        title: t('compareLeft', lang),
        items: [item('left', t('compareOnlyLeft', lang)), item('both', t('compareKept', lang))],
      },
      {
        title: t('compareRight', lang),
        items: [item('right', t('compareOnlyRight', lang)), item('both', t('compareKept', lang))],
      },
    ];
    return sideBySideScene(
      sceneFromMap(a.sigma, a.placed(), noLegend, '', '', [], a.backdrop.dots(a.sigma)),
      sceneFromMap(b.sigma, b.placed(), noLegend, '', '', [], b.backdrop.dots(b.sigma)),
      {
        title: `${t('compareTitle', lang)}: ${nameA} ↔ ${nameB}`,
        subtitle: t('compareSubtitle', lang, { a: nameA, b: nameB }),
        legend: sections,
      },
    );
  }
  const drawn = () => {
    const out: Record<string, { x: number; y: number; label: string }> = {};
    for (const m of [a, b]) m.sigma.getGraph().forEachNode((k, p) => (out[k] = { x: p.x, y: p.y, label: p.label }));
    return out;
  };
  return { close, scene, drawn, camera: () => a.sigma.getCamera().getState() };
}
