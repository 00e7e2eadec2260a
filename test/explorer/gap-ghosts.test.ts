import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/schema.ts';
import { buildExplorerModel } from '../../src/explorer/data/explorer-model.ts';
import { gapGhosts, ghostPosition } from '../../src/explorer/state/gap-ghosts.ts';
import { seedsModel, smallGraph, smallModel } from './fixture.ts';

type Gap = Analysis['gaps'][number];
const gap = (kind: Gap['kind'], nodes: string[]): Gap => ({ kind, nodes, severity: 'hoch', message: '', sources: [] });

describe('gapGhosts', () => {
  const seeds = seedsModel();
  const seedGap = (kind: string, node: string) =>
    seeds.analysis!.gaps.find((g) => g.kind === kind && g.nodes.includes(node))!;

  it('puts "fehlt: Jobcenter" beside a project for SGB II families without a Jobcenter in its town or Kreis', () => {
    expect(gapGhosts(seeds, seedGap('sgb2-target-without-sgb2', 'project:zusammen-im-quartier-herford'), 'de')).toEqual(
      [{ anchor: 'project:zusammen-im-quartier-herford', partner: null, label: 'fehlt: Jobcenter' }],
    );
    expect(gapGhosts(seeds, seedGap('sgb2-target-without-sgb2', 'project:part'), 'en')).toEqual([
      { anchor: 'project:part', partner: null, label: 'missing: Jobcenter' },
    ]);
  });

  it('names the missing partner of a project without partners and the missing Jugendamt of a place (anchored at the project)', () => {
    expect(gapGhosts(seeds, seedGap('project-without-partner', 'project:raketenstarker-schulstart'), 'de')).toEqual([
      { anchor: 'project:raketenstarker-schulstart', partner: null, label: 'fehlt: Kooperationspartner' },
    ]);
    expect(gapGhosts(seeds, seedGap('municipality-without-youth-office', 'place:gemeinde-bottrop'), 'de')).toEqual([
      { anchor: 'project:zusammen-im-quartier-bottrop', partner: null, label: 'fehlt: Jugendamt' },
    ]);
  });

  it('draws a missing cooperation as a dashed tie between the two offices', () => {
    expect(gapGhosts(seeds, seedGap('missing-cooperation', 'org:jugendamt-emsdetten'), 'de')).toEqual([
      { anchor: 'org:jugendamt-emsdetten', partner: 'org:jobcenter-ibbenbueren', label: 'keine Verbindung belegt' },
    ]);
  });

  it('ties the project to the expected Jobcenter of its town when the data has one and no tie exists', () => {
    const graph = smallGraph();
    graph.edges = graph.edges.filter((e) => !(e.source === 'project:a' && e.target === 'org:jc'));
    const m = buildExplorerModel({ name: 'klein', graph, analysis: null, positions: {} });
    expect(gapGhosts(m, gap('sgb2-target-without-sgb2', ['project:a']), 'de')).toEqual([
      { anchor: 'project:a', partner: 'org:jc', label: 'JC – keine Verbindung belegt' },
    ]);
    // Hagen has no Jobcenter: a placeholder
    expect(gapGhosts(m, gap('sgb2-target-without-sgb2', ['project:b']), 'de')).toEqual([
      { anchor: 'project:b', partner: null, label: 'fehlt: Jobcenter' },
    ]);
    // already tied: the tie exists, so the placeholder (the gap then is about something else)
    expect(gapGhosts(smallModel(false), gap('sgb2-target-without-sgb2', ['project:a']), 'de')).toEqual([
      { anchor: 'project:a', partner: null, label: 'fehlt: Jobcenter' },
    ]);
  });

  it('has no ghost for bridge gaps or for nodes the network does not have', () => {
    expect(gapGhosts(seeds, gap('only-bridge-between-groups', ['org:jugendamt-emsdetten']), 'de')).toEqual([]);
    expect(gapGhosts(seeds, gap('project-without-partner', ['project:gibt-es-nicht']), 'de')).toEqual([]);
    expect(
      gapGhosts(seeds, gap('missing-cooperation', ['org:jugendamt-emsdetten', 'org:gibt-es-nicht']), 'de'),
    ).toEqual([]);
  });
});

describe('ghostPosition', () => {
  it('goes opposite the neighbours', () => {
    expect(ghostPosition({ x: 100, y: 100 }, [{ x: 50, y: 100 }], 70)).toEqual({ x: 170, y: 100 });
    expect(
      ghostPosition(
        { x: 100, y: 100 },
        [
          { x: 100, y: 40 },
          { x: 100, y: 10 },
        ],
        10,
      ),
    ).toEqual({ x: 100, y: 110 });
  });

  it('goes up-right without neighbours or when they cancel out', () => {
    const p = ghostPosition({ x: 0, y: 0 }, [], 10);
    expect(p.x).toBeCloseTo(7.0711, 4);
    expect(p.y).toBeCloseTo(-7.0711, 4);
    expect(
      ghostPosition(
        { x: 0, y: 0 },
        [
          { x: -5, y: 0 },
          { x: 5, y: 0 },
        ],
        10,
      ).x,
    ).toBeCloseTo(7.0711, 4);
  });
});
