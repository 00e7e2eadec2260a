import { loadCorpus, scoreCorpus, formatGenreTable } from '../eval/corpus.ts';
const score = scoreCorpus(loadCorpus().filter((s) => s.name === 'dev'));
for (const g of score.groups) {
  const r = g.result.documents.reduce(
    (a, d) => [a[0] + d.relationsTotal.tp, a[1] + d.relationsTotal.pred, a[2] + d.relationsTotal.gold],
    [0, 0, 0],
  );
  console.log(g.group.padEnd(20), r.join(' '), ((2 * r[0]!) / (r[1]! + r[2]!)).toFixed(4));
}
void formatGenreTable;
