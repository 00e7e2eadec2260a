/** The only bridge between the circuits: a cut vertex whose removal strands a piece with one circuit only. */
import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../src/analysis/analyze.ts';
import { makeGraph, type EdgeSpec, type NodeSpec } from './graphs.ts';

const bridges = (nodes: NodeSpec[], edges: EdgeSpec[]) =>
  analyzeGraph(makeGraph(nodes, edges))
    .gaps.filter((g) => g.kind === 'only-bridge-between-circuits')
    .map((g) => [g.nodes, g.message]);

const ORG: NodeSpec = { key: 'org:verein', kind: 'organisation', label: 'Stadtteilverein' };
const JC: NodeSpec = { key: 'org:jc', kind: 'job_center', label: 'Jobcenter A' };
const tie = (source: string, target: string): EdgeSpec => ({ source, target, kind: 'cooperates_with' });

describe('only bridge between the circuits', () => {
  it('finds the organisation through which alone a Jobcenter reaches SGB VIII, although another piece holds both circuits', () => {
    const nodes: NodeSpec[] = [
      ORG,
      JC,
      { key: 'org:ja', kind: 'youth_office', label: 'Jugendamt B' },
      { key: 'org:jc2', kind: 'job_center', label: 'Jobcenter B' },
      { key: 'org:kita', kind: 'daycare', label: 'Kita B' },
    ];
    // Jobcenter A – Verein – {Jugendamt B, Jobcenter B, Kita B all tied}: the far piece keeps both circuits
    const edges = [
      tie('org:jc', 'org:verein'),
      tie('org:verein', 'org:ja'),
      tie('org:verein', 'org:kita'),
      tie('org:ja', 'org:jc2'),
      tie('org:ja', 'org:kita'),
      tie('org:jc2', 'org:kita'),
    ];
    expect(bridges(nodes, edges)).toEqual([
      [
        ['org:verein'],
        '„Stadtteilverein“ ist die einzige Verbindung zwischen den Rechtskreisen für einen Akteur des SGB II (in einem Teil mit einem Akteur) zum SGB VIII. Fällt dieser Akteur aus, bleibt dieser Teil des Netzes ohne Verbindung in den anderen Rechtskreis.',
      ],
    ]);
  });

  it('finds nothing once the Jobcenter has a second way into SGB VIII', () => {
    const nodes: NodeSpec[] = [
      ORG,
      JC,
      { key: 'org:ja', kind: 'youth_office' },
      { key: 'org:jc2', kind: 'job_center' },
    ];
    const edges = [
      tie('org:jc', 'org:verein'),
      tie('org:verein', 'org:ja'),
      tie('org:ja', 'org:jc2'),
      tie('org:jc', 'org:ja'),
    ];
    expect(bridges(nodes, edges)).toEqual([]);
  });

  it('does not call a Jugendamt a bridge for being the Jobcenter’s only partner', () => {
    const nodes: NodeSpec[] = [JC, { key: 'org:ja', kind: 'youth_office' }, { key: 'org:s', kind: 'school' }];
    expect(bridges(nodes, [tie('org:jc', 'org:ja'), tie('org:ja', 'org:s')])).toEqual([]);
  });
});
