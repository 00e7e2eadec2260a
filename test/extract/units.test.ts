import { describe, expect, it } from 'vitest';
import { findEmails, findPhones } from '../../src/extract/actors/contacts.ts';
import { findDistricts } from '../../src/extract/districts.ts';
import { readFields } from '../../src/extract/fields.ts';
import { markFurniture } from '../../src/extract/furniture.ts';
import { splitLines } from '../../src/extract/lines.ts';
import { parseGermanDate, parsePeriod } from '../../src/extract/periods.ts';
import { targetsSgb2 } from '../../src/extract/domains.ts';

function fields(text: string) {
  const lines = splitLines(text);
  return readFields(lines, markFurniture(lines)).map((f) => ({
    key: f.key,
    layout: f.layout,
    values: f.values.map((v) => v.text),
  }));
}

describe('readFields', () => {
  it('reads label and value on separate lines', () => {
    expect(fields('Projektträger\n\nCaritasverband Beispielstadt e.V.\n\nProjektbeginn\n\n2020\n')).toEqual([
      { key: 'carrier', layout: 'separate', values: ['Caritasverband Beispielstadt e.V.'] },
      { key: 'begin', layout: 'separate', values: ['2020'] },
    ]);
  });

  it('reads inline fields and takes the contact lines below an inline contact', () => {
    expect(
      fields(
        'Förderzeitraum: 01.03.2022 – 28.02.2025\nAnsprechpartnerin: Petra Muster\nE-Mail: p.muster@example.de\n\nZiele',
      ),
    ).toEqual([
      { key: 'period', layout: 'inline', values: ['01.03.2022 – 28.02.2025'] },
      { key: 'contact', layout: 'inline', values: ['Petra Muster', 'E-Mail: p.muster@example.de'] },
    ]);
  });

  it('reads table rows with pipes or tabs', () => {
    expect(
      fields('| Projekttitel | Kita-Lotsen |\n| Beteiligte | Jobcenter Solingen |\nLaufzeit\t2021 bis 2023'),
    ).toEqual([
      { key: 'title', layout: 'table', values: ['Kita-Lotsen'] },
      { key: 'partners', layout: 'table', values: ['Jobcenter Solingen'] },
      { key: 'period', layout: 'table', values: ['2021 bis 2023'] },
    ]);
  });

  it('ends a multi-line list at the next section heading', () => {
    expect(
      fields('Beteiligte\n\n  • Stadt Beispiel\n  • Fachdienst Frühe Hilfen\n\nSchwerpunkte\n\n  • Prävention'),
    ).toEqual([{ key: 'partners', layout: 'separate', values: ['Stadt Beispiel', 'Fachdienst Frühe Hilfen'] }]);
  });
});

describe('markFurniture', () => {
  it('marks navigation, cookie and login lines but keeps years and content', () => {
    const lines = splitLines(
      'Inhalt anspringen\nSuche\n255.188,42.060\n2019\nCookies erleichtern die Bereitstellung von Diensten auf dieser Webseite.\nDas Jugendamt berät Familien.',
    );
    expect(markFurniture(lines)).toEqual([true, true, true, false, true, false]);
  });
});

describe('periods', () => {
  it('parses German dates to ISO', () => {
    expect([
      parseGermanDate('01.01.2021'),
      parseGermanDate('März 2022'),
      parseGermanDate('2024'),
      parseGermanDate('31.13.2020'),
    ]).toEqual(['2021-01-01', '2022-03', '2024', undefined]);
  });

  it('parses ranges, "bis Ende" and "seit"', () => {
    expect(parsePeriod('01.01.2021 - 31.12.2022')).toEqual({ start: '2021-01-01', end: '2022-12-31' });
    expect(parsePeriod('2021 bis 2024')).toEqual({ start: '2021', end: '2024' });
    expect(parsePeriod('läuft bis Ende 2024')).toEqual({ end: '2024' });
    expect(parsePeriod('seit 2019')).toEqual({ start: '2019' });
    expect(parsePeriod('in zwei Jahren')).toBeUndefined();
  });
});

describe('contacts', () => {
  it('recognises obfuscated e-mail addresses once', () => {
    const hits = findEmails('E-Mail: koslowski [at] caritas-beispiel.de (koslowski[at]caritas-beispiel[dot]de)');
    expect([...new Set(hits.map((h) => h.value))]).toEqual(['koslowski@caritas-beispiel.de']);
  });

  it('finds phone numbers after Tel./T but not fax numbers', () => {
    expect(findPhones('Tel.: 02331 / 918422').map((h) => h.value)).toEqual(['02331 / 918422']);
    expect(findPhones('T +49 (2161) 25-3032\nF +49 (2161) 25-3417').map((h) => h.value)).toEqual([
      '+49 (2161) 25-3032',
    ]);
  });
});

describe('findDistricts', () => {
  it('reads lists after plural cues and quoted Quartier names', () => {
    expect(
      findDistricts('in den Stadtbezirken Nordviertel, Altstadt und Südhang am höchsten').map((d) => d.name),
    ).toEqual(['Nordviertel', 'Altstadt', 'Südhang']);
    expect(findDistricts('im Quartier "Am alten Markt")').map((d) => d.name)).toEqual(['Am alten Markt']);
    expect(findDistricts('die Stadtteile Ostfeld und besonders Westfeld. Hier wohnen').map((d) => d.name)).toEqual([
      'Ostfeld',
      'Westfeld',
    ]);
  });
});

describe('targetsSgb2', () => {
  it('recognises a target group described through SGB II receipt, not the mere name of the law', () => {
    expect(targetsSgb2('hohe Anteile an SGB II-beziehenden Kindern')).toBe(true);
    expect(targetsSgb2('Kinder in Bedarfsgemeinschaften nach SGB II')).toBe(true);
    expect(targetsSgb2('Kooperation zwischen den Rechtskreisen SGB II und SGB VIII')).toBe(false);
    expect(targetsSgb2('Leistungen nach dem SGB III')).toBe(false);
  });
});
