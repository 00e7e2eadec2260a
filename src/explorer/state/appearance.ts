/**
 * Colours and sizes of nodes and edges, and the legend that describes exactly them. Pure: the map's
 * reducers and the exports read the arrays computed here, so what is drawn, what is exported and
 * what the legend says cannot drift apart.
 *
 * Palettes: Paul Tol's "muted" scheme (designed to stay distinct with colour-vision deficiencies)
 * for kinds and communities, Okabe–Ito for legal domains. Places share one grey; a legend entry is
 * listed only when a shown node carries its colour.
 */
import {
  EDGE_STYLES,
  KIND_COLOURS,
  NODE_KIND_LABELS_DE,
  type NodeKind,
  RELATION_KIND_LABELS_DE,
  type RelationKind,
} from '../../model/index.ts';
import type { ExplorerModel, NodeRecord } from '../data/explorer-model.ts';
import { measureDescriptor, measureValue } from '../measures.ts';
import type { ColourBy, Language, SizeBy } from './view-state.ts';

const TOL_MUTED = [
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#AA4499',
] as const;
export const GREY = '#9E9E9E';
export const DIMMED = '#E2E2E2';

export { EDGE_STYLES, KIND_COLOURS } from '../../model/index.ts';

const KIND_LABELS_EN: Record<NodeKind, string> = {
  project: 'Project',
  program: 'Funding programme',
  funder: 'Funder',
  carrier: 'Provider (Träger)',
  youth_office: 'Youth welfare office',
  job_center: 'Jobcenter',
  school: 'School',
  daycare: 'Day care / family centre',
  municipality: 'Municipality / district',
  district: 'Neighbourhood',
  organisation: 'Organisation',
  person: 'Person',
};

const RELATION_LABELS_EN: Record<RelationKind, string> = {
  part_of: 'part of programme',
  funded_by: 'funded by',
  carried_by: 'run by',
  partner: 'partner',
  located_in: 'located in',
  works_for: 'works for',
  contact_for: 'contact for',
  cooperates_with: 'cooperates with',
};

export function kindLabel(kind: NodeKind, lang: Language): string {
  return lang === 'en' ? KIND_LABELS_EN[kind] : NODE_KIND_LABELS_DE[kind];
}

export function relationLabel(kind: RelationKind, lang: Language): string {
  return lang === 'en' ? RELATION_LABELS_EN[kind] : RELATION_KIND_LABELS_DE[kind];
}

/** Legal-domain classes for colouring; a node in both circuits gets its own colour. */
export const DOMAIN_CLASSES = [
  'SGB II + SGB VIII',
  'SGB II',
  'SGB VIII',
  'SGB III',
  'SGB XII',
  'Schule',
  'Gesundheit',
  'none',
] as const;
export type DomainClass = (typeof DOMAIN_CLASSES)[number];
export const DOMAIN_COLOURS: Record<DomainClass, string> = {
  'SGB II + SGB VIII': '#CC79A7',
  'SGB II': '#E69F00',
  'SGB VIII': '#0072B2',
  'SGB III': '#D55E00',
  'SGB XII': '#009E73',
  Schule: '#F0E442',
  Gesundheit: '#56B4E9',
  none: GREY,
};

export function domainClass(n: NodeRecord): DomainClass {
  const d = n.domains;
  if (d.includes('SGB II') && d.includes('SGB VIII')) return 'SGB II + SGB VIII';
  for (const c of ['SGB II', 'SGB VIII', 'SGB III', 'SGB XII', 'Schule', 'Gesundheit'] as const)
    if (d.includes(c)) return c;
  return 'none';
}

/**
 * Above this many nodes every edge is drawn as a plain line: an arrow is two WebGL programs (line
 * and head), which doubles the work of every filter change, and heads are not readable at that
 * density anyway. The legend follows.
 */
export const ARROWS_UP_TO = 3000;
export const drawsArrows = (model: ExplorerModel) => model.nodes.length <= ARROWS_UP_TO;

export const MIN_SIZE = 3;
export const MAX_SIZE = 16;

/** Node sizes for a mapping: square-root scale between MIN_SIZE and MAX_SIZE; constraint is inverted. */
export function nodeSizes(model: ExplorerModel, sizeBy: SizeBy): Float32Array {
  const sizes = new Float32Array(model.nodes.length).fill(sizeBy === 'uniform' ? 6 : MIN_SIZE);
  if (sizeBy === 'uniform') return sizes;
  const d = measureDescriptor(sizeBy);
  const values = model.nodes.map((n) => measureValue(n.measures, sizeBy));
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v === null) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (!Number.isFinite(lo)) return sizes;
  const span = hi - lo;
  values.forEach((v, i) => {
    if (v === null) return;
    let t = span > 0 ? (v - lo) / span : 0.5;
    if (!d.higherIsMoreCentral) t = 1 - t;
    sizes[i] = MIN_SIZE + Math.sqrt(t) * (MAX_SIZE - MIN_SIZE);
  });
  return sizes;
}

export const COMMUNITY_COLOURS = TOL_MUTED;

/** "Lücken" mode: the nodes of a gap by its urgency (Paul Tol "vibrant" red, orange, sand), the rest light. */
export const GAP_COLOURS = { hoch: '#CC3311', mittel: '#EE7733', niedrig: '#DDAA33', none: '#D9D9D9' } as const;
const GAP_LABELS = {
  hoch: { de: 'Lücke, Dringlichkeit hoch', en: 'gap, high urgency' },
  mittel: { de: 'Lücke, Dringlichkeit mittel', en: 'gap, medium urgency' },
  niedrig: { de: 'Lücke, Dringlichkeit niedrig', en: 'gap, low urgency' },
  none: { de: 'ohne Lücke', en: 'no gap' },
} as const;

export function nodeColour(n: NodeRecord, colourBy: ColourBy): string {
  if (colourBy === 'kind') return KIND_COLOURS[n.kind];
  if (colourBy === 'gaps') return GAP_COLOURS[n.gapSeverity ?? 'none'];
  if (colourBy === 'domain') return DOMAIN_COLOURS[domainClass(n)];
  if (n.community === null) return GREY;
  return COMMUNITY_COLOURS[n.community] ?? GREY;
}

export function nodeColours(model: ExplorerModel, colourBy: ColourBy): string[] {
  return model.nodes.map((n) => nodeColour(n, colourBy));
}

export interface LegendEntry {
  label: string;
  color: string;
  shape: 'circle' | 'line' | 'arrow';
  count: number;
}

export interface Legend {
  title: string;
  nodes: LegendEntry[];
  edgesTitle: string;
  edges: LegendEntry[];
  /** Lines about the arrangement (the geographic one: the Land's dots, the nodes without a place). */
  notes?: { title: string; lines: Array<{ id: string; text: string }> };
}

const COLOUR_TITLES: Record<ColourBy, { de: string; en: string }> = {
  kind: { de: 'Farbe: Art', en: 'Colour: kind' },
  community: { de: 'Farbe: Gruppe (Louvain)', en: 'Colour: group (Louvain)' },
  domain: { de: 'Farbe: Rechtskreis', en: 'Colour: legal domain' },
  gaps: { de: 'Farbe: Kooperationslücken', en: 'Colour: cooperation gaps' },
};

/** The legend for what is shown: one entry per colour a shown node has, with the number of nodes. */
export function legendFor(
  model: ExplorerModel,
  colourBy: ColourBy,
  visibleNodes: Uint8Array,
  visibleEdges: Uint8Array,
  lang: Language,
): Legend {
  const entries = new Map<string, LegendEntry>();
  const order: string[] = [];
  const add = (id: string, label: string, color: string) => {
    const e = entries.get(id);
    if (e) e.count++;
    else {
      entries.set(id, { label, color, shape: 'circle', count: 1 });
      order.push(id);
    }
  };
  for (const n of model.nodes) {
    if (!visibleNodes[n.index]) continue;
    if (colourBy === 'kind') {
      const place = n.kind === 'municipality' || n.kind === 'district';
      add(
        place ? 'place' : n.kind,
        place
          ? lang === 'en'
            ? 'Place (municipality, neighbourhood)'
            : 'Ort (Kommune, Quartier)'
          : kindLabel(n.kind, lang),
        KIND_COLOURS[n.kind],
      );
    } else if (colourBy === 'gaps') {
      const c = n.gapSeverity ?? 'none';
      add(c, GAP_LABELS[c][lang], GAP_COLOURS[c]);
    } else if (colourBy === 'domain') {
      const c = domainClass(n);
      add(c, c === 'none' ? (lang === 'en' ? 'no legal domain' : 'ohne Rechtskreis') : c, DOMAIN_COLOURS[c]);
    } else {
      const c = n.community;
      const named = c !== null && c < COMMUNITY_COLOURS.length;
      const id = c === null ? 'none' : named ? `g${c}` : 'rest';
      const label =
        c === null
          ? lang === 'en'
            ? 'no group (persons, places)'
            : 'ohne Gruppe (Personen, Orte)'
          : named
            ? `${lang === 'en' ? 'Group' : 'Gruppe'} ${c + 1}`
            : lang === 'en'
              ? 'further groups'
              : 'weitere Gruppen';
      add(id, label, named ? COMMUNITY_COLOURS[c]! : GREY);
    }
  }
  // a stable order: kinds in contract order, domains in class order, groups by number
  const rank = (id: string): number => {
    if (colourBy === 'kind') return id === 'place' ? 8.5 : Object.keys(KIND_COLOURS).indexOf(id);
    if (colourBy === 'domain') return (DOMAIN_CLASSES as readonly string[]).indexOf(id);
    if (colourBy === 'gaps') return Object.keys(GAP_COLOURS).indexOf(id);
    if (id === 'rest') return 1e6;
    if (id === 'none') return 1e6 + 1;
    return Number(id.slice(1));
  };
  order.sort((a, b) => rank(a) - rank(b));
  const edgeCounts = new Map<RelationKind, number>();
  for (const e of model.edges) if (visibleEdges[e.index]) edgeCounts.set(e.kind, (edgeCounts.get(e.kind) ?? 0) + 1);
  const edges: LegendEntry[] = (Object.keys(EDGE_STYLES) as RelationKind[])
    .filter((k) => edgeCounts.has(k))
    .map((k) => ({
      label: relationLabel(k, lang),
      color: EDGE_STYLES[k].color,
      shape: EDGE_STYLES[k].arrow && drawsArrows(model) ? 'arrow' : 'line',
      count: edgeCounts.get(k)!,
    }));
  return {
    title: COLOUR_TITLES[colourBy][lang],
    nodes: order.map((id) => entries.get(id)!),
    edgesTitle: lang === 'en' ? 'Ties' : 'Beziehungen',
    edges,
  };
}
