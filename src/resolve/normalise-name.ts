/**
 * Name keys for entity resolution: case, umlauts, legal-form suffixes, articles, quotes and
 * genitive place phrases do not make two actors different.
 */
import { fold } from '../util/index.ts';
import { LEGAL_FORM_FOLDED } from '../vocabulary/index.ts';

const LEGAL_FORMS = new RegExp(String.raw`\s*(?:${LEGAL_FORM_FOLDED})$`);

export function nameKey(name: string): string {
  let f = fold(name)
    .replace(/&/g, ' und ')
    .replace(/^(der|die|das|dem|den|des)\s+/, '')
    .replace(/\s+(der|des)\s+((hanse|kreis)?stadt|gemeinde|kreises)\s+.*$/, '');
  for (let i = 0; i < 2; i++) f = f.replace(LEGAL_FORMS, '');
  return f.replace(/[^a-z0-9]+/g, ' ').trim();
}

/** A person's name without academic titles, for comparison (digits kept: "Person 1" and "Person 2" of a table are two). */
export function personKey(name: string): string {
  return fold(name.replace(/^(?:(?:Dr\.|Prof\.|Dipl\.-\S+|Mag\.)\s+)+/, ''))
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
