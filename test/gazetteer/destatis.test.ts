import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeRegisterBytes,
  DestatisFormatError,
  kreisDisplayName,
  mergeRegister,
  parseDestatisRegister,
  splitOfficialName,
  withRegister,
} from '../../src/gazetteer/destatis.ts';
import { createGazetteer } from '../../src/gazetteer/gazetteer.ts';
import { nrwGazetteer } from '../../src/gazetteer/nrw.ts';

/** Hand-made GV100AD snippet (fixed width, CRLF): NRW records for Aachen, Herford, Hagen, a Niedersachsen record, one short and one unknown line. */
const gv100ad = readFileSync(path.resolve(process.cwd(), 'test/gazetteer/fixtures/gv100ad-snippet.txt'), 'utf8');

/** Hand-made "AuszugGV" export as Excel writes CSV: title rows, two heading rows, column numbers, decimal commas, footnotes. */
const auszugSemicolon = [
  'Gemeindeverzeichnis-Informationssystem GV-ISys;;;;;;;;;;;;;;;',
  'Alle politisch selbständigen Gemeinden mit ausgewählten Merkmalen am 31.12.2020 (4. Quartal);;;;;;;;;;;;;;;',
  ';;;;;;;;;;;;;;;',
  'Satz-art;Text-kenn-zeichen;Amtlicher Regionalschlüssel (ARS);;;;;Gemeindename;Fläche km2 1);Bevölkerung 2);;;;Post-leit-zahl 3);Geografische Mittelpunktkoordinaten 4);',
  ';;Land;RB;Kreis;VB;Gem;;;insgesamt;männlich;weiblich;je km2;;Längengrad;Breitengrad',
  '1;2;3;4;5;6;7;8;9;10;11;12;13;14;15;16',
  '10;;05;;;;;Nordrhein-Westfalen;34 112,74;17 947 221;;;;;;',
  '20;;05;7;;;;Reg.-Bez. Detmold;;;;;;;;',
  '40;43;05;7;66;;;Lippe;;;;;;;;',
  '50;50;05;7;66;0040;;Lage, Stadt;;;;;;;;',
  '60;63;05;7;66;0040;040;Lage, Stadt;76,04;34 858;;;;32791;8,79254;51,991233',
  '60;63;05;7;66;0032;032;Horn-Bad Meinberg, Stadt;;;;;;;8,9454;51,8728',
  '60;63;5;7;58;12;12;Herford, Hansestadt;;;;;;;abc;52,1',
  '60;61;03;2;41;0001;001;Hannover, Landeshauptstadt;;;;;;;9,73;52,37',
  ';;;;;;;;;;;;;;;',
  '1) Quelle: hand-made test data;;;;;;;;;;;;;;;',
].join('\n');

/** The same kind of table, comma separated with a one-line lowercase heading (as in converted copies). */
const auszugComma = [
  'satzart,textkennzeichen,land,rb,kreis,vb,gemeinde,gemeindename,flaeche,bevoelkerung,maennlich,weiblich,je_km2,plz,laengengrad,breitengrad',
  '60,61,05,9,14,0000,000,"Hagen, Stadt der FernUniversität",160.45,188 686,,,,58095,"7,467406","51,360171"',
  '60,63,05,7,54,0012,012,"Halle (Westf.), Stadt",69.7,21 577,,,,33790,"8,362","52,061011"',
].join('\r\n');

describe('parseDestatisRegister: GV100AD', () => {
  const { places, problems } = parseDestatisRegister(gv100ad, 'GV100AD_3112.txt');

  it('reads Land, Regierungsbezirke, Kreise and Gemeinden of NRW only', () => {
    expect(places.map((p) => `${p.id} ${p.ags} ${p.name}`)).toEqual([
      'gemeinde:aachen 05334002 Aachen',
      'gemeinde:hagen 05914000 Hagen',
      'gemeinde:herford 05758012 Herford',
      'kreis:herford 05758 Kreis Herford',
      'kreis:staedteregion-aachen 05334 StädteRegion Aachen',
      'land:nrw 05 Nordrhein-Westfalen',
      'rb:arnsberg 059 Regierungsbezirk Arnsberg',
      'rb:detmold 057 Regierungsbezirk Detmold',
      'rb:koeln 053 Regierungsbezirk Köln',
    ]);
  });

  it('splits off the designation, knows kreisfreie Städte and puts Gemeinden in their Kreis', () => {
    const herford = places.find((p) => p.id === 'gemeinde:herford');
    expect(herford).toEqual({
      id: 'gemeinde:herford',
      name: 'Herford',
      level: 'gemeinde',
      ags: '05758012',
      aliases: [],
      designation: 'Hansestadt',
      kreis: 'Kreis Herford',
      regierungsbezirk: 'Regierungsbezirk Detmold',
    });
    const hagen = places.find((p) => p.id === 'gemeinde:hagen');
    expect([hagen?.designation, hagen?.kreisfrei, hagen?.kreis]).toEqual([
      'Stadt der FernUniversität',
      true,
      undefined,
    ]);
    const aachen = places.find((p) => p.id === 'gemeinde:aachen');
    expect([aachen?.kreisfrei, aachen?.kreis]).toEqual([true, 'StädteRegion Aachen']);
  });

  it('names the line of each broken record in German', () => {
    expect(problems).toEqual([
      {
        line: 16,
        message:
          'Zeile 16: Datensatz zu kurz (16 Zeichen, erwartet mindestens 23: Satzart, Gebietsstand, Schlüssel, Gemeindeverband, Name).',
      },
      { line: 17, message: 'Zeile 17: unbekannte Satzart „99“ (erwartet 10, 20, 30, 40, 50 oder 60).' },
    ]);
  });

  it('reads an ISO-8859-1 file through decodeRegisterBytes', () => {
    const latin1 = new Uint8Array(Buffer.from(gv100ad, 'latin1'));
    const text = decodeRegisterBytes(latin1);
    expect(text).toBe(gv100ad);
    expect(parseDestatisRegister(text, 'alt.txt').places.find((p) => p.id === 'kreis:staedteregion-aachen')?.name).toBe(
      'StädteRegion Aachen',
    );
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Köln', 'utf8')]);
    expect(decodeRegisterBytes(utf8)).toBe('Köln');
  });
});

describe('parseDestatisRegister: AuszugGV as CSV', () => {
  it('finds the columns under two heading rows and reads decimal commas', () => {
    const { places, problems } = parseDestatisRegister(auszugSemicolon, 'AuszugGV4QAktuell.csv');
    expect(places.map((p) => `${p.id} ${p.ags} ${p.lat ?? '-'} ${p.lon ?? '-'}`)).toEqual([
      'gemeinde:herford 05758012 - -',
      'gemeinde:horn-bad-meinberg 05766032 51.8728 8.9454',
      'gemeinde:lage 05766040 51.991233 8.79254',
      'kreis:lippe 05766 - -',
      'land:nrw 05 - -',
      'rb:detmold 057 - -',
    ]);
    const lage = places.find((p) => p.id === 'gemeinde:lage');
    expect([lage?.designation, lage?.kreis, lage?.ambiguous]).toEqual(['Stadt', 'Kreis Lippe', true]);
    expect(problems).toEqual([
      {
        line: 13,
        message:
          'Zeile 13: Koordinaten „abc“/„52,1“ sind keine Zahlen (Längengrad, Breitengrad mit Dezimalkomma erwartet).',
      },
    ]);
  });

  it('reads a comma-separated copy with quoted decimal commas', () => {
    const { places, problems } = parseDestatisRegister(auszugComma, 'gemeinden.csv');
    expect(problems).toEqual([]);
    expect(
      places.map((p) => `${p.id} ${p.name} ${p.designation} ${p.ags} ${p.lat} ${p.lon} ${p.kreisfrei ?? false}`),
    ).toEqual([
      'gemeinde:hagen Hagen Stadt der FernUniversität 05914000 51.360171 7.467406 true',
      'gemeinde:halle-westf Halle (Westf.) Stadt 05754012 52.061011 8.362 false',
    ]);
  });

  it('counts lines across mixed line ends and a quoted line break in a name', () => {
    const text = [
      'satzart;textkennzeichen;land;rb;kreis;vb;gem;gemeindename;;;;;;;laengengrad;breitengrad\r\n',
      '60;63;05;7;66;0040;040;"Lage,\r\nStadt";;;;;;;8,79254;51,991233\n',
      '\r',
      '60;63;05;7;58;0012;012;Herford;;;;;;;abc;52,1\r\n',
    ].join('');
    const { places, problems } = parseDestatisRegister(text, 'gemischt.csv');
    expect(places.filter((p) => p.level === 'gemeinde').map((p) => `${p.id} ${p.name} ${p.designation}`)).toEqual([
      'gemeinde:herford Herford undefined',
      'gemeinde:lage Lage Stadt',
    ]);
    expect(problems).toEqual([
      {
        line: 5,
        message:
          'Zeile 5: Koordinaten „abc“/„52,1“ sind keine Zahlen (Längengrad, Breitengrad mit Dezimalkomma erwartet).',
      },
    ]);
  });

  it('reports a file without NRW records as a problem of the whole file', () => {
    const only =
      'satzart;textkennzeichen;land;rb;kreis;vb;gem;gemeindename\n60;61;03;2;41;0001;001;Hannover, Landeshauptstadt';
    expect(parseDestatisRegister(only, 'nds.csv')).toEqual({
      places: [],
      problems: [{ line: 0, message: 'Die Datei enthält keine Einträge für Nordrhein-Westfalen (Land 05).' }],
    });
  });
});

describe('parseDestatisRegister: unrecognisable files', () => {
  it('throws DestatisFormatError naming file, line and the expected formats', () => {
    let error: unknown;
    try {
      parseDestatisRegister('\n\nHallo Welt\nnoch eine Zeile', 'notizen.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DestatisFormatError);
    const e = error as DestatisFormatError;
    expect([e.name, e.fileName, e.line]).toEqual(['DestatisFormatError', 'notizen.txt', 3]);
    expect(e.message).toMatch(
      /^Datei „notizen\.txt“, Zeile 3: weder GV100AD noch eine Tabelle mit der Spalte „Satzart“ erkannt\. Erwartet: das Gemeindeverzeichnis von Destatis/,
    );
  });

  it('recognises an Excel file and says to save it as CSV', () => {
    expect(() => parseDestatisRegister('PK\u0003\u0004[Content_Types].xml', 'AuszugGV.xlsx')).toThrow(
      /^Datei „AuszugGV\.xlsx“, Zeile 1: das ist eine Excel-Datei \(\.xlsx\), kein Text\./,
    );
  });

  it('rejects an empty file and a heading without data rows', () => {
    expect(() => parseDestatisRegister('  \n', 'leer.csv')).toThrow('Datei „leer.csv“, Zeile 1: die Datei ist leer.');
    expect(() => parseDestatisRegister('Titel\nSatzart;Gemeindename\n', 'kopf.csv')).toThrow(
      /^Datei „kopf\.csv“, Zeile 2: Kopfzeile gefunden, aber keine Datenzeile mit Satzart/,
    );
  });
});

describe('helpers for official names', () => {
  it('splits "Name, Bezeichnung" and builds Kreis display names', () => {
    expect(splitOfficialName('Meschede, Kreis- und  Hochschulstadt')).toEqual({
      name: 'Meschede',
      designation: 'Kreis- und Hochschulstadt',
    });
    expect(splitOfficialName('Kerken')).toEqual({ name: 'Kerken' });
    expect(kreisDisplayName('Herford')).toEqual({ name: 'Kreis Herford', short: 'Herford' });
    expect(kreisDisplayName('Städteregion Aachen')).toEqual({ name: 'StädteRegion Aachen' });
    expect(kreisDisplayName('Hochsauerlandkreis')).toEqual({ name: 'Hochsauerlandkreis' });
  });
});

describe('withRegister / mergeRegister', () => {
  const base = nrwGazetteer().all();

  it('adds designations from the register and keeps ids, names and the kreisfrei status of Aachen', () => {
    const register = parseDestatisRegister(gv100ad, 'GV100AD_3112.txt').places;
    const merged = mergeRegister(base, register);
    expect([merged.matched, merged.unmatched.length, merged.notes]).toEqual([9, 0, []]);
    expect(merged.places.length).toBe(base.length);
    const byId = new Map(merged.places.map((p) => [p.id, p]));
    expect(byId.get('gemeinde:herford')?.designation).toBe('Hansestadt');
    expect(byId.get('gemeinde:hagen')?.designation).toBe('Stadt der FernUniversität');
    expect(byId.get('gemeinde:aachen')?.kreisfrei).toBe(true);
    expect(byId.get('kreis:staedteregion-aachen')?.name).toBe('StädteRegion Aachen');
    // The input list is not changed.
    expect(base.find((p) => p.id === 'gemeinde:herford')?.designation).toBeUndefined();
  });

  it('gives a supplemented Gemeinde its AGS and the official point by name, and adds unknown register entries', () => {
    const register = parseDestatisRegister(auszugSemicolon, 'AuszugGV.csv').places;
    const extra = {
      id: 'gemeinde:teststadt',
      name: 'Teststadt',
      level: 'gemeinde' as const,
      ags: '05766999',
      aliases: [],
    };
    const merged = mergeRegister(base, [...register, extra]);
    expect(merged.unmatched.map((p) => p.id)).toEqual(['gemeinde:teststadt']);
    const horn = merged.places.find((p) => p.id === 'gemeinde:horn-bad-meinberg');
    expect([horn?.ags, horn?.lat, horn?.lon, horn?.designation]).toEqual(['05766032', 51.8728, 8.9454, 'Stadt']);
    expect(merged.places.length).toBe(base.length + 1);
    const g = createGazetteer(withRegister(base, [...register, extra]));
    expect(g.lookup('Teststadt').map((p) => p.ags)).toEqual(['05766999']);
  });

  it('turns a register name that differs into the display name and keeps the old one as an alias', () => {
    const register = parseDestatisRegister(auszugComma, 'gemeinden.csv').places.map((p) =>
      p.id === 'gemeinde:halle-westf' ? { ...p, name: 'Halle (Westfalen)', id: 'gemeinde:halle-westfalen' } : p,
    );
    const merged = withRegister(base, register);
    const halle = merged.find((p) => p.ags === '05754012');
    expect([halle?.id, halle?.name, halle?.aliases]).toEqual([
      'gemeinde:halle-westf',
      'Halle (Westfalen)',
      ['Halle', 'Halle (Westf.)'],
    ]);
  });
});
