import { loadCorpus, scoreCorpus } from '../eval/corpus.ts';
const only = (process.argv[2] ?? 'seeds,dev,holdout,holdout2,holdout3').split(',');
const score = scoreCorpus(loadCorpus().filter((s) => only.includes(s.name)));
const f = (x: number) => x.toFixed(3);
for (const r of score.runs) {
  const e = r.result.documents.reduce(
    (a, d) => [a[0] + d.entitiesTotal.tp, a[1] + d.entitiesTotal.pred, a[2] + d.entitiesTotal.gold],
    [0, 0, 0],
  );
  const l = r.result.documents.reduce(
    (a, d) => [a[0] + d.relationsTotal.tp, a[1] + d.relationsTotal.pred, a[2] + d.relationsTotal.gold],
    [0, 0, 0],
  );
  const prf = ([tp, p, g]: number[]) => {
    const P = tp / p,
      R = tp / g;
    return `tp=${tp} pred=${p} gold=${g} P=${f(P)} R=${f(R)} F1=${f((2 * P * R) / (P + R))}`;
  };
  console.log(r.set.name.padEnd(9), 'ent', prf(e), '| rel', prf(l));
}
