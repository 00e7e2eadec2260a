import { describe, expect, it } from 'vitest';
import { createGazetteer } from '../../src/gazetteer/gazetteer.ts';
import { nrwGazetteer } from '../../src/gazetteer/nrw.ts';
import type { Place, PlaceMention } from '../../src/gazetteer/types.ts';

const g = nrwGazetteer();
const ids = (places: Place[]): string[] => places.map((p) => p.id);
const brief = (ms: PlaceMention[]): Array<[number, number, string, string | undefined, string[]]> =>
  ms.map((m) => [m.start, m.end, m.surface, m.cue, ids(m.places)]);

describe('lookup', () => {
  it('finds the Kreis for "Kreis Herford" and the town first for a bare "Herford"', () => {
    expect(ids(g.lookup('Kreis Herford'))).toEqual(['kreis:herford']);
    expect(g.lookup('Herford')[0]?.id).toBe('gemeinde:herford');
    expect(ids(g.lookup('Herford'))).toEqual(['gemeinde:herford']);
  });

  it('ignores case, spaces, hyphens and the spelling of umlauts', () => {
    for (const s of ['köln', 'KÖLN', 'Koeln', '  Köln ']) expect(ids(g.lookup(s))).toEqual(['gemeinde:koeln']);
    expect(ids(g.lookup('Castrop Rauxel'))).toEqual(['gemeinde:castrop-rauxel']);
    expect(ids(g.lookup('castrop-rauxel'))).toEqual(['gemeinde:castrop-rauxel']);
    expect(ids(g.lookup('Schloss Holte-Stukenbrock'))).toEqual(['gemeinde:schloss-holte-stukenbrock']);
    expect(ids(g.lookup('Moenchengladbach'))).toEqual(['gemeinde:moenchengladbach']);
  });

  it('takes "Stadt", "Hansestadt", "Kreisstadt" and "Gemeinde" before a name as the town', () => {
    expect(ids(g.lookup('Stadt Hagen'))).toEqual(['gemeinde:hagen']);
    expect(ids(g.lookup('Hansestadt Herford'))).toEqual(['gemeinde:herford']);
    expect(ids(g.lookup('Kreisstadt Unna'))).toEqual(['gemeinde:unna']);
    expect(ids(g.lookup('Gemeinde Senden'))).toEqual(['gemeinde:senden']);
  });

  it('understands the Kreis forms, including the genitive and names without "Kreis X"', () => {
    expect(ids(g.lookup('Kreises Lippe'))).toEqual(['kreis:lippe']);
    expect(ids(g.lookup('des Kreises Lippe'))).toEqual(['kreis:lippe']);
    expect(ids(g.lookup('Kreis Recklinghausen'))).toEqual(['kreis:recklinghausen']);
    expect(ids(g.lookup('Recklinghausen'))).toEqual(['gemeinde:recklinghausen']);
    expect(ids(g.lookup('Ennepe-Ruhr-Kreis'))).toEqual(['kreis:ennepe-ruhr-kreis']);
    expect(ids(g.lookup('Hochsauerlandkreises'))).toEqual(['kreis:hochsauerlandkreis']);
    expect(ids(g.lookup('Märkischen Kreises'))).toEqual(['kreis:maerkischer-kreis']);
    expect(ids(g.lookup('Rhein-Kreis Neuss'))).toEqual(['kreis:rhein-kreis-neuss']);
    expect(ids(g.lookup('Neuss'))).toEqual(['gemeinde:neuss']);
    expect(ids(g.lookup('Rheinisch-Bergischer Kreis'))).toEqual(['kreis:rheinisch-bergischer-kreis']);
    expect(ids(g.lookup('Lippe'))).toEqual(['kreis:lippe']);
  });

  it('tells the StädteRegion Aachen from the city of Aachen', () => {
    expect(ids(g.lookup('StädteRegion Aachen'))).toEqual(['kreis:staedteregion-aachen']);
    expect(ids(g.lookup('Städteregion Aachen'))).toEqual(['kreis:staedteregion-aachen']);
    expect(ids(g.lookup('Aachen'))).toEqual(['gemeinde:aachen']);
    const aachen = g.byId('gemeinde:aachen');
    expect(aachen?.kreisfrei).toBe(true);
    expect(aachen?.kreis).toBe('StädteRegion Aachen');
  });

  it('finds Regierungsbezirke, Bezirksregierungen, Landschaftsverbände and the Land', () => {
    expect(ids(g.lookup('Regierungsbezirk Detmold'))).toEqual(['rb:detmold']);
    expect(ids(g.lookup('Bezirksregierung Köln'))).toEqual(['rb:koeln']);
    expect(ids(g.lookup('Detmold'))).toEqual(['gemeinde:detmold']);
    expect(ids(g.lookup('Landschaftsverband Westfalen-Lippe'))).toEqual(['lv:lwl']);
    expect(ids(g.lookup('LWL'))).toEqual(['lv:lwl']);
    expect(ids(g.lookup('LVR'))).toEqual(['lv:lvr']);
    expect(ids(g.lookup('NRW'))).toEqual(['land:nrw']);
  });

  it('finds names with a suffix also without it or spelt out', () => {
    for (const s of ['Halle (Westf.)', 'Halle Westfalen', 'Halle/Westf.', 'Halle'])
      expect(ids(g.lookup(s))).toEqual(['gemeinde:halle-westf']);
    expect(ids(g.lookup('Mülheim'))).toEqual(['gemeinde:muelheim-an-der-ruhr']);
    expect(ids(g.lookup('Mülheim/Ruhr'))).toEqual(['gemeinde:muelheim-an-der-ruhr']);
    expect(ids(g.lookup('St. Augustin'))).toEqual(['gemeinde:sankt-augustin']);
    expect(ids(g.lookup('Stolberg'))).toEqual(['gemeinde:stolberg-rhld']);
    expect(ids(g.lookup('Fröndenberg'))).toEqual(['gemeinde:froendenberg-ruhr']);
  });

  it('reads Destatis-style names with a designation after the comma', () => {
    expect(ids(g.lookup('Herford, Hansestadt'))).toEqual(['gemeinde:herford']);
    expect(ids(g.lookup('Hagen, Stadt der FernUniversität'))).toEqual(['gemeinde:hagen']);
  });

  it('returns nothing for unknown names and for adjectives', () => {
    expect(g.lookup('Hamburg')).toEqual([]);
    expect(g.lookup('')).toEqual([]);
    expect(g.lookup('Kölner')).toEqual([]);
  });
});

describe('adjective', () => {
  it('recognises adjectival town forms by rule and by a short exception list', () => {
    const cases: Array<[string, string]> = [
      ['Hagener', 'gemeinde:hagen'],
      ['Bottroper', 'gemeinde:bottrop'],
      ['Herforder', 'gemeinde:herford'],
      ['Mönchengladbacher', 'gemeinde:moenchengladbach'],
      ['mönchengladbacher', 'gemeinde:moenchengladbach'],
      ['Münsteraner', 'gemeinde:muenster'],
      ['Kölner', 'gemeinde:koeln'],
      ['Dortmunder', 'gemeinde:dortmund'],
      ['Essener', 'gemeinde:essen'],
      ['Aachener', 'gemeinde:aachen'],
      ['Herner', 'gemeinde:herne'],
      ['Solinger', 'gemeinde:solingen'],
      ['Lippstädter', 'gemeinde:lippstadt'],
      ['Recklinghäuser', 'gemeinde:recklinghausen'],
      ['Unnaer', 'gemeinde:unna'],
      ['Bergisch Gladbacher', 'gemeinde:bergisch-gladbach'],
    ];
    for (const [form, id] of cases) expect([form, ids(g.adjective(form))]).toEqual([form, [id]]);
  });

  it('returns towns only and nothing for non-adjectives', () => {
    expect(g.adjective('Herford')).toEqual([]);
    expect(g.adjective('Lipper')).toEqual([]);
    expect(g.adjective('Münsterer')).toEqual([]);
  });
});

describe('scan', () => {
  it('finds prefixed names, Kreise and hyphenated towns with exact offsets', () => {
    const text = 'Die Stadt Hagen und der Kreis Lippe kooperieren mit Castrop-Rauxel.';
    const ms = g.scan(text);
    expect(brief(ms)).toEqual([
      [4, 15, 'Stadt Hagen', 'stadt', ['gemeinde:hagen']],
      [24, 35, 'Kreis Lippe', 'kreis', ['kreis:lippe']],
      [52, 66, 'Castrop-Rauxel', 'bare', ['gemeinde:castrop-rauxel']],
    ]);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('does not take "Essen" as food for the city, but "in Essen" and "Stadt Essen"', () => {
    const text =
      'Wir wurden zum Essen eingeladen. Essen ist fertig. Das Projekt in Essen läuft; die Stadt Essen zahlt.';
    expect(brief(g.scan(text))).toEqual([
      [66, 71, 'Essen', 'bare', ['gemeinde:essen']],
      [83, 94, 'Stadt Essen', 'stadt', ['gemeinde:essen']],
    ]);
    expect(g.scan('Nach dem Essen gehen alle nach Hause.')).toEqual([]);
  });

  it('prefers the longest match: genitive Kreis, Hansestadt, Bad-names', () => {
    const text = 'Kooperation des Kreises Herford mit der Hansestadt Herford, Horn-Bad Meinberg und Bad Salzuflen.';
    expect(brief(g.scan(text))).toEqual([
      [12, 31, 'des Kreises Herford', 'kreis', ['kreis:herford']],
      [40, 58, 'Hansestadt Herford', 'stadt', ['gemeinde:herford']],
      [60, 77, 'Horn-Bad Meinberg', 'bare', ['gemeinde:horn-bad-meinberg']],
      [82, 95, 'Bad Salzuflen', 'bare', ['gemeinde:bad-salzuflen']],
    ]);
  });

  it('takes the bracketed suffix into the surface and needs a cue for "Lage"', () => {
    const text = 'Die Lage in Halle (Westf.) und in Lage ist gut; die Bezirksregierung Detmold prüft.';
    expect(brief(g.scan(text))).toEqual([
      [12, 26, 'Halle (Westf.)', 'bare', ['gemeinde:halle-westf']],
      [34, 38, 'Lage', 'bare', ['gemeinde:lage']],
      [52, 76, 'Bezirksregierung Detmold', 'regierungsbezirk', ['rb:detmold']],
    ]);
  });

  it('skips street names and adjectives that are common words, keeps other adjectives', () => {
    const text = 'Das Büro liegt an der Kölner Straße in Bonn; die Kölner Tafel und der Hammer Norden.';
    expect(brief(g.scan(text))).toEqual([
      [39, 43, 'Bonn', 'bare', ['gemeinde:bonn']],
      [49, 55, 'Kölner', 'adjective', ['gemeinde:koeln']],
    ]);
  });

  it('accepts a lower-case adjective only right after an article', () => {
    expect(brief(g.scan('Im dortmunder Norden und in der dortmunder Nordstadt.'))).toEqual([
      [32, 42, 'dortmunder', 'adjective', ['gemeinde:dortmund']],
    ]);
  });

  it('does not start a match inside a hyphenated compound such as Westfalen-Lippe', () => {
    const text =
      'Träger ist der Caritasverband für die Stadt Köln e.V.; gefördert vom LWL-Landesjugendamt Westfalen-Lippe.';
    expect(brief(g.scan(text))).toEqual([
      [38, 48, 'Stadt Köln', 'stadt', ['gemeinde:koeln']],
      [69, 72, 'LWL', undefined, ['lv:lwl']],
    ]);
  });

  it('finds inflected Kreis names, the StädteRegion and multi-word towns', () => {
    const text =
      'Im Märkischen Kreis, im Hochsauerlandkreis und in der StädteRegion Aachen; nicht in Mülheim an der Ruhr.';
    expect(brief(g.scan(text))).toEqual([
      [3, 19, 'Märkischen Kreis', 'kreis', ['kreis:maerkischer-kreis']],
      [24, 42, 'Hochsauerlandkreis', 'kreis', ['kreis:hochsauerlandkreis']],
      [54, 73, 'StädteRegion Aachen', 'kreis', ['kreis:staedteregion-aachen']],
      [84, 103, 'Mülheim an der Ruhr', 'bare', ['gemeinde:muelheim-an-der-ruhr']],
    ]);
  });

  it('reports JavaScript string offsets after astral characters and decomposed umlauts', () => {
    const text = '😀 Projekt in Ko\u0308ln und Haltern am See';
    const ms = g.scan(text);
    expect(brief(ms)).toEqual([
      [14, 19, 'Ko\u0308ln', 'bare', ['gemeinde:koeln']],
      [24, 38, 'Haltern am See', 'bare', ['gemeinde:haltern-am-see']],
    ]);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('returns non-overlapping results in text order', () => {
    const text = 'Kreis Unna, Kreisstadt Unna, Unna. Regierungsbezirk Arnsberg, Arnsberger Wald, Arnsberg.';
    const ms = g.scan(text);
    expect(brief(ms)).toEqual([
      [0, 10, 'Kreis Unna', 'kreis', ['kreis:unna']],
      [12, 27, 'Kreisstadt Unna', 'stadt', ['gemeinde:unna']],
      [29, 33, 'Unna', 'bare', ['gemeinde:unna']],
      [35, 60, 'Regierungsbezirk Arnsberg', 'regierungsbezirk', ['rb:arnsberg']],
      [62, 72, 'Arnsberger', 'adjective', ['gemeinde:arnsberg']],
      [79, 87, 'Arnsberg', 'bare', ['gemeinde:arnsberg']],
    ]);
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
  });

  it('reads abbreviations with full stops and the genitive of a town', () => {
    const text = 'Im Reg.-Bez. Detmold und in Kölns Norden; Schwerter und Hammer bleiben Wörter.';
    expect(brief(g.scan(text))).toEqual([
      [3, 20, 'Reg.-Bez. Detmold', 'regierungsbezirk', ['rb:detmold']],
      [28, 33, 'Kölns', 'bare', ['gemeinde:koeln']],
    ]);
    expect(ids(g.adjective('Schwerter'))).toEqual(['gemeinde:schwerte']);
    expect(g.lookup('Schwertes')).toEqual([]);
  });

  it('returns nothing for an empty text', () => {
    expect(g.scan('')).toEqual([]);
  });
});

describe('createGazetteer', () => {
  it('works on a hand-made list and sorts all() by id', () => {
    const places: Place[] = [
      { id: 'gemeinde:b', name: 'Bestadt', level: 'gemeinde', aliases: [] },
      { id: 'gemeinde:a', name: 'Adorf', level: 'gemeinde', aliases: ['A-Dorf'], ambiguous: true },
    ];
    const small = createGazetteer(places);
    expect(ids(small.all())).toEqual(['gemeinde:a', 'gemeinde:b']);
    expect(small.byId('gemeinde:b')?.name).toBe('Bestadt');
    expect(small.byId('gemeinde:x')).toBeUndefined();
    expect(ids(small.lookup('a dorf'))).toEqual(['gemeinde:a']);
    expect(brief(small.scan('Adorf und Bestadt, aus Adorf.'))).toEqual([
      [10, 17, 'Bestadt', 'bare', ['gemeinde:b']],
      [23, 28, 'Adorf', 'bare', ['gemeinde:a']],
    ]);
  });

  it('rejects duplicate ids', () => {
    const p: Place = { id: 'gemeinde:a', name: 'A', level: 'gemeinde', aliases: [] };
    expect(() => createGazetteer([p, { ...p }])).toThrow('gazetteer: id doppelt: gemeinde:a');
  });
});
