/**
 * Export of the network shown – whole or filtered, optionally pseudonymised – as GEXF (Gephi opens
 * it in the map's colours and positions), GraphML, CSV (two tables) or JSON. The writers are the
 * CLI's own (src/output), loaded on demand so the first page load stays small. The pseudonym key is
 * kept in this browser (localStorage), never in the exported file, so pseudonyms stay the same from
 * one export to the next.
 */
import type { NodeMeasuresJSON } from '../../analysis/index.ts';
import { type GraphJSON, KIND_COLOURS } from '../../model/index.ts';
import { MEASURES, measureLabel, measureValue } from '../measures.ts';
import type { Language } from '../state/view-state.ts';
import { tableCsv } from './table-csv.ts';

export const DATA_FORMATS = ['gexf', 'graphml', 'csv', 'json'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

export interface DataExportOptions {
  format: DataFormat;
  /** Node keys to keep (the filtered view); null = all. */
  keep: ReadonlySet<string> | null;
  pseudonymise: boolean;
  positions: Record<string, [number, number]>;
  /** Colours and sizes as the map draws them (by key), so Gephi opens the file as drawn. */
  colours?: Record<string, string>;
  sizes?: Record<string, number>;
  baseName: string;
  /** Measures of the project–actor network by node key: CSV gets a third table with them. */
  measures?: Readonly<Record<string, NodeMeasuresJSON>>;
  lang?: Language;
}

export interface ExportFile {
  name: string;
  mime: string;
  text: string;
}

const KEY_STORAGE = 'netzatlas.pseudonymKey';

export function browserPseudonymKey(): string {
  try {
    const stored = localStorage.getItem(KEY_STORAGE);
    if (stored) return stored;
  } catch {
    // no storage: a key for this page only
  }
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const key = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  try {
    localStorage.setItem(KEY_STORAGE, key);
  } catch {
    // see above
  }
  return key;
}

export async function exportData(graph: GraphJSON, o: DataExportOptions): Promise<ExportFile[]> {
  let g: GraphJSON = graph;
  if (o.keep) {
    const keep = o.keep;
    g = {
      ...graph,
      nodes: graph.nodes.filter((n) => keep.has(n.key)),
      edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
    };
  }
  let positions = Object.fromEntries(
    g.nodes.filter((n) => o.positions[n.key]).map((n) => [n.key, o.positions[n.key]!]),
  );
  let colours = o.colours ?? Object.fromEntries(g.nodes.map((n) => [n.key, KIND_COLOURS[n.attributes.kind]]));
  let sizes = o.sizes ?? {};
  let measures: Readonly<Record<string, NodeMeasuresJSON>> = o.measures ?? {};
  if (o.pseudonymise) {
    const { pseudonymiseWithKeys } = await import('../../output/index.ts');
    const { graph: pseudo, keys } = pseudonymiseWithKeys(g, browserPseudonymKey());
    g = pseudo;
    const rekey = <T>(m: Record<string, T>) =>
      Object.fromEntries(Object.entries(m).map(([k, v]) => [keys.get(k) ?? k, v]));
    positions = rekey(positions);
    colours = rekey(colours);
    sizes = rekey(sizes);
    measures = rekey(measures);
  }
  const base = `${o.baseName}${o.pseudonymise ? '-pseudonymisiert' : ''}`;
  switch (o.format) {
    case 'gexf': {
      const { writeGexf } = await import('../../formats/gexf/index.ts');
      return [
        {
          name: `${base}.gexf`,
          mime: 'application/gexf+xml',
          text: writeGexf(g, { positions, colours, sizes, title: 'Netzatlas' }),
        },
      ];
    }
    case 'graphml': {
      const { writeGraphml } = await import('../../formats/graphml/index.ts');
      return [
        {
          name: `${base}.graphml`,
          mime: 'application/graphml+xml',
          text: writeGraphml(g, { positions, colours, sizes }),
        },
      ];
    }
    case 'csv': {
      const { writeCsvEdges, writeCsvNodes } = await import('../../formats/csv/index.ts');
      return [
        { name: `${base}-knoten.csv`, mime: 'text/csv;charset=utf-8', text: writeCsvNodes(g, { positions }) },
        { name: `${base}-kanten.csv`, mime: 'text/csv;charset=utf-8', text: writeCsvEdges(g) },
        ...(o.measures
          ? [
              {
                name: `${base}-kennzahlen.csv`,
                mime: 'text/csv;charset=utf-8',
                text: measuresCsv(g, measures, o.lang ?? 'de'),
              },
            ]
          : []),
      ];
    }
    case 'json': {
      const { graphFromJSON, serializeGraph } = await import('../../model/index.ts');
      return [{ name: `${base}.json`, mime: 'application/json', text: serializeGraph(graphFromJSON(g)) }];
    }
  }
}

/**
 * The measures as a table of their own, keyed like the node table (ID) so a spreadsheet can join
 * them; a separate file, because the node table is read back by the importer and measures are no
 * data of the network. Nodes without measures (persons, places) get empty cells.
 */
export function measuresCsv(
  g: GraphJSON,
  measures: Readonly<Record<string, NodeMeasuresJSON>>,
  lang: Language,
): string {
  const own = (k: string) => (Object.hasOwn(measures, k) ? measures[k] : undefined);
  return tableCsv(
    ['ID', 'Name', ...MEASURES.map((m) => measureLabel(m.key, 'twoMode', lang))],
    g.nodes.map((n) => [n.key, n.attributes.label, ...MEASURES.map((m) => measureValue(own(n.key), m.key))]),
    lang,
  );
}
