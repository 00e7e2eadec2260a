import { loadCorpus, scoreCorpus } from '../eval/corpus.ts';
const only = (process.argv[2] ?? 'dev,holdout,holdout2,holdout3').split(',');
const sets = loadCorpus().filter((s) => only.includes(s.name));
const score = scoreCorpus(sets);
const tot = new Map<string, [number, number]>();
for (const run of score.runs) {
  const nodeOf = run.pipeline.nodeOf;
  const edgeRules = new Map<string, Set<string>>();
  for (const ex of run.pipeline.extractions)
    for (const r of ex.relations) {
      const a = nodeOf.get(r.from),
        b = nodeOf.get(r.to);
      if (!a || !b) continue;
      const [x, y] = r.kind === 'cooperates_with' && b < a ? [b, a] : [a, b];
      const k = `${r.kind}:${x}->${y}`;
      (edgeRules.get(k) ?? edgeRules.set(k, new Set()).get(k)!).add(r.rule ?? '?');
    }
  const spur = new Set(run.result.documents.flatMap((d) => d.spuriousRelations.map((s) => s.key)));
  for (const [k, rules] of edgeRules)
    for (const r of rules) {
      const t = tot.get(r) ?? [0, 0];
      t[0]++;
      if (spur.has(k)) t[1]++;
      tot.set(r, t);
    }
}
const rows = [...tot.entries()].sort((a, b) => b[1][1] - a[1][1]);
for (const [r, [n, fp]] of rows)
  console.log(
    `${r.padEnd(45)} n=${String(n).padStart(4)} fp=${String(fp).padStart(4)} prec=${((n - fp) / n).toFixed(2)}`,
  );
const want = process.argv[3];
if (want)
  for (const run of score.runs) {
    const nodeOf = run.pipeline.nodeOf;
    const keys = new Map<string, string>();
    for (const ex of run.pipeline.extractions)
      for (const r of ex.relations) {
        if (r.rule !== want) continue;
        const a = nodeOf.get(r.from),
          b = nodeOf.get(r.to);
        if (!a || !b) continue;
        keys.set(`${r.kind}:${a}->${b}`, ex.doc ?? '');
      }
    for (const d of run.result.documents)
      for (const s of d.spuriousRelations)
        if (keys.has(s.key)) console.log(`FP ${d.doc.slice(0, 30)} ${s.from} → ${s.to}`);
  }
