/**
 * Seeded synthetic networks shaped like Netzatlas data for the analysis benchmark: 10 % projects
 * with 3–5 participants each (mostly from their own town), the remaining ties direct cooperation
 * between actors, half by preferential attachment (a few hubs, as real networks have), half within
 * the town. One Jugendamt and one Jobcenter per town, as in NRW, and one town per 250 nodes (at least
 * 40; 100k nodes ≈ the 396 NRW Gemeinden); other kinds in realistic shares; 30 % of projects for SGB II
 * families.
 */
import Graph from 'graphology';
import type { NetzGraph } from '../../src/model/graph-io.ts';
import type { NodeKind, RelationKind } from '../../src/model/kinds.ts';
import type { EdgeAttributes, NodeAttributes } from '../../src/model/schema.ts';
import { seededRandom } from '../../src/util/rng.ts';

const ACTOR_KINDS: [NodeKind, number][] = [
  ['carrier', 0.3],
  ['organisation', 0.28],
  ['school', 0.15],
  ['daycare', 0.15],
  ['funder', 0.03],
  ['organisation', 0.09], // the remaining share: other bodies (kept as a second entry so measured figures stay reproducible)
];

export function generateNetwork(nodes: number, edges: number, seed = 1): NetzGraph {
  const rng = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
  const g: NetzGraph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'mixed', multi: true, allowSelfLoops: false });
  const towns = Array.from({ length: Math.max(40, Math.round(nodes / 250)) }, (_v, i) => `Stadt ${i + 1}`);
  const projects: string[] = [];
  const actors: string[] = [];
  const byTown = new Map<string, string[]>(towns.map((t) => [t, []]));
  const source = (i: number) => [{ doc: `doc${i % 1000}.txt`, start: i % 5000, end: (i % 5000) + 10 }];
  for (const [t, town] of towns.entries()) {
    for (const kind of ['youth_office', 'job_center'] as const) {
      const key = `org:${kind}-${t}`;
      g.addNode(key, {
        label: `${kind === 'youth_office' ? 'Jugendamt' : 'Jobcenter'} ${town}`,
        kind,
        municipality: town,
        sources: source(t),
      });
      actors.push(key);
      byTown.get(town)!.push(key);
    }
  }
  for (let i = 2 * towns.length; i < nodes; i++) {
    const town = pick(towns);
    if (i % 10 === 0) {
      const key = `project:p${i}`;
      g.addNode(key, {
        label: `Projekt ${i}`,
        kind: 'project',
        municipality: town,
        sources: source(i),
        sgb2TargetGroup: rng() < 0.3,
      });
      projects.push(key);
      continue;
    }
    let r = rng();
    let kind: NodeKind = 'organisation';
    for (const [k, share] of ACTOR_KINDS) {
      if (r < share) {
        kind = k;
        break;
      }
      r -= share;
    }
    const key = `org:a${i}`;
    g.addNode(key, { label: `Akteur ${i}`, kind, municipality: town, sources: source(i) });
    actors.push(key);
    byTown.get(town)!.push(key);
  }
  const endpoints: string[] = [];
  let e = 0;
  const add = (s: string, t: string, kind: RelationKind) => {
    if (s === t || e >= edges) return;
    g.addEdgeWithKey(`e${e}`, s, t, { kind, sources: source(e) });
    endpoints.push(s, t);
    e++;
  };
  for (const p of projects) {
    const town = byTown.get(g.getNodeAttribute(p, 'municipality')!)!;
    const k = 3 + Math.floor(rng() * 3);
    for (let j = 0; j < k; j++)
      add(p, rng() < 0.8 && town.length > 0 ? pick(town) : pick(actors), j === 0 ? 'carried_by' : 'partner');
  }
  while (e < edges && actors.length > 1) {
    const s = pick(actors);
    const t =
      rng() < 0.5 && endpoints.length > 0 ? pick(endpoints) : pick(byTown.get(g.getNodeAttribute(s, 'municipality')!)!);
    if (t.startsWith('org:')) add(s, t, 'cooperates_with');
  }
  return g;
}
