/**
 * The evaluation corpus: the seeds and the development pages with their gold, extracted the way a
 * user would (one run per set) and scored per genre. The scorer (score.ts) stays independent of
 * src/; only this harness calls the pipeline. Used by `npm run eval` and the quality gate.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nrwGazetteer } from '../../src/gazetteer/nrw.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/run-pipeline.ts';
import {
  evaluate,
  parseCrossDoc,
  parseGoldDoc,
  type CrossDocGroup,
  type EvalResult,
  type GoldDoc,
  type Prf,
} from './score.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface CorpusSet {
  /** "seeds", "dev" or a holdout set ("holdout" … "holdout6") */
  name: string;
  docs: Array<{ name: string; text: string }>;
  golds: GoldDoc[];
  cross: CrossDocGroup[];
}

function readTexts(dir: string): Array<{ name: string; text: string }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
}

function readGolds(dir: string): GoldDoc[] {
  const out: GoldDoc[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.gold.json'))
    .sort()) {
    const { gold, problems } = parseGoldDoc(JSON.parse(readFileSync(join(dir, f), 'utf8')), f);
    if (problems.length) throw new Error(`${dir}/${f}: ${problems.join('; ')}`);
    if (gold) out.push(gold);
  }
  return out;
}

/** The two sets of the repository: seeds (gold in test/fixtures/gold) and dev (pages with gold beside them). */
export function loadCorpus(root = ROOT): CorpusSet[] {
  const goldDir = join(root, 'test/fixtures/gold');
  const crossFile = join(goldDir, 'cross-document.json');
  const seeds: CorpusSet = {
    name: 'seeds',
    docs: readTexts(join(root, 'seeds')),
    golds: readGolds(goldDir),
    cross: existsSync(crossFile) ? parseCrossDoc(JSON.parse(readFileSync(crossFile, 'utf8'))).groups : [],
  };
  const devDir = join(root, 'test/fixtures/dev');
  const devGolds = readGolds(devDir);
  const withGold = new Set(devGolds.map((g) => g.doc));
  // only pages with gold are part of the measured set (a page being written has none yet)
  const dev: CorpusSet = {
    name: 'dev',
    docs: readTexts(devDir).filter((d) => withGold.has(d.name)),
    golds: devGolds,
    cross: [],
  };
  // pages annotated before the extractor ever saw them (their SOURCES.md), reported apart: „holdout“ …
  // „holdout3“, „holdout6“ and „holdout7“ are (or may be) used to find rules (BENCHMARKS.md says from when), „holdout4“, „holdout5“ and „holdout8“ are still unseen
  const holdoutSet = (name: string, folder: string): CorpusSet => {
    const dir = join(root, 'test/fixtures', folder);
    return existsSync(dir)
      ? { name, docs: readTexts(dir), golds: readGolds(dir), cross: [] }
      : { name, docs: [], golds: [], cross: [] };
  };
  return [
    seeds,
    dev,
    holdoutSet('holdout', 'holdout'),
    holdoutSet('holdout2', 'holdout2'),
    holdoutSet('holdout3', 'holdout3'),
    holdoutSet('holdout4', 'holdout4'),
    holdoutSet('holdout5', 'holdout5'),
    holdoutSet('holdout6', 'holdout6'),
    holdoutSet('holdout7', 'holdout7'),
    holdoutSet('holdout8', 'holdout8'),
  ];
}

export interface GroupScore {
  group: string;
  documents: number;
  result: EvalResult;
}

export interface CorpusScore {
  /** One row per genre of the dev set, then "dev (all)", then "seeds", then the holdout sets. */
  groups: GroupScore[];
  runs: Array<{ set: CorpusSet; pipeline: PipelineResult; result: EvalResult }>;
  network: NetworkShape;
}

/** Rule ids behind the spurious nodes and ties of a run, most frequent first. */
export function falsePositiveRules(
  pipeline: PipelineResult,
  result: EvalResult,
): { entities: Array<[string, number]>; relations: Array<[string, number]> } {
  const nodeOf = pipeline.nodeOf;
  const edgeRules = new Map<string, Set<string>>();
  const nodeRules = new Map<string, Set<string>>();
  for (const ex of pipeline.extractions) {
    for (const m of ex.mentions) {
      const k = nodeOf.get(m.id);
      if (k) (nodeRules.get(k) ?? nodeRules.set(k, new Set()).get(k)!).add(m.rule ?? '?');
    }
    for (const r of ex.relations) {
      const a = nodeOf.get(r.from);
      const b = nodeOf.get(r.to);
      if (!a || !b) continue;
      const [x, y] = r.kind === 'cooperates_with' && b < a ? [b, a] : [a, b];
      const k = `${r.kind}:${x}->${y}`;
      (edgeRules.get(k) ?? edgeRules.set(k, new Set()).get(k)!).add(r.rule ?? '?');
    }
  }
  const count = (keys: string[], rules: Map<string, Set<string>>) => {
    const n = new Map<string, number>();
    for (const k of keys) for (const r of rules.get(k) ?? ['?']) n.set(r, (n.get(r) ?? 0) + 1);
    return [...n.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  };
  return {
    entities: count(
      result.documents.flatMap((d) => d.spurious.map((s) => s.key)),
      nodeRules,
    ),
    relations: count(
      result.documents.flatMap((d) => d.spuriousRelations.map((s) => s.key)),
      edgeRules,
    ),
  };
}

export interface NetworkShape {
  nodes: number;
  edges: number;
  isolated: number;
  /** Pages whose gold states ties but whose extraction gave none. */
  pagesWithoutTies: string[];
}

function textsOf(set: CorpusSet): Map<string, string> {
  return new Map(set.docs.map((d) => [d.name, d.text]));
}

/** Extract each set in one run, score it, and split the dev set by genre. */
export function scoreCorpus(sets: CorpusSet[] = loadCorpus()): CorpusScore {
  const places = nrwGazetteer();
  const runs = sets.map((set) => {
    const pipeline = runPipeline(set.docs, places);
    const result = evaluate(JSON.parse(pipeline.graphJson), set.golds, textsOf(set), set.cross);
    return { set, pipeline, result };
  });
  const groups: GroupScore[] = [];
  for (const run of runs) {
    if (run.set.name !== 'dev') continue;
    const graph = JSON.parse(run.pipeline.graphJson) as unknown;
    const genres = [...new Set(run.set.golds.map((g) => g.genre ?? 'ohne Genre'))].sort();
    for (const genre of genres) {
      const golds = run.set.golds.filter((g) => (g.genre ?? 'ohne Genre') === genre);
      groups.push({ group: genre, documents: golds.length, result: evaluate(graph, golds, textsOf(run.set), []) });
    }
    groups.push({ group: 'dev (alle)', documents: run.set.golds.length, result: run.result });
  }
  for (const run of runs)
    if (run.set.name === 'seeds') groups.push({ group: 'seeds', documents: run.set.golds.length, result: run.result });
  for (const run of runs)
    if (run.set.name.startsWith('holdout') && run.set.golds.length)
      groups.push({ group: run.set.name, documents: run.set.golds.length, result: run.result });
  const dev = runs.find((r) => r.set.name === 'dev');
  return {
    groups,
    runs,
    network: dev ? networkShape(dev.pipeline, dev.result) : { nodes: 0, edges: 0, isolated: 0, pagesWithoutTies: [] },
  };
}

function networkShape(p: PipelineResult, r: EvalResult): NetworkShape {
  let isolated = 0;
  p.graph.forEachNode((n) => {
    if (p.graph.degree(n) === 0) isolated++;
  });
  const docsWithEdges = new Set<string>();
  p.graph.forEachEdge((_, a) => {
    for (const s of a.sources) docsWithEdges.add(s.doc);
  });
  const pagesWithoutTies = r.documents
    .filter((d) => d.relationsTotal.gold > 0 && !docsWithEdges.has(d.doc))
    .map((d) => d.doc);
  return { nodes: p.graph.order, edges: p.graph.size, isolated, pagesWithoutTies };
}

const f3 = (x: number) => x.toFixed(2);
const prf = (p: Prf) => `${f3(p.precision)} / ${f3(p.recall)} / ${f3(p.f1)}`;

/** The per-genre table (German headings: it is printed for planners and developers alike). */
export function formatGenreTable(score: CorpusScore): string {
  const rows = [
    '| Seiten | Anzahl | Entitäten P / R / F1 | Beziehungen P / R / F1 | Zeiträume |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const g of score.groups) {
    const t = g.result.total;
    const periods = t.periods.total ? `${t.periods.correct}/${t.periods.total}` : '–';
    rows.push(`| ${g.group} | ${g.documents} | ${prf(t.entitiesTotal)} | ${prf(t.relationsTotal)} | ${periods} |`);
  }
  const n = score.network;
  const share = n.nodes ? (100 * n.isolated) / n.nodes : 0;
  rows.push(
    '',
    `Entwicklungskorpus als ein Netz: ${n.nodes} Knoten, ${n.edges} Kanten, ${n.isolated} isoliert (${share.toFixed(1)} %).`,
    n.pagesWithoutTies.length
      ? `Seiten mit Beziehungen im Gold, aber ohne Kante: ${n.pagesWithoutTies.join(', ')}`
      : 'Jede Seite mit Beziehungen im Gold ergibt Kanten.',
  );
  const seeds = score.groups.find((g) => g.group === 'seeds')?.result.crossDocument;
  if (seeds)
    rows.push(
      `Seeds: dokumentübergreifend zusammengeführt ${seeds.merged}/${seeds.evaluable}, überzusammengeführt ${seeds.overMerged}.`,
    );
  return rows.join('\n');
}

/** How a page of the corpus is read in another form: the document text extraction then sees. */
export type FormReader = (page: { name: string; text: string }) => string;

export interface FormScore {
  form: string;
  rows: Array<{ set: string; asText: EvalResult['total']; asForm: EvalResult['total']; same: boolean }>;
}

/**
 * The same corpus read in another form (e.g. every page saved as a web page), scored against the
 * same gold: the pages keep their names, so the gold applies unchanged. `same` compares the scores
 * exactly, not to two decimals.
 */
export function scoreForm(form: string, read: FormReader, score: CorpusScore): FormScore {
  const places = nrwGazetteer();
  const rows = score.runs.map((run) => {
    const docs = run.set.docs.map((d) => ({ name: d.name, text: read(d) }));
    const pipeline = runPipeline(docs, places);
    const asForm = evaluate(
      JSON.parse(pipeline.graphJson),
      run.set.golds,
      new Map(docs.map((d) => [d.name, d.text])),
      run.set.cross,
    ).total;
    const asText = run.result.total;
    const key = (t: EvalResult['total']) => JSON.stringify([t.entitiesTotal, t.relationsTotal, t.periods]);
    return { set: run.set.name, asText, asForm, same: key(asText) === key(asForm) };
  });
  return { form, rows };
}

export function formatFormTable(s: FormScore): string {
  const rows = [
    `| Seiten | als Text: Entitäten / Beziehungen F1 | als ${s.form}: Entitäten / Beziehungen F1 | gleich |`,
    '|---|---:|---:|---|',
  ];
  for (const r of s.rows) {
    rows.push(
      `| ${r.set} | ${f3(r.asText.entitiesTotal.f1)} / ${f3(r.asText.relationsTotal.f1)} | ${f3(r.asForm.entitiesTotal.f1)} / ${f3(r.asForm.relationsTotal.f1)} | ${r.same ? 'ja' : 'NEIN'} |`,
    );
  }
  return rows.join('\n');
}
