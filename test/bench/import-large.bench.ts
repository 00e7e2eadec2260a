/**
 * npm run bench:import-large [-- --size 34000:170000]
 *
 * A large GEXF and GraphML file (the generated network of test/bench/generate-network.ts, seed 1; at the
 * default size the GEXF has about 62 MB) through `netzatlas import … --out graph.json`, end to end, each in
 * its own Node process: wall time and peak memory (maxRSS) of that process. Aim (issue 15): a 60 MB GEXF
 * in ≤ 30 s and ≤ 2 GB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main.ts';
import { graphToJSON } from '../../src/model/graph-io.ts';
import { writeGexf } from '../../src/formats/gexf/write.ts';
import { writeGraphml } from '../../src/formats/graphml/write.ts';
import { generateNetwork } from './generate-network.ts';

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) {
  // the measured process: one import, then its own time and peak memory on stdout
  const [input, out] = [process.argv[childAt + 1]!, process.argv[childAt + 2]!];
  const t0 = performance.now();
  const code = await runCli(['import', input, '--out', out, '-q']);
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ code, ms, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
  process.exit(0);
}

const at = process.argv.indexOf('--size');
const [n, m] = (at >= 0 ? process.argv[at + 1]! : '34000:170000').split(':').map(Number);
if (!Number.isInteger(n) || !Number.isInteger(m)) throw new Error('--size erwartet Knoten:Kanten, z. B. 34000:170000');
const dir = mkdtempSync(path.join(tmpdir(), 'netzatlas-import-large-'));
const graph = graphToJSON(generateNetwork(n!, m!, 1));
const files = [
  ['GEXF', path.join(dir, 'netz.gexf'), writeGexf(graph)],
  ['GraphML', path.join(dir, 'netz.graphml'), writeGraphml(graph)],
] as const;
for (const [, file, text] of files) writeFileSync(file, text);

const rows: string[] = [];
const self = fileURLToPath(import.meta.url);
for (const [name, file] of files) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', file, path.join(dir, `${name}.json`)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  const r = JSON.parse(line) as { code: number; ms: number; maxRssMB: number };
  const mb = statSync(file).size / 1e6;
  const ok = r.ms <= 30_000 && r.maxRssMB <= 2048;
  rows.push(
    `| ${name} | ${n!.toLocaleString('de-DE')}/${m!.toLocaleString('de-DE')} | ${mb.toFixed(1)} | ${(r.ms / 1000).toFixed(1)} | ${r.maxRssMB.toFixed(0)} | ${r.code} | ${name === 'GEXF' ? (ok ? 'ja' : 'NEIN') : '–'} |`,
  );
}
rmSync(dir, { recursive: true, force: true });

process.stdout.write(
  `Machine: ${cpus()[0]?.model ?? '?'} (${cpus().length} cores), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n\n`,
);
process.stdout.write(
  '| format | network (nodes/edges) | file (MB) | import, end to end (s) | peak memory (MB) | exit code | aim ≤ 30 s, ≤ 2 GB met |\n|---|---|---:|---:|---:|---:|---|\n',
);
process.stdout.write(`${rows.join('\n')}\n`);
