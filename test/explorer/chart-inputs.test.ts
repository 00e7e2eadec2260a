import { describe, expect, it } from 'vitest';
import { actorView, twoModeView } from '../../src/analysis/view.ts';
import { MATRIX_DOMAINS } from '../../src/analysis/sgb.ts';
import { domainMatrix, matrixFromCounts } from '../../src/explorer/charts/chart-data.ts';
import { computeVisibility } from '../../src/explorer/state/filter.ts';
import { visibleActorTies, visibleDegrees } from '../../src/explorer/state/chart-inputs.ts';
import { DEFAULT_FILTERS } from '../../src/explorer/state/view-state.ts';
import { graphFromJSON } from '../../src/model/graph-io.ts';
import { seedsModel, smallGraph, smallModel } from './fixture.ts';

describe('chart inputs', () => {
  it('finds the same actor ties as the analysis when nothing is filtered', () => {
    for (const [model, graph] of [[smallModel(), graphFromJSON(smallGraph())]] as const) {
      const all = new Uint8Array(model.nodes.length).fill(1);
      const ours = visibleActorTies(model, all).map(([a, b]) =>
        [model.nodes[a]!.key, model.nodes[b]!.key].sort().join(' '),
      );
      const view = actorView(twoModeView(graph));
      const theirs = view.mapEdges((_e, _a, s, t) => [s, t].sort().join(' '));
      expect(ours.sort()).toEqual(theirs.sort());
    }
  });

  it('gives the analysis matrix for the seeds when nothing is filtered', () => {
    const seeds = seedsModel();
    const v = computeVisibility(seeds, DEFAULT_FILTERS);
    const ties = visibleActorTies(seeds, v.nodes).map(([a, b]) => ({
      a: seeds.nodes[a]!.domains,
      b: seeds.nodes[b]!.domains,
    }));
    expect(domainMatrix(ties, MATRIX_DOMAINS)).toEqual(matrixFromCounts(seeds.analysis!.sgb.matrix, MATRIX_DOMAINS));
  });

  it('counts degrees among shown nodes only', () => {
    const m = smallModel();
    const all = computeVisibility(m, DEFAULT_FILTERS);
    expect(visibleDegrees(m, all.nodes).reduce((a, b) => a + b, 0)).toBe(2 * 12);
    const noPersons = computeVisibility(m, {
      ...DEFAULT_FILTERS,
      kinds: DEFAULT_FILTERS.kinds.filter((k) => k !== 'person'),
    });
    expect(visibleDegrees(m, noPersons.nodes).reduce((a, b) => a + b, 0)).toBe(2 * 10);
  });
});
