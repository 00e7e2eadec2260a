/**
 * Coverage of the shipped gazetteer against the verified reference tables in test/fixtures/gazetteer-reference
 * (Destatis GV-ISys + BKG VG250; read at test time, never copied into the project).
 */
import { describe, expect, it } from 'vitest';
import { nrwGazetteer } from '../../src/gazetteer/nrw.ts';
import { distanceKm, readReference } from './reference.ts';

const g = nrwGazetteer();
const gemeinden = readReference('nrw-gemeinden.csv');
const kreise = readReference('nrw-kreise.csv');

describe('coverage against the reference Gemeinden (test/fixtures/gazetteer-reference/nrw-gemeinden.csv)', () => {
  it('has 396 reference rows', () => {
    expect(gemeinden.length).toBe(396);
  });

  it('finds every one of the 396 Gemeinden by its short name, as the right Gemeinde', () => {
    const misses: string[] = [];
    for (const r of gemeinden) {
      const first = g.lookup(r.name_short ?? '')[0];
      const right =
        first !== undefined && first.level === 'gemeinde' && (first.ags === undefined || first.ags === r.ags);
      if (!right) misses.push(`${r.name_short} (${r.ags})`);
    }
    expect(misses).toEqual([]);
  });

  it('carries the reference AGS for the 374 Gemeinden taken from GeoNames; the 22 supplemented ones have none', () => {
    let same = 0;
    let none = 0;
    for (const r of gemeinden) {
      const p = g.lookup(r.name_short ?? '')[0];
      if (p?.ags === undefined) none++;
      else if (p.ags === r.ags) same++;
    }
    expect({ same, none }).toEqual({ same: 374, none: 22 });
  });

  it('puts 396 of 396 Gemeinden within 10 km and 393 within 5 km of the reference point', () => {
    const distances: number[] = [];
    for (const r of gemeinden) {
      const p = g.lookup(r.name_short ?? '')[0];
      if (p?.lat === undefined || p.lon === undefined) continue;
      distances.push(distanceKm(p.lat, p.lon, Number(r.lat), Number(r.lon)));
    }
    const within = distances.filter((d) => d <= 10).length;
    expect(distances.length).toBe(396);
    expect(within).toBe(396);
    expect(distances.filter((d) => d <= 5).length).toBe(393);
    expect(within / 396).toBeGreaterThanOrEqual(0.95);
    const sorted = [...distances].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
    expect(median).toBeLessThan(1.5);
  });

  it('gives every kreisangehörige Gemeinde the reference Kreis and marks the 22 kreisfreie Städte and Aachen', () => {
    const wrong: string[] = [];
    let kreisfrei = 0;
    for (const r of gemeinden) {
      const p = g.lookup(r.name_short ?? '')[0];
      if (!p) continue;
      if (p.kreisfrei) kreisfrei++;
      if (r.kind === 'kreisfreie Stadt') {
        if (!p.kreisfrei || p.kreis !== undefined) wrong.push(`${r.name_short}: kreisfrei`);
      } else if (p.kreis !== r.kreis_name_long) {
        wrong.push(`${r.name_short}: ${p.kreis} ≠ ${r.kreis_name_long}`);
      }
      if (p.regierungsbezirk !== `Regierungsbezirk ${r.regierungsbezirk}`)
        wrong.push(`${r.name_short}: ${p.regierungsbezirk}`);
    }
    expect(wrong).toEqual([]);
    expect(kreisfrei).toBe(23);
  });
});

describe('coverage against the reference Kreise (test/fixtures/gazetteer-reference/nrw-kreise.csv)', () => {
  it('has 5 Regierungsbezirke, 22 kreisfreie Städte and 31 Kreise', () => {
    const count = (level: string): number => kreise.filter((k) => k.level === level).length;
    expect([count('regierungsbezirk'), count('kreisfreie_stadt'), count('kreis')]).toEqual([5, 22, 31]);
  });

  it('finds every Kreis, kreisfreie Stadt and Regierungsbezirk by its long name, with the reference key', () => {
    const wrong: string[] = [];
    for (const k of kreise) {
      const p = g.lookup(k.name_long ?? '')[0];
      const ok =
        k.level === 'kreis'
          ? p?.level === 'kreis' && p.ags === k.key
          : k.level === 'kreisfreie_stadt'
            ? p?.level === 'gemeinde' && p.kreisfrei === true && p.ags === `${k.key}000`
            : p?.level === 'regierungsbezirk' && p.ags === k.key;
      if (!ok) wrong.push(`${k.name_long}: ${p?.id} ${p?.ags}`);
    }
    expect(wrong).toEqual([]);
  });

  it('has exactly the 31 Kreise, 5 Regierungsbezirke, 2 Landschaftsverbände and the Land besides the Gemeinden', () => {
    const count = (level: string): number => g.all().filter((p) => p.level === level).length;
    expect({
      gemeinde: count('gemeinde'),
      kreis: count('kreis'),
      regierungsbezirk: count('regierungsbezirk'),
      landschaftsverband: count('landschaftsverband'),
      land: count('land'),
    }).toEqual({ gemeinde: 396, kreis: 31, regierungsbezirk: 5, landschaftsverband: 2, land: 1 });
  });
});
