/**
 * The comparison's figures as evaluators read them: every figure of a Comparison with a German (or
 * English) name, the network it is computed on and a one-line meaning, in a fixed order; and the
 * rank shifts that say something (not the order among actors whose betweenness is zero on both
 * sides, which only the tie-breaker decides). Pure: the panel, the CSV and the tests read this.
 */
import type { Comparison } from '../../analysis/index.ts';
import type { Language } from './view-state.ts';

type Text = { de: string; en: string };

export type FigureGroup = 'actors' | 'sgb' | 'gaps' | 'twoMode';

export const FIGURE_GROUPS: Record<FigureGroup, Text> = {
  actors: { de: 'Akteursnetz', en: 'Actor network' },
  sgb: { de: 'Zusammenarbeit SGB II / SGB VIII (Akteursnetz)', en: 'SGB II / SGB VIII cooperation (actor network)' },
  gaps: { de: 'Kooperationslücken', en: 'Cooperation gaps' },
  twoMode: { de: 'Projekt-Akteur-Netz', en: 'Project–actor network' },
};

interface FigureText {
  label: Text;
  meaning: Text;
  /** Decimals shown; counts have none. */
  digits: number;
}

/** The network figures (analysis NetworkFiguresJSON), worded for the actor network; `twoMode` words the other one. */
type NetworkFigureText = FigureText & { twoMode?: Partial<FigureText> };

export const NETWORK_FIGURES: Record<string, NetworkFigureText> = {
  nodes: {
    label: { de: 'Akteure', en: 'Actors' },
    meaning: {
      de: 'Wie viele Organisationen, Ämter und Träger das Netz hat.',
      en: 'How many organisations, offices and providers the network has.',
    },
    digits: 0,
    twoMode: {
      label: { de: 'Knoten', en: 'Nodes' },
      meaning: { de: 'Projekte, Programme und Akteure zusammen.', en: 'Projects, programmes and actors together.' },
    },
  },
  edges: {
    label: { de: 'Verbindungen', en: 'Ties' },
    meaning: {
      de: 'Paare von Akteuren, die ein Projekt teilen oder direkt zusammenarbeiten.',
      en: 'Pairs of actors that share a project or work together directly.',
    },
    digits: 0,
    twoMode: {
      meaning: {
        de: 'Beziehungen zwischen Projekten, Programmen und Akteuren.',
        en: 'Ties between projects, programmes and actors.',
      },
    },
  },
  density: {
    label: { de: 'Dichte', en: 'Density' },
    meaning: {
      de: 'Anteil der möglichen Verbindungen, die tatsächlich bestehen (0 bis 1).',
      en: 'Share of the possible ties that exist (0 to 1).',
    },
    digits: 3,
  },
  components: {
    label: { de: 'Teilnetze', en: 'Components' },
    meaning: {
      de: 'In wie viele voneinander getrennte Teile das Netz zerfällt.',
      en: 'Into how many separate parts the network falls.',
    },
    digits: 0,
  },
  largestComponent: {
    label: { de: 'Größtes Teilnetz', en: 'Largest component' },
    meaning: {
      de: 'Wie viele Knoten der größte zusammenhängende Teil hat.',
      en: 'How many nodes the largest connected part has.',
    },
    digits: 0,
  },
  isolates: {
    label: { de: 'Ohne Verbindung', en: 'Isolates' },
    meaning: { de: 'Knoten, die mit keinem anderen verbunden sind.', en: 'Nodes tied to no other node.' },
    digits: 0,
  },
  diameter: {
    label: { de: 'Durchmesser', en: 'Diameter' },
    meaning: {
      de: 'Die meisten Schritte, die zwei verbundene Knoten auseinanderliegen.',
      en: 'The most steps between two connected nodes.',
    },
    digits: 0,
  },
  averagePathLength: {
    label: { de: 'Mittlere Weglänge', en: 'Average path length' },
    meaning: {
      de: 'Wie viele Schritte zwei verbundene Knoten im Mittel trennen.',
      en: 'How many steps separate two connected nodes on average.',
    },
    digits: 2,
  },
  degreeCentralization: {
    label: { de: 'Zentralisierung', en: 'Degree centralisation' },
    meaning: {
      de: 'Nahe 1: ein Knoten hält das Netz zusammen; nahe 0: Verbindungen gleich verteilt.',
      en: 'Near 1: one node holds the network together; near 0: ties evenly spread.',
    },
    digits: 3,
  },
  averageDegree: {
    label: { de: 'Mittlere Zahl der Verbindungen', en: 'Average degree' },
    meaning: {
      de: 'Mit wie vielen anderen ein Knoten im Mittel verbunden ist.',
      en: 'How many others a node is tied to on average.',
    },
    digits: 2,
  },
  modularity: {
    label: { de: 'Modularität', en: 'Modularity' },
    meaning: {
      de: 'Wie deutlich das Netz in Gruppen zerfällt (ab etwa 0,3 klare Gruppen).',
      en: 'How clearly the network falls into groups (from about 0.3: clear groups).',
    },
    digits: 3,
  },
  communities: {
    label: { de: 'Gruppen (Louvain)', en: 'Groups (Louvain)' },
    meaning: {
      de: 'Zahl der Gruppen, die die Louvain-Methode findet.',
      en: 'Number of groups the Louvain method finds.',
    },
    digits: 0,
  },
};

export const SGB_FIGURES: Record<'crossTies' | 'clusters' | 'crossProjects', FigureText> = {
  crossTies: {
    label: { de: 'Verbindungen SGB II – SGB VIII', en: 'SGB II – SGB VIII ties' },
    meaning: {
      de: 'Verbindungen zwischen Akteuren des SGB II (Jobcenter) und des SGB VIII (Jugendamt, freie Träger).',
      en: 'Ties between SGB II (Jobcenter) and SGB VIII (youth welfare, providers) actors.',
    },
    digits: 0,
  },
  clusters: {
    label: { de: 'Kooperationscluster', en: 'Cooperation clusters' },
    meaning: {
      de: 'Gruppen, in denen SGB-II- und SGB-VIII-Akteure direkt oder über ein Projekt verbunden sind.',
      en: 'Groups in which SGB II and SGB VIII actors are tied directly or through a project.',
    },
    digits: 0,
  },
  crossProjects: {
    label: { de: 'Projekte über beide Rechtskreise', en: 'Projects spanning both domains' },
    meaning: {
      de: 'Projekte, an denen Akteure aus SGB II und SGB VIII beteiligt sind.',
      en: 'Projects with actors from both SGB II and SGB VIII.',
    },
    digits: 0,
  },
};

const EI_INDEX: FigureText = {
  label: { de: 'E-I-Index {d}', en: 'E-I index {d}' },
  meaning: {
    de: '−1: der Rechtskreis bleibt unter sich; +1: alle Verbindungen führen in andere Rechtskreise.',
    en: '−1: the domain keeps to itself; +1: all its ties lead to other domains.',
  },
  digits: 3,
};

const ACTORS_BY_DOMAIN: FigureText = {
  label: { de: 'Akteure {d}', en: 'Actors {d}' },
  meaning: { de: 'Wie viele Akteure zum Rechtskreis {d} gehören.', en: 'How many actors belong to {d}.' },
  digits: 0,
};

/** Gap kinds of analysis/gaps (GAP_KINDS); an unknown kind keeps its key, marked as such. */
export const GAP_FIGURES: Record<string, FigureText> = {
  'sgb2-target-without-sgb2': {
    label: { de: 'SGB-II-Zielgruppe ohne Jobcenter', en: 'SGB II target group without Jobcenter' },
    meaning: {
      de: 'Projekte für Familien im SGB-II-Bezug, an denen kein Jobcenter beteiligt ist.',
      en: 'Projects for families on SGB II benefits with no Jobcenter involved.',
    },
    digits: 0,
  },
  'missing-cooperation': {
    label: { de: 'Fehlende erwartete Kooperation', en: 'Missing expected cooperation' },
    meaning: {
      de: 'Paare, die nach Rechtslage zusammenarbeiten sollten, aber ohne belegte Verbindung.',
      en: 'Pairs the law expects to cooperate, without a documented tie.',
    },
    digits: 0,
  },
  'only-bridge-between-circuits': {
    label: { de: 'Einzige Brücke zwischen SGB II und VIII', en: 'Only bridge between SGB II and VIII' },
    meaning: {
      de: 'Akteure, ohne die es keine Verbindung zwischen den Rechtskreisen gäbe.',
      en: 'Actors without whom the two domains would not be tied.',
    },
    digits: 0,
  },
  'only-bridge-between-groups': {
    label: { de: 'Einzige Brücke zwischen Gruppen', en: 'Only bridge between groups' },
    meaning: {
      de: 'Akteure, ohne die das Netz in getrennte Teile zerfiele.',
      en: 'Actors without whom the network would fall apart.',
    },
    digits: 0,
  },
  'project-without-partner': {
    label: { de: 'Projekt ohne Kooperationspartner', en: 'Project without partner' },
    meaning: {
      de: 'Projekte, für die die Quellen nur Träger oder Förderer nennen.',
      en: 'Projects for which the sources name only providers or funders.',
    },
    digits: 0,
  },
  'municipality-without-youth-office': {
    label: { de: 'Kommune ohne Jugendamt', en: 'Municipality without youth office' },
    meaning: {
      de: 'Kommunen mit Projekten, in deren Daten kein Jugendamt vorkommt.',
      en: 'Municipalities with projects but no youth office in the data.',
    },
    digits: 0,
  },
};

export interface FigureRow {
  /** Stable id: the comparison's path, e.g. "network.actors.density", "sgb.eiIndex.SGB II". */
  id: string;
  group: FigureGroup;
  label: string;
  meaning: string;
  a: number | null;
  b: number | null;
  delta: number | null;
  digits: number;
}

type Delta = { a: number | null; b: number | null; delta: number | null };

const fill = (s: string, d: string) => s.replace('{d}', d);

function unknownFigure(key: string): FigureText {
  return {
    label: { de: key, en: key },
    meaning: { de: 'Kennzahl ohne Beschreibung.', en: 'Measure without description.' },
    digits: 3,
  };
}

/**
 * All rows, grouped: actor network, SGB cooperation, gaps, project–actor network. Domain rows
 * (E-I index, actors per domain) only for domains with actors on at least one side.
 */
export function comparisonFigureRows(c: Comparison, lang: Language): FigureRow[] {
  const rows: FigureRow[] = [];
  const push = (id: string, group: FigureGroup, text: FigureText, v: Delta, d = '') =>
    rows.push({
      id,
      group,
      label: fill(text.label[lang], d),
      meaning: fill(text.meaning[lang], d),
      a: v.a,
      b: v.b,
      delta: v.delta,
      digits: text.digits,
    });
  const network = (view: 'actors' | 'twoMode') => {
    for (const [key, v] of Object.entries(c.network[view])) {
      const base: NetworkFigureText = NETWORK_FIGURES[key] ?? unknownFigure(key);
      const text = view === 'twoMode' ? { ...base, ...base.twoMode } : base;
      push(`network.${view}.${key}`, view, text, v);
    }
  };
  network('actors');
  for (const key of ['crossTies', 'clusters', 'crossProjects'] as const)
    push(`sgb.${key}`, 'sgb', SGB_FIGURES[key], c.sgb[key]);
  const populated = Object.entries(c.sgb.actorsByDomain).filter(([, v]) => (v.a ?? 0) > 0 || (v.b ?? 0) > 0);
  for (const [d, v] of populated) push(`sgb.actorsByDomain.${d}`, 'sgb', ACTORS_BY_DOMAIN, v, d);
  for (const [d] of populated) {
    const v = c.sgb.eiIndex[d];
    if (v) push(`sgb.eiIndex.${d}`, 'sgb', EI_INDEX, v, d);
  }
  for (const [kind, v] of Object.entries(c.gaps))
    push(`gaps.${kind}`, 'gaps', GAP_FIGURES[kind] ?? unknownFigure(kind), v);
  network('twoMode');
  return rows;
}

export type RankEntry = Comparison['rankShifts']['entries'][number];

export interface RankShiftView {
  /** Entries whose betweenness is above zero on at least one side, in the comparison's order. */
  entries: Array<RankEntry & { valueA: number | null; valueB: number | null }>;
  /** Entries left out: zero (or absent) on both sides, so their ranks say nothing. */
  omitted: number;
}

/**
 * The rank shifts worth listing. Among actors whose betweenness is zero on both sides the ranks
 * are set by the tie-breakers (degree, then key) and a "shift" is noise; those are dropped and
 * counted. `values` hold the betweenness per key on each side (absent = not in that network).
 */
export function meaningfulRankShifts(
  entries: readonly RankEntry[],
  values: { a: Readonly<Record<string, number>>; b: Readonly<Record<string, number>> },
): RankShiftView {
  const own = (r: Readonly<Record<string, number>>, k: string) => (Object.hasOwn(r, k) ? r[k]! : null);
  const kept: RankShiftView['entries'] = [];
  let omitted = 0;
  for (const e of entries) {
    const valueA = own(values.a, e.key);
    const valueB = own(values.b, e.key);
    if ((valueA ?? 0) > 0 || (valueB ?? 0) > 0) kept.push({ ...e, valueA, valueB });
    else omitted++;
  }
  return { entries: kept, omitted };
}
