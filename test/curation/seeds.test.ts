import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../src/analysis/analyze.ts';
import { applyCuration } from '../../src/curation/apply.ts';
import { describeEntry, labelsOf } from '../../src/curation/describe.ts';
import { parseCurationText, serializeCurationLog } from '../../src/curation/schema.ts';
import { graphFromJSON, parseGraphText } from '../../src/model/graph-io.ts';
import { ROOT, seedsPipeline } from '../helpers.ts';
import { logOf } from './fixture.ts';

/** A planner's corrections, made on the committed data/graph.json. */
const plannerLog = () =>
  logOf(
    {
      op: 'merge',
      keep: 'org:quartiersmanagement-soziale-stadt-hagen',
      remove: 'org:quartiersmanagement-hagen',
      note: 'Dasselbe Quartiersmanagement in Wehringhausen',
    },
    { op: 'rename', node: 'project:part', label: 'PaRT – Partizipation, Teilhabe' },
    { op: 'setKind', node: 'org:lwl-servicestelle', kind: 'funder' },
    {
      op: 'addEdge',
      source: 'org:jugendamt-hagen',
      target: 'org:caritasverband-hagen-e-v',
      kind: 'cooperates_with',
      note: 'Kooperationsvereinbarung seit 2019',
    },
    { op: 'addEdge', source: 'project:familienperspektive', target: 'org:caritasverband-hagen-e-v', kind: 'partner' },
    { op: 'removeEdge', source: 'project:home', target: 'place:gemeinde-moenchengladbach', kind: 'partner' },
    { op: 'markWrong', target: { node: 'place:bottrop-nord-ost' }, note: 'kein Stadtteil, eine Himmelsrichtung' },
    {
      op: 'markWrong',
      target: { edge: { source: 'project:familienperspektive', target: 'org:jobcenter-arnsberg', kind: 'partner' } },
    },
    { op: 'setAttribute', node: 'project:home', name: 'period', value: { start: '2019', end: '2022' } },
    { op: 'setAttribute', node: 'org:quartiersmanagement-hagen', name: 'domains', value: ['SGB VIII'] },
  );

describe('curation of the seeds', () => {
  const committed = parseGraphText(readFileSync(path.join(ROOT, 'data/graph.json'), 'utf8'), 'data/graph.json');

  it('applies every entry of a log made on data/graph.json', () => {
    const r = applyCuration(committed, plannerLog());
    expect(r.report.filter((e) => e.status !== 'applied')).toEqual([]);
  });

  it('still applies the same log after the extraction is run again (node keys are stable)', () => {
    const fresh = parseGraphText(seedsPipeline().graphJson, '(Extraktion)');
    const log = parseCurationText(serializeCurationLog(plannerLog()));
    const again = applyCuration(fresh, log);
    expect(again.report).toEqual(applyCuration(committed, plannerLog()).report);
    expect(again.report.every((e) => e.status === 'applied')).toBe(true);
    const qm = again.graph.nodes.find((n) => n.key === 'org:quartiersmanagement-soziale-stadt-hagen')!.attributes;
    expect(qm.aliases).toContain('Quartiersmanagement');
    expect(
      again.graph.edges.find((e) => e.key === 'cooperates_with:org:caritasverband-hagen-e-v->org:jugendamt-hagen')
        ?.attributes,
    ).toEqual({
      kind: 'cooperates_with',
      cue: 'Manuelle Korrektur: Kooperationsvereinbarung seit 2019',
      sources: [{ doc: 'curation.json', start: 3, end: 4 }],
    });
    // what the explorer lists
    expect(
      plannerLog()
        .entries.slice(0, 2)
        .map((e) => describeEntry(e, labelsOf(fresh))),
    ).toEqual([
      'Zusammengeführt: Quartiersmanagement Soziale Stadt ← Quartiersmanagement',
      'Umbenannt: PaRT → PaRT – Partizipation, Teilhabe',
    ]);
  });

  it('gives a graph the analysis takes', () => {
    const r = applyCuration(committed, plannerLog());
    const analysis = analyzeGraph(graphFromJSON(r.graph));
    expect(analysis.nodes['org:quartiersmanagement-hagen']).toBeUndefined();
    expect(analysis.labels['org:lwl-servicestelle']?.kind).toBe('funder');
  });
});
