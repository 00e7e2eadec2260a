/**
 * Two sigma maps side by side over the map area, sharing positions and camera: left shows the
 * first network (nodes only there in red), right the second (nodes only there in green); nodes in
 * both are grey. Closed with a button or Escape.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import type { ExplorerModel } from '../data/explorer-model.ts';
import { t } from '../i18n.ts';
import type { Presence } from '../state/compare-subsets.ts';
import type { Language } from '../state/view-state.ts';
import { button, el } from '../panels/dom.ts';
import { displayLabel } from '../../model/display-label.ts';

export const PRESENCE_COLOURS = { left: '#D55E00', right: '#009E73', both: '#9E9E9E' } as const;

function sideGraph(model: ExplorerModel, where: readonly (Presence | null)[], side: 'left' | 'right'): Graph {
  const g = new Graph({ type: 'directed', multi: true });
  for (const n of model.nodes) {
    const w = where[n.index];
    if (w !== side && w !== 'both') continue;
    g.addNode(n.key, { x: n.x, y: n.y, size: w === 'both' ? 4 : 6, label: displayLabel(n), color: PRESENCE_COLOURS[w] });
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

export function compareMaps(area: HTMLElement, model: ExplorerModel, where: readonly (Presence | null)[], nameA: string, nameB: string, lang: Language, onClose: () => void): () => void {
  const leftBox = el('div', { class: 'compare-map', attrs: { role: 'img', 'aria-label': `${t('compareLeft', lang)}: ${nameA}` } });
  const rightBox = el('div', { class: 'compare-map', attrs: { role: 'img', 'aria-label': `${t('compareRight', lang)}: ${nameB}` } });
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
    el('div', { class: 'compare-head' }, el('h2', null, `${nameA} ↔ ${nameB}`), legend, button('×', () => close(), { attrs: { 'aria-label': lang === 'en' ? 'Close comparison' : 'Vergleich schließen', id: 'compare-close' } })),
    el('div', { class: 'compare-grid' }, el('div', null, el('h3', null, nameA), leftBox), el('div', null, el('h3', null, nameB), rightBox)),
  );
  area.append(overlay);
  const settings = { labelDensity: 0.3, labelRenderedSizeThreshold: 8, renderEdgeLabels: false } as const;
  const a = new Sigma(sideGraph(model, where, 'left'), leftBox, settings);
  const b = new Sigma(sideGraph(model, where, 'right'), rightBox, settings);
  // a shared camera: moving one map moves the other
  let syncing = false;
  const sync = (from: Sigma, to: Sigma) =>
    from.getCamera().on('updated', (s) => {
      if (syncing) return;
      syncing = true;
      to.getCamera().setState(s);
      syncing = false;
    });
  sync(a, b);
  sync(b, a);
  const onKey = (ev: KeyboardEvent) => {
    if (ev.key === 'Escape') close();
  };
  document.addEventListener('keydown', onKey);
  function close() {
    document.removeEventListener('keydown', onKey);
    a.kill();
    b.kill();
    overlay.remove();
    onClose();
  }
  return close;
}
