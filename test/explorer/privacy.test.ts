import { describe, expect, it } from 'vitest';
import { anonymiseQuote, personAliases, personNameParts } from '../../src/explorer/state/privacy.ts';
import { seedsModel, smallModel } from './fixture.ts';

describe('presenter mode privacy', () => {
  it('gives persons the keyed pseudonyms of the exports when a key is given', () => {
    const a = personAliases(smallModel(), 'de', 'schluessel');
    expect([...a.values()][0]).toMatch(/^Person [0-9a-f]{8}$/);
    expect(personAliases(smallModel(), 'de', 'schluessel')).toEqual(a);
    expect(personAliases(smallModel(), 'de', 'anderer')).not.toEqual(a);
  });

  it('numbers persons in key order without a key', () => {
    expect([...personAliases(smallModel(), 'de')]).toEqual([['person:x', 'Ansprechperson 1']]);
    expect([...personAliases(smallModel(), 'en')]).toEqual([['person:x', 'Contact person 1']]);
  });

  it('blanks names, e-mail addresses and phone numbers in quotes but keeps ordinary words', () => {
    const parts = personNameParts(smallModel());
    expect(anonymiseQuote('Kontakt: Frau Erika Xander, x@example.org, Tel. 05221 189-123. Erika plant.', parts)).toBe(
      'Kontakt: [Name], [E-Mail], Tel. [Telefon]. [Name] plant.',
    );
    expect(anonymiseQuote('Das Jugendamt kooperiert.', parts)).toBe('Das Jugendamt kooperiert.');
  });

  it('leaves no name of a person of the seeds in the quotes of the seeds', () => {
    const seeds = seedsModel();
    const parts = personNameParts(seeds);
    const persons = seeds.nodes.filter((n) => n.kind === 'person');
    const quote = persons.map((p) => `${p.label} (${p.email.join(', ')}) ${p.phone.join(', ')}`).join('; ');
    const out = anonymiseQuote(quote, parts);
    for (const p of persons) {
      expect(out).not.toContain(p.label);
      for (const w of p.label.split(' ').filter((w) => w.length >= 3)) expect(out).not.toContain(w);
    }
    expect(out).not.toMatch(/@/);
  });
});
