/**
 * npm run bench:io [-- --sizes 1000:5000,10000:50000]
 *
 * Writers and importers of every exchange format (GEXF, GraphML, CSV, JSON) on generated networks
 * (test/bench/generate-network.ts): time to write, file size, time to read back (median of 3 runs),
 * and that the round trip gives the same graph. Pseudonymising is timed too.
 * A second table times fixed workloads of the unit tests whose speed is measured here rather than
 * asserted there (a wall-clock limit in a unit test fails on a loaded machine): the CSV pair of
 * test/formats/csv/robustness.test.ts, the curation log of test/curation/apply.test.ts, the map layout
 * of test/layout/geo-layout.test.ts and the refusal of the billion laughs (test/formats/xml/hostile.test.ts).
 */
import { cpus, totalmem } from 'node:os';
import { importCsvPair } from '../../src/formats/csv/read.ts';
import { importGexf } from '../../src/formats/gexf/read.ts';
import { importGraphml } from '../../src/formats/graphml/read.ts';
import { importJson } from '../../src/formats/json/read.ts';
import { graphToJSON, serializeGraph, graphFromJSON } from '../../src/model/graph-io.ts';
import type { GraphJSON } from '../../src/model/schema.ts';
import { writeCsvEdges, writeCsvNodes } from '../../src/formats/csv/write.ts';
import { writeGexf } from '../../src/formats/gexf/write.ts';
import { writeGraphml } from '../../src/formats/graphml/write.ts';
import { pseudonymise } from '../../src/output/pseudonymise.ts';
import { applyCuration } from '../../src/curation/apply.ts';
import { geoLayout, type GeoNodeInput } from '../../src/layout/geo-layout.ts';
import { edge, logOf, node } from '../curation/fixture.ts';
import { generateNetwork } from './generate-network.ts';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median and fastest of `runs` runs. */
function time<T>(f: () => T, runs = 3): { ms: number; best: number; value: T } {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = f();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), best: Math.min(...times), value };
}

const at = process.argv.indexOf('--sizes');
const sizes = (at >= 0 ? process.argv[at + 1]! : '1000:5000,10000:50000').split(',').map((p) => {
  const [n, m] = p.split(':').map(Number);
  if (!Number.isInteger(n) || !Number.isInteger(m))
    throw new Error(`Größe „${p}“: erwartet Knoten:Kanten, z. B. 10000:50000`);
  return [n!, m!] as const;
});

const rows: string[] = [];
for (const [n, m] of sizes) {
  const graph: GraphJSON = graphToJSON(generateNetwork(n, m, 1));
  const canonical = serializeGraph(graphFromJSON(graph));
  const formats: Array<[string, () => string[], (files: string[]) => GraphJSON]> = [
    ['GEXF', () => [writeGexf(graph)], ([t]) => importGexf(t!, 'netz.gexf').graph],
    ['GraphML', () => [writeGraphml(graph)], ([t]) => importGraphml(t!, 'netz.graphml').graph],
    [
      'CSV',
      () => [writeCsvNodes(graph), writeCsvEdges(graph)],
      ([a, b]) => importCsvPair({ input: a!, file: 'knoten.csv' }, { input: b!, file: 'kanten.csv' }).graph,
    ],
    ['JSON', () => [serializeGraph(graphFromJSON(graph))], ([t]) => importJson(t!, 'netz.json').graph],
  ];
  for (const [name, write, read] of formats) {
    const w = time(write);
    const bytes = w.value.reduce((s, t) => s + Buffer.byteLength(t), 0);
    const r = time(() => read(w.value));
    // CSV tables carry no graph options or graph attributes: nodes and edges are compared
    const same =
      serializeGraph(
        graphFromJSON({ ...r.value, attributes: graph.attributes ?? {}, options: graph.options ?? {} }),
      ) === canonical;
    rows.push(
      `| ${n.toLocaleString('de-DE')}/${m.toLocaleString('de-DE')} | ${name} | ${(bytes / 1e6).toFixed(1)} | ${w.ms.toFixed(0)} | ${r.ms.toFixed(0)} | ${same ? 'ja' : 'NEIN'} |`,
    );
  }
  const p = time(() => pseudonymise(graph, 'bench-key'));
  rows.push(
    `| ${n.toLocaleString('de-DE')}/${m.toLocaleString('de-DE')} | pseudonymise | – | ${p.ms.toFixed(0)} | – | – |`,
  );
}

process.stdout.write(
  `Machine: ${cpus()[0]?.model ?? '?'} (${cpus().length} cores), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n\n`,
);
process.stdout.write(
  '| network (nodes/edges) | format | size (MB) | write (ms) | read back (ms) | nodes and edges identical |\n|---|---|---:|---:|---:|---|\n',
);
process.stdout.write(`${rows.join('\n')}\n`);

/** The CSV pair of test/formats/csv/robustness.test.ts: 20,000 nodes, 50,000 edges. */
function csvWorkload(): () => unknown {
  const kinds = ['Jugendamt', 'Kita', 'Projekt', 'Träger'];
  const nodeRows = Array.from(
    { length: 20_000 },
    (_, i) => `${i};Akteur ${i};${kinds[i % 4]};Stadt ${i % 50};"SGB II; SGB VIII";${i % 100},5;${i % 77}`,
  );
  const edgeRows = Array.from(
    { length: 50_000 },
    (_, i) => `${i % 20_000};${(i * 7919) % 20_000};${['Partner', 'gefördert von', 'liegt in'][i % 3]}`,
  );
  const nodesCsv = `ID;Name;Art;Kommune;Rechtskreise;x;y\r\n${nodeRows.join('\r\n')}`;
  const edgesCsv = `Quelle;Ziel;Beziehung\r\n${edgeRows.join('\r\n')}`;
  return () => importCsvPair({ input: nodesCsv, file: 'k.csv' }, { input: edgesCsv, file: 'e.csv' });
}

/** The curation log of test/curation/apply.test.ts: 20,000 renames and merges on a chain of 10,000 nodes. */
function curationWorkload(): () => unknown {
  const n = 10_000;
  const nodes = Array.from({ length: n }, (_, i) => node(`org:n${String(i).padStart(5, '0')}`, `N${i}`, 'carrier'));
  const edges = Array.from({ length: n - 1 }, (_, i) => edge('partner', nodes[i]!.key, nodes[i + 1]!.key));
  const ops = Array.from({ length: 2 * n }, (_, i) =>
    i % 2 === 0
      ? { op: 'rename' as const, node: nodes[(i * 7) % n]!.key, label: `Neu ${i}` }
      : { op: 'merge' as const, keep: nodes[(i * 13) % n]!.key, remove: nodes[(i * 17 + 1) % n]!.key },
  );
  const log = logOf(...ops);
  return () => applyCuration({ options: { type: 'mixed', multi: true }, nodes, edges }, log);
}

/** The map layout of test/layout/geo-layout.test.ts: 5,000 actors in four places, no edges. */
function geoWorkload(): () => unknown {
  const many: GeoNodeInput[] = Array.from({ length: 5000 }, (_, i) => ({
    key: `org:${String(i).padStart(5, '0')}`,
    kind: 'carrier',
    label: `T${i}`,
    municipality: ['Köln', 'Dortmund', 'Kreis Borken', 'Münster'][i % 4],
  }));
  return () => geoLayout(many, []);
}

/** Nine levels of entities, each ten of the one before (the classic "billion laughs"), in a GEXF file. */
function billionLaughsWorkload(): () => unknown {
  const levels = Array.from({ length: 8 }, (_, i) => ` <!ENTITY l${i + 2} "${`&l${i + 1};`.repeat(10)}">`);
  const text = `<?xml version="1.0"?>\n<!DOCTYPE g [\n <!ENTITY l1 "ha">\n${levels.join('\n')}\n]>\n<gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="a" label="&l9;"/></nodes></graph></gexf>`;
  return () => {
    try {
      importGexf(text, 'lol.gexf');
    } catch {
      return 'abgelehnt';
    }
    throw new Error('billion laughs accepted');
  };
}

const workloads: Array<[string, () => () => unknown]> = [
  ['CSV import, 20.000 nodes / 50.000 edges (robustness.test.ts)', csvWorkload],
  ['applyCuration, 20.000 entries on 10.000 nodes (apply.test.ts)', curationWorkload],
  ['geoLayout, 5.000 actors in 4 places (geo-layout.test.ts)', geoWorkload],
  ['GEXF with the billion laughs refused (xml/hostile.test.ts)', billionLaughsWorkload],
];
process.stdout.write('\n| unit-test workload | median of 3 (ms) | fastest (ms) |\n|---|---:|---:|\n');
for (const [name, prepare] of workloads) {
  const run = prepare();
  run(); // warm-up
  const t = time(run);
  process.stdout.write(`| ${name} | ${t.ms.toFixed(1)} | ${t.best.toFixed(1)} |\n`);
}
