/** Quotes for reports: the sentence or line around a mention, contact details blanked. */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { maskContacts, sentenceAround } from '../../src/output/evidence-text.ts';

describe('sentenceAround', () => {
  const text =
    'Erster Satz. Der Träger arbeitet mit dem Jobcenter zusammen. Dritter Satz.\nProjektträger: Beispiel e.V.\nKontakt: x';

  it('quotes the sentence that holds the mention', () => {
    const at = text.indexOf('Jobcenter');
    expect(sentenceAround(text, at, at + 9)).toBe('Der Träger arbeitet mit dem Jobcenter zusammen.');
  });

  it('quotes only the field line in a labelled block', () => {
    const at = text.indexOf('Beispiel');
    expect(sentenceAround(text, at, at + 8)).toBe('Projektträger: Beispiel e.V.');
  });

  it('blanks e-mail addresses and phone numbers, also obfuscated ones', () => {
    expect(maskContacts('Mail an erika.muster [at] beispiel [dot] de oder 0521 / 123 456')).toBe(
      'Mail an [E-Mail] oder [Telefon]',
    );
  });
});

test.prop([fc.string({ maxLength: 300 }), fc.nat(400), fc.nat(400)])(
  'never throws and stays short for any text and offsets',
  (text, a, b) => {
    const q = sentenceAround(text, Math.min(a, b), Math.max(a, b));
    expect(q.length).toBeLessThanOrEqual(302);
  },
);
