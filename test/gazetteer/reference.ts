/**
 * Reads the verified NRW reference tables in test/fixtures/gazetteer-reference (sources and licence
 * in SOURCE.md there) with papaparse.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

const DIR = path.resolve(import.meta.dirname, '../fixtures/gazetteer-reference');

export function parseCsv(text: string): Array<Record<string, string>> {
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' }).data;
}

export function readReference(file: 'nrw-gemeinden.csv' | 'nrw-kreise.csv'): Array<Record<string, string>> {
  return parseCsv(readFileSync(path.join(DIR, file), 'utf8'));
}

export function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
