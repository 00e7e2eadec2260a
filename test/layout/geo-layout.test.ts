import { describe, expect, it } from 'vitest';
import {
  geoLayout,
  geoSpacing,
  projectLonLat,
  type GeoEdgeInput,
  type GeoNodeInput,
} from '../../src/layout/geo-layout.ts';
import { nrwGazetteer } from '../../src/gazetteer/nrw.ts';

const place = (id: string) => {
  const p = nrwGazetteer().byId(id)!;
  return projectLonLat(p.lon!, p.lat!);
};

const nodes: GeoNodeInput[] = [
  { key: 'org:herford-a', kind: 'carrier', label: 'Träger A', municipality: 'Herford' },
  { key: 'org:herford-b', kind: 'youth_office', label: 'Jugendamt Herford', municipality: 'Herford' },
  { key: 'org:duesseldorf', kind: 'organisation', label: 'Amt D', municipality: 'Düsseldorf' },
  { key: 'org:siegen', kind: 'job_center', label: 'Jobcenter Siegen', municipality: 'Siegen' },
  { key: 'org:hagen', kind: 'carrier', label: 'Träger Hagen', municipality: 'Hagen' },
  { key: 'org:kreis-lippe', kind: 'youth_office', label: 'Jugendamt Kreis Lippe', municipality: 'Kreis Lippe' },
  { key: 'org:buende', kind: 'school', label: 'Schule Bünde', municipality: 'Bünde' },
  { key: 'org:bielefeld', kind: 'carrier', label: 'Träger Bielefeld', municipality: 'Bielefeld' },
  { key: 'org:atlantis', kind: 'carrier', label: 'Träger Atlantis', municipality: 'Atlantis' },
  { key: 'org:stiftung', kind: 'funder', label: 'Stiftung ohne Ort' },
  { key: 'program:p', kind: 'program', label: 'Programm' },
  { key: 'place:gemeinde-herford', kind: 'municipality', label: 'Herford', municipality: 'Kreis Herford' },
  { key: 'place:herford-quartier', kind: 'district', label: 'Im Quartier', municipality: 'Herford' },
  { key: 'place:gemeinde-bonn', kind: 'municipality', label: 'Bonn' },
  { key: 'place:gemeinde-siegen', kind: 'municipality', label: 'Siegen', municipality: 'Kreis Siegen-Wittgenstein' },
  { key: 'place:imported', kind: 'municipality', label: 'Irgendwo', lat: 51.0, lon: 7.0 },
  { key: 'project:two-places', kind: 'project', label: 'Projekt in Bonn und Siegen', municipality: 'Bonn' },
  { key: 'project:hamm', kind: 'project', label: 'Projekt Hamm', municipality: 'Hamm' },
  { key: 'project:neighbours', kind: 'project', label: 'Projekt ohne Ortsangabe' },
  { key: 'person:d', kind: 'person', label: 'Person D' },
  { key: 'person:alone', kind: 'person', label: 'Person ohne Ort' },
];
const edges: GeoEdgeInput[] = [
  { source: 'place:herford-quartier', target: 'place:gemeinde-herford', kind: 'located_in' },
  { source: 'project:two-places', target: 'place:gemeinde-bonn', kind: 'located_in' },
  { source: 'project:two-places', target: 'place:gemeinde-siegen', kind: 'located_in' },
  { source: 'project:neighbours', target: 'org:hagen', kind: 'carried_by' },
  { source: 'project:neighbours', target: 'org:siegen', kind: 'partner' },
  { source: 'person:d', target: 'org:duesseldorf', kind: 'works_for' },
  { source: 'project:hamm', target: 'program:p', kind: 'part_of' },
  { source: 'person:alone', target: 'org:stiftung', kind: 'works_for' },
];

describe('geoLayout', () => {
  const geo = geoLayout(nodes, edges);
  const at = (k: string) => geo.positions[k]!;
  const dist = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);
  const spacing = geoSpacing(nodes.length);

  it('puts north up and east right: Herford east of Düsseldorf and north of Siegen, Hagen west of Herford', () => {
    expect(at('org:herford-a')[0]).toBeGreaterThan(at('org:duesseldorf')[0] + 1);
    expect(at('org:herford-a')[1]).toBeGreaterThan(at('org:siegen')[1] + 1);
    expect(at('org:hagen')[0]).toBeLessThan(at('org:herford-b')[0]);
  });

  it('projects lon/lat equirectangularly with cos 51.5°', () => {
    expect(projectLonLat(10, 50)).toEqual([10 * Math.cos((51.5 * Math.PI) / 180), 50]);
    // a node alone at its town stands exactly on the town's point
    const bielefeld = place('gemeinde:bielefeld');
    expect(at('org:bielefeld')[0]).toBeCloseTo(bielefeld[0], 4);
    expect(at('org:bielefeld')[1]).toBeCloseTo(bielefeld[1], 4);
    expect(at('place:imported')).toEqual([Math.round(7 * Math.cos((51.5 * Math.PI) / 180) * 1e4) / 1e4, 51]);
  });

  it('puts a Kreis-level actor at the centroid of its towns and a town inside its Kreis', () => {
    const lippe = place('kreis:lippe');
    expect(dist(at('org:kreis-lippe'), lippe)).toBeLessThan(1e-3);
    // Bünde lies next to Herford: the collision step may nudge it, by less than half the spacing
    const buende = place('gemeinde:buende');
    expect(dist(at('org:buende'), buende)).toBeLessThan(spacing / 2);
    expect(dist(at('org:buende'), place('kreis:herford'))).toBeLessThan(0.2);
  });

  it('spreads the nodes of one town around it without covering each other; the place node in the middle, the Quartier next to it', () => {
    const herford = place('gemeinde:herford');
    expect(dist(at('place:gemeinde-herford'), herford)).toBeLessThan(spacing / 2);
    expect(dist(at('place:herford-quartier'), herford)).toBeLessThan(spacing * 1.5);
    for (const k of ['org:herford-a', 'org:herford-b']) expect(dist(at(k), herford)).toBeLessThan(spacing * 2);
    expect(dist(at('org:herford-a'), at('org:herford-b'))).toBeGreaterThanOrEqual(spacing * 0.99);
    const all = Object.values(geo.positions);
    let min = Infinity;
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++) min = Math.min(min, dist(all[i]!, all[j]!));
    expect(min).toBeGreaterThanOrEqual(spacing * 0.99);
  });

  it('puts a project at the mean of its places, else at its municipality, else at the mean of its neighbours; a person at its organisation', () => {
    const bonn = place('gemeinde:bonn');
    const siegen = place('gemeinde:siegen');
    const mid = [(bonn[0] + siegen[0]) / 2, (bonn[1] + siegen[1]) / 2];
    expect(dist(at('project:two-places'), mid)).toBeLessThan(1e-3);
    expect(dist(at('project:hamm'), place('gemeinde:hamm'))).toBeLessThan(1e-3);
    const hagen = place('gemeinde:hagen');
    expect(dist(at('project:neighbours'), [(hagen[0] + siegen[0]) / 2, (hagen[1] + siegen[1]) / 2])).toBeLessThan(
      spacing,
    );
    expect(dist(at('person:d'), place('gemeinde:duesseldorf'))).toBeLessThan(spacing * 1.5);
  });

  it('gathers the nodes without a place in one group west of the Land', () => {
    expect(geo.unplaced).toEqual(['org:atlantis', 'org:stiftung', 'person:alone', 'program:p']);
    const westmost = Math.min(...geo.backdrop.map((p) => p[0]));
    const g = geo.unplacedGroup!;
    expect(g.x + g.radius).toBeLessThan(westmost);
    for (const k of geo.unplaced) {
      expect(at(k)[0]).toBeLessThan(westmost);
      expect(dist(at(k), [g.x, g.y])).toBeLessThanOrEqual(g.radius + 1e-3);
    }
    expect(
      geoLayout(
        nodes.filter((n) => !geo.unplaced.includes(n.key)),
        edges,
      ).unplacedGroup,
    ).toBeNull();
  });

  it('returns the 396 Gemeinden of NRW as the backdrop, and a frame around dots and nodes', () => {
    expect(geo.backdrop).toHaveLength(396);
    for (const [x, y] of geo.backdrop) {
      expect(y).toBeGreaterThan(50.3);
      expect(y).toBeLessThan(52.6);
      expect(x).toBeGreaterThan(5.8 * Math.cos((51.5 * Math.PI) / 180));
      expect(x).toBeLessThan(9.5 * Math.cos((51.5 * Math.PI) / 180));
    }
    for (const [x, y] of Object.values(geo.positions)) {
      expect(x).toBeGreaterThanOrEqual(geo.bounds.x[0]);
      expect(x).toBeLessThanOrEqual(geo.bounds.x[1]);
      expect(y).toBeGreaterThanOrEqual(geo.bounds.y[0]);
      expect(y).toBeLessThanOrEqual(geo.bounds.y[1]);
    }
  });

  it('gives the same positions for the same network, in whatever order it comes', () => {
    const again = geoLayout([...nodes].reverse(), [...edges].reverse());
    expect(again).toEqual(geo);
    expect(JSON.stringify(again.positions)).toBe(JSON.stringify(geo.positions));
  });

  it('places a large network without overlaps inside a town (its speed: npm run bench:io)', () => {
    const many: GeoNodeInput[] = Array.from({ length: 5000 }, (_, i) => ({
      key: `org:${String(i).padStart(5, '0')}`,
      kind: 'carrier',
      label: `T${i}`,
      municipality: ['Köln', 'Dortmund', 'Kreis Borken', 'Münster'][i % 4],
    }));
    const big = geoLayout(many, []);
    expect(Object.values(big.positions).every((p) => p.every(Number.isFinite))).toBe(true);
    expect(big.unplaced).toEqual([]);
    // the Kölner group stays around Köln
    const koeln = place('gemeinde:koeln');
    expect(dist(big.positions['org:00000']!, koeln)).toBeLessThan(0.5);
  });
});
