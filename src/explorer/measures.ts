/**
 * The node measures the explorer can map to size, rank in charts and list in the table. One
 * descriptor per measure (Gephi Lite's habit): this list drives the size menu, the chart menu,
 * the table columns and the one-line explanations in the node panel.
 */
import type { NodeMeasuresJSON } from '../analysis/index.ts';

export type MeasureKey =
  | 'degree'
  | 'weightedDegree'
  | 'betweenness'
  | 'closeness'
  | 'eigenvector'
  | 'pagerank'
  | 'constraint'
  | 'effectiveSize'
  | 'brokerage';

export interface MeasureDescriptor {
  key: MeasureKey;
  label: { de: string; en: string };
  /** A short column header for narrow tables (the full label goes into its tooltip). */
  short: { de: string; en: string };
  /** One plain-language sentence for the node panel. */
  explain: { de: string; en: string };
  /** Constraint is high for actors *without* brokerage opportunities: sort it ascending. */
  higherIsMoreCentral: boolean;
  /** Number of decimals shown in panels and tables. */
  digits: number;
}

export const MEASURES: readonly MeasureDescriptor[] = [
  {
    key: 'degree',
    label: { de: 'Verbindungen (Grad)', en: 'Degree' },
    short: { de: 'Grad', en: 'Degree' },
    explain: {
      de: 'Mit wie vielen anderen Projekten oder Akteuren dieser Knoten direkt verbunden ist.',
      en: 'How many other projects or actors this node is directly tied to.',
    },
    higherIsMoreCentral: true,
    digits: 0,
  },
  {
    key: 'weightedDegree',
    label: { de: 'Gewichteter Grad', en: 'Weighted degree' },
    short: { de: 'Gew. Grad', en: 'Wtd. degree' },
    explain: {
      de: 'Wie die Verbindungen, aber mehrfach belegte Beziehungen zählen mehrfach.',
      en: 'Like degree, but ties backed by several relations count several times.',
    },
    higherIsMoreCentral: true,
    digits: 0,
  },
  {
    key: 'betweenness',
    label: { de: 'Vermittlung (Betweenness)', en: 'Betweenness' },
    short: { de: 'Vermittlung', en: 'Betweenness' },
    explain: {
      de: 'Wie oft dieser Knoten auf dem kürzesten Weg zwischen zwei anderen liegt: hohe Werte zeigen Brücken.',
      en: 'How often this node lies on the shortest path between two others: high values mark bridges.',
    },
    higherIsMoreCentral: true,
    digits: 3,
  },
  {
    key: 'closeness',
    label: { de: 'Nähe (Closeness)', en: 'Closeness' },
    short: { de: 'Nähe', en: 'Closeness' },
    explain: {
      de: 'Wie schnell dieser Knoten alle anderen über wenige Schritte erreicht.',
      en: 'How quickly this node reaches all others in few steps.',
    },
    higherIsMoreCentral: true,
    digits: 3,
  },
  {
    key: 'eigenvector',
    label: { de: 'Eigenvektor', en: 'Eigenvector' },
    short: { de: 'Eigenvektor', en: 'Eigenvector' },
    explain: {
      de: 'Hoch, wenn der Knoten mit anderen gut vernetzten Knoten verbunden ist.',
      en: 'High when the node is tied to other well-connected nodes.',
    },
    higherIsMoreCentral: true,
    digits: 3,
  },
  {
    key: 'pagerank',
    label: { de: 'PageRank', en: 'PageRank' },
    short: { de: 'PageRank', en: 'PageRank' },
    explain: {
      de: 'Gewicht im Netz, ähnlich dem Eigenvektor, aber robust bei losen Teilen.',
      en: 'Weight in the network, like eigenvector but robust for loose parts.',
    },
    higherIsMoreCentral: true,
    digits: 3,
  },
  {
    key: 'constraint',
    label: { de: 'Eingebundenheit (Constraint)', en: 'Constraint' },
    short: { de: 'Constraint', en: 'Constraint' },
    explain: {
      de: 'Niedrig, wenn die Partner untereinander nicht verbunden sind – der Knoten kann vermitteln.',
      en: 'Low when the partners are not tied among themselves – the node can broker.',
    },
    higherIsMoreCentral: false,
    digits: 3,
  },
  {
    key: 'effectiveSize',
    label: { de: 'Effektive Größe', en: 'Effective size' },
    short: { de: 'Eff. Größe', en: 'Eff. size' },
    explain: {
      de: 'Zahl der Partner, die nicht schon untereinander verbunden sind.',
      en: 'Number of partners that are not already tied to each other.',
    },
    higherIsMoreCentral: true,
    digits: 2,
  },
  {
    key: 'brokerage',
    label: { de: 'Maklerrollen', en: 'Brokerage roles' },
    short: { de: 'Makler', en: 'Brokerage' },
    explain: {
      de: 'Wie oft der Knoten zwei nicht verbundene Partner verknüpft (Gould & Fernandez, alle Rollen).',
      en: 'How often the node links two unconnected partners (Gould & Fernandez, all roles).',
    },
    higherIsMoreCentral: true,
    digits: 0,
  },
];

export const MEASURE_KEYS: readonly MeasureKey[] = MEASURES.map((m) => m.key);

export function measureDescriptor(key: MeasureKey): MeasureDescriptor {
  const found = MEASURES.find((m) => m.key === key);
  if (!found) throw new Error(`netzatlas/explorer/measures: unknown measure "${key}"`);
  return found;
}

/** The value of a measure for one node, or null where the analysis left it undefined. */
export function measureValue(m: NodeMeasuresJSON | undefined, key: MeasureKey): number | null {
  if (!m) return null;
  if (key === 'brokerage') return m.brokerage.total;
  return m[key];
}

/**
 * The two networks the analysis computes measures on: the actor network (actors tied when they
 * share a project or work together directly; the charts and the comparison use it) and the
 * project–actor network (projects, programmes and actors as nodes; the details and the table).
 * The same node has different values in each, so every place that shows a value names its network.
 */
export type MeasureNetwork = 'actors' | 'twoMode';

export const MEASURE_NETWORKS: Record<MeasureNetwork, { de: string; en: string }> = {
  actors: { de: 'Akteursnetz', en: 'actor network' },
  twoMode: { de: 'Projekt-Akteur-Netz', en: 'project–actor network' },
};

/** "Vermittlung (Betweenness, Akteursnetz)", "PageRank (Akteursnetz)": the measure with its network. */
export function measureLabel(key: MeasureKey, network: MeasureNetwork, lang: 'de' | 'en'): string {
  const label = measureDescriptor(key).label[lang];
  const net = MEASURE_NETWORKS[network][lang];
  return label.endsWith(')') ? `${label.slice(0, -1)}, ${net})` : `${label} (${net})`;
}
