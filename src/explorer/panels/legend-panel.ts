/** The legend beside the map: built from `legendFor`, i.e. from exactly what is drawn. */
import type { Legend, LegendEntry } from '../state/appearance.ts';
import { el } from './dom.ts';

function swatch(entry: LegendEntry): HTMLElement {
  const s = el('span', { class: `swatch ${entry.shape}`, attrs: { 'aria-hidden': 'true' } });
  // a style property set through the CSSOM is allowed by the CSP (no inline style attribute parsed)
  if (entry.shape === 'circle') s.style.background = entry.color;
  else s.style.borderTopColor = entry.color;
  return s;
}

export function legendPanel(legend: Legend): HTMLElement {
  const nodes = el('ul', null, ...legend.nodes.map((e) => el('li', null, swatch(e), `${e.label} (${e.count})`)));
  const edges = el('ul', null, ...legend.edges.map((e) => el('li', null, swatch(e), `${e.label} (${e.count})`)));
  const notes = legend.notes
    ? [
        el('h2', null, legend.notes.title),
        ...legend.notes.lines.map((l) => el('p', { class: 'legend-note', attrs: { id: l.id } }, l.text)),
      ]
    : [];
  return el(
    'div',
    { class: 'legend-inner' },
    ...notes,
    el('h2', null, legend.title),
    nodes,
    el('h2', null, legend.edgesTitle),
    edges,
  );
}
