/**
 * Presenter ("anonymised") mode: persons appear under the same keyed pseudonyms as in pseudonymised
 * exports ("Person 3f9a1c2b", from the browser's pseudonym key), contact details are not shown, and
 * quotes have e-mail addresses, phone numbers and the names of persons blanked. Without a key they
 * are numbered in key order ("Ansprechperson 1…n").
 */
import { maskContacts, personPseudonym } from '../../output/index.ts';
import type { ExplorerModel } from '../data/explorer-model.ts';
import type { Language } from './view-state.ts';

export function personAliases(model: ExplorerModel, lang: Language, secret?: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  for (const n of model.nodes) {
    if (n.kind !== 'person') continue;
    i++;
    out.set(
      n.key,
      secret ? personPseudonym(n.key, secret) : `${lang === 'en' ? 'Contact person' : 'Ansprechperson'} ${i}`,
    );
  }
  return out;
}

/** Name parts of persons worth blanking (at least 3 letters: short tokens would blank ordinary words). */
export function personNameParts(model: ExplorerModel): string[] {
  const parts = new Set<string>();
  for (const n of model.nodes) {
    if (n.kind !== 'person') continue;
    for (const name of [n.label, ...n.aliases]) {
      parts.add(name);
      for (const w of name.split(/[\s,]+/)) if (w.length >= 3 && !/^(Frau|Herr|Dr\.?|Prof\.?)$/i.test(w)) parts.add(w);
    }
  }
  return [...parts].sort((a, b) => b.length - a.length);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A quote without contact details and person names. */
export function anonymiseQuote(text: string, nameParts: readonly string[]): string {
  let out = maskContacts(text);
  if (nameParts.length) {
    const re = new RegExp(`(?<![\\p{L}])(?:${nameParts.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu');
    out = out.replace(re, '[Name]');
  }
  return out;
}
