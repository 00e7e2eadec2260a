/**
 * What a person reading the five seed pages extracts, pinned as exact facts. The rules behind them
 * come from structure and vocabulary (see src/extract); these tests only check the outcome.
 */
import { describe, expect, it } from 'vitest';
import { edgesOf, nodesWhere, seedsPipeline } from '../helpers.ts';

const r = seedsPipeline();
const seed = {
  herford: '000_663ead07a069efeb.txt',
  hagen: '001_c1281056e0d29494.txt',
  lwl: '002_4128489d241f18e9.txt',
  bottrop: '003_8adf6a35e7a7aa5a.txt',
  mg: '004_c143664b52425d29.txt',
};

describe('the seeds', () => {
  it('make the misspelt "Abteilung Jungend" of Herford and "das Jugendamt der Hansestadt Herford" one youth office', () => {
    const yo = nodesWhere(r, (a) => a.kind === 'youth_office' && a.municipality === 'Herford');
    expect(yo).toHaveLength(1);
    expect(yo[0]!.a.label).toBe('Jugendamt Herford');
    expect(yo[0]!.a.aliases).toEqual(expect.arrayContaining(['Abteilung Jungend', 'Jugendamt']));
    expect(new Set(yo[0]!.a.sources.map((s) => s.doc))).toEqual(new Set([seed.herford, seed.lwl]));
  });

  it('keep the two Quartiersmanagements in Hagen apart', () => {
    const qm = nodesWhere(r, (a) => a.label.startsWith('Quartiersmanagement') && a.municipality === 'Hagen')
      .map((n) => n.a.label)
      .sort();
    expect(qm).toEqual(['Quartiersmanagement', 'Quartiersmanagement Soziale Stadt']);
  });

  it('give each of the ten LWL entries its own project with the period of its heading', () => {
    const projects = nodesWhere(r, (a) => a.kind === 'project' && a.sources.some((s) => s.doc === seed.lwl));
    const periods = Object.fromEntries(
      projects.map((p) => [p.a.municipality, `${p.a.period?.start}-${p.a.period?.end}`]),
    );
    expect(projects).toHaveLength(10);
    expect(periods).toEqual({
      'Castrop-Rauxel': '2021-2024',
      Hamm: '2021-2024',
      Ibbenbüren: '2021-2024',
      'Kreis Lippe': '2021-2024',
      Arnsberg: '2020-2022',
      Herford: '2020-2022',
      'Kreis Höxter': '2020-2022',
      Emsdetten: '2019-2021',
      'Kreis Paderborn': '2019-2021',
      Warstein: '2019-2021',
    });
  });

  it('mark the Herford and Hagen projects as targeting SGB II families', () => {
    const sgb2 = nodesWhere(r, (a) => a.kind === 'project' && a.sgb2TargetGroup === true)
      .map((n) => n.a.municipality)
      .sort();
    expect(sgb2).toEqual(['Hagen', 'Herford', 'Ibbenbüren']);
  });

  it('read the Hagen project sheet: title, carriers, period, begin and contacts', () => {
    const part = nodesWhere(r, (a) => a.kind === 'project' && a.label === 'PaRT')[0]!;
    expect(part.a.period).toEqual({ start: '2021-01-01', end: '2022-12-31' });
    expect(part.a.begin).toBe('2019');
    expect(part.a.aliases).toContain('Partizipation- ambitioniert- Resilienz- Teilhabe');
    expect(edgesOf(r, 'carried_by', part.key).map((e) => e.target)).toEqual([
      'org:caritasverband-hagen-e-v',
      'org:diakonie-mark-ruhr-gemeinnuetzige-gmbh-hagen',
    ]);
    const koslowski = nodesWhere(r, (a) => a.kind === 'person' && a.label === 'Thomas Koslowski')[0]!;
    expect(koslowski.a.email).toEqual(['koslowski@caritas-hagen.de']);
    expect(koslowski.a.phone).toEqual(['02331 / 918422']);
    expect(edgesOf(r, 'works_for', koslowski.key).map((e) => e.target)).toEqual(['org:caritasverband-hagen-e-v']);
  });

  it('treat a ministry named as Projektträger as the funder, and know its publisher mark', () => {
    const mags = nodesWhere(
      r,
      (a) => a.kind === 'funder' && a.label.startsWith('Ministerium für Arbeit, Gesundheit und Soziales'),
    );
    expect(mags).toHaveLength(1);
    expect(mags[0]!.a.aliases).toContain('Arbeit.Gesundheit.Soziales.');
    expect(new Set(mags[0]!.a.sources.map((s) => s.doc))).toEqual(new Set([seed.herford, seed.hagen, seed.bottrop]));
    const herford = nodesWhere(
      r,
      (a) => a.kind === 'project' && a.municipality === 'Herford' && a.sources.some((s) => s.doc === seed.herford),
    )[0]!;
    expect(edgesOf(r, 'funded_by', herford.key).map((e) => e.target)).toEqual([mags[0]!.key]);
    expect(edgesOf(r, 'carried_by', herford.key)).toEqual([]);
  });

  it("give the town Herford its own node: the project sheet and the Hansestadt's Jugendamt hang on the town, not on the Kreis", () => {
    const towns = nodesWhere(r, (a) => a.kind === 'municipality' && /Herford/.test(a.label)).map(
      (n) => `${n.key}=${n.a.label}`,
    );
    expect(towns).toEqual(['place:gemeinde-herford=Herford']);
    const herford = nodesWhere(r, (a) => a.kind === 'project' && a.sources.some((s) => s.doc === seed.herford))[0]!;
    expect(edgesOf(r, 'located_in', herford.key).map((e) => e.target)).toContain('place:gemeinde-herford');
    const yo = nodesWhere(r, (a) => a.kind === 'youth_office' && a.municipality === 'Herford');
    expect(yo.map((n) => n.key)).toEqual(['org:jugendamt-herford']);
  });

  it('find persons with role and organisation', () => {
    const spilker = nodesWhere(r, (a) => a.label === 'Andreas Spilker')[0]!;
    expect(spilker.a.role).toBe('Leitung');
    expect(edgesOf(r, 'works_for', spilker.key).map((e) => e.target)).toEqual(['org:jugendamt-herford']);
    const pahmeyer = nodesWhere(r, (a) => a.kind === 'person' && a.label === 'Heidi Pahmeyer');
    expect(pahmeyer).toHaveLength(1);
  });

  it('find the explicit cooperation of Jobcenter and Jugendamt in Ibbenbüren', () => {
    expect(edgesOf(r, 'cooperates_with', 'org:jobcenter-ibbenbueren').map((e) => e.target)).toEqual([
      'org:jugendamt-ibbenbueren',
    ]);
  });

  it('find the districts of Bottrop and tie them to the town', () => {
    const d = nodesWhere(r, (a) => a.kind === 'district' && a.municipality === 'Bottrop')
      .map((n) => n.a.label)
      .sort();
    expect(d).toEqual(['Altstadt', 'Batenbrock-Süd', 'Nord-Ost', 'Welheim']);
    expect(edgesOf(r, 'located_in', 'place:bottrop-welheim').map((e) => e.target)).toEqual(['place:gemeinde-bottrop']);
  });

  it('funds the ZiQ programme by the ministry and the EU, as the Bottrop page says', () => {
    const targets = edgesOf(r, 'funded_by', 'program:zusammen-im-quartier-kinder-staerken-zukunft-sichern').map(
      (e) => e.target,
    );
    expect(targets).toEqual([
      'org:europaeische-union',
      'org:ministerium-fuer-arbeit-gesundheit-und-soziales-des-landes-nordrhein-westfalen',
    ]);
  });

  it('give every node and edge a source inside its document', () => {
    const docs = new Map([...Object.values(seed)].map((d) => [d, true]));
    let n = 0;
    r.graph.forEachNode((_, a) => {
      for (const s of a.sources) {
        expect(docs.has(s.doc)).toBe(true);
        expect(s.end).toBeGreaterThan(s.start);
        n++;
      }
    });
    r.graph.forEachEdge((_, a) => expect(a.sources.length).toBeGreaterThan(0));
    expect(n).toBeGreaterThan(100);
  });
});
