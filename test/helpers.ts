import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { nrwGazetteer } from '../src/gazetteer/nrw.ts';
import type { NodeAttributes } from '../src/model/schema.ts';
import { runPipeline, type PipelineResult } from '../src/pipeline/run-pipeline.ts';

export const ROOT = path.resolve(import.meta.dirname, '..');

export function readCorpus(dir: string): Array<{ name: string; text: string }> {
  const abs = path.resolve(ROOT, dir);
  return readdirSync(abs)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(path.join(abs, f), 'utf8') }));
}

let seedsResult: PipelineResult | undefined;
export function seedsPipeline(): PipelineResult {
  seedsResult ??= runPipeline(readCorpus('seeds'), nrwGazetteer());
  return seedsResult;
}

export function nodesWhere(
  r: PipelineResult,
  pred: (a: NodeAttributes, key: string) => boolean,
): Array<{ key: string; a: NodeAttributes }> {
  const out: Array<{ key: string; a: NodeAttributes }> = [];
  r.graph.forEachNode((key, a) => {
    if (pred(a, key)) out.push({ key, a });
  });
  return out;
}

export function edgesOf(r: PipelineResult, kind: string, source?: string): Array<{ source: string; target: string }> {
  const out: Array<{ source: string; target: string }> = [];
  r.graph.forEachEdge((_, a, s, t) => {
    if (a.kind === kind && (!source || s === source)) out.push({ source: s, target: t });
  });
  return out.sort((x, y) => (x.target < y.target ? -1 : 1));
}
