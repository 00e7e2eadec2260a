/** What the name says about the organisation beyond its head: a youth office's unit, the legal domains of a unit, a non-profit carrier. */
import type { LegalDomain, NodeKind } from '../../../model/index.ts';
import { boundedDistance, foldMemo as fold } from '../../../util/index.ts';
import type { HeadInfo } from '../org-vocabulary.ts';

export function kindOf(info: HeadInfo, name: string, headWord: string): { kind: NodeKind; domains: LegalDomain[] } {
  let kind = info.kind;
  const domains: LegalDomain[] = [...(info.domains ?? [])];
  const fname = fold(name);
  if (
    (info.cls === 'unit' || (info.cls === 'fuer' && /^(amt|amtes|amts|fachstelle)$/.test(headWord))) &&
    isJugendLike(fname)
  )
    kind = 'youth_office';
  if (info.cls === 'unit' || (info.cls === 'fuer' && info.kind !== 'funder')) {
    if (/schul|bildung/.test(fname)) domains.push('Schule');
    if (/gesundheit/.test(fname)) domains.push('Gesundheit');
    if (/soziales|sozialamt|grundsicherung/.test(fname) && kind !== 'youth_office') domains.push('SGB XII');
  }
  if (fname.startsWith('landesjugendamt') || /-landesjugendamt$/.test(headWord)) kind = 'youth_office';
  // "Gesellschaft für … gemeinnützige GmbH", "Gemeinnützige Gesellschaft … mbH", "Netzwerk X e.V.": a non-profit body runs services
  if (
    kind === 'organisation' &&
    info.cls !== 'unique' &&
    !/^(?:Institut|Akademie|Hochschule|Universität|Fachhochschule|Forschungs)/u.test(name) &&
    /(?:e\.\s?V\.?|gGmbH|gemeinnützige GmbH|gem\. GmbH)$|^[Gg]emeinnützige\s/u.test(name)
  )
    kind = 'carrier';
  return { kind, domains };
}

/** A name with a word one letter from "Jugend" ("Jugent", "Jungend"), "(Kinder)jugendhilfe" or "Jugendliche": a youth office's unit. */
function isJugendLike(folded: string): boolean {
  return folded.split(/[^a-z]+/).some(
    (w) =>
      (w.length >= 5 && w.length <= 8 && boundedDistance(w, 'jugend', 1) <= 1) ||
      /^(?:kinder)?jugendhilfe$/.test(w) ||
      // "Amt für Kinder, Jugendliche und Familien" (not a carrier's "Fachstelle für Jugendliche")
      (/^jugendlichen?$/.test(w) && folded.includes('famili')),
  );
}
