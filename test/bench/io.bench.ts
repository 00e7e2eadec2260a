/**
 * npm run bench:io [-- --sizes 1000:5000,10000:50000]
 *
 * Writers and importers of every exchange format (GEXF, GraphML, CSV, JSON) on generated networks
 * (test/bench/generate-network.ts): time to write, file size, time to read back (median of 3 runs),
 * and that the round trip gives the same graph. Pseudonymising is timed too.
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
import { generateNetwork } from './generate-network.ts';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time<T>(f: () => T, runs = 3): { ms: number; value: T } {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = f();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), value };
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
