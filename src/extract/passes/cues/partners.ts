/** Partner cues: "in Kooperation mit", "Partner sind", an overview entry's bodies, "wir arbeiten mit … zusammen". */
import { PARTICIPATION_CUE, PARTNER_CUE, SPLIT_COOPERATION_CUE } from '../../rules/cue-relations.ts';
import type { Mention } from '../../../model/index.ts';
import { relate, type PageCues, type SentenceCues } from './context.ts';

const PARTNERS_OF =
  /^\s*(?:Partner(?:innen)?|Kooperationspartner(?:innen)?|Netzwerkpartner(?:innen)?|Mitglieder) (?:der|des|im|in der|beim) /u;

/** The actors of a partner cue are the subject's partners, unless they carry it (not in a field's value). */
export function partnerCues(p: PageCues, x: SentenceCues): void {
  const { st, actors, subject } = x;
  if (!subject || x.inField) return;
  const partnerCue = PARTNER_CUE.test(st);
  const entry = x.block?.isEntry === true;
  const body = partnersOfBody(x);
  if (body && x.strength !== 'named') {
    for (const a of actors) if (a !== body) relate(p, x, 'partner', body, a, 'Partner', 'cue.partners-of-body');
  } else if (partnerCue || entry || (x.strong && PARTICIPATION_CUE.test(st))) {
    const rule = partnerCue ? 'cue.partner' : entry ? 'partner.overview-entry' : 'cue.participation';
    for (const a of actors) {
      if (p.run.store.has('carried_by', subject, a)) continue;
      relate(p, x, 'partner', subject, a, 'Kooperation', rule);
    }
  }
}

/** "Partner der Jugendberufsagentur Bochum sind A, B und C": the partners of that body, not of the page's project. */
function partnersOfBody(x: SentenceCues): Mention | undefined {
  const partnersOf = PARTNERS_OF.exec(x.st);
  if (!partnersOf) return undefined;
  return x.orgsHere.find((o) => o.start >= x.s.start && o.start - x.s.start <= partnersOf[0].length + 2);
}

/** "wir arbeiten eng mit A und B zusammen" on a carrier's page: A and B are partners of the project. */
export function partnersOfWe(p: PageCues, x: SentenceCues): void {
  const { st, subject } = x;
  if (!x.we || !subject || !(PARTNER_CUE.test(st) || SPLIT_COOPERATION_CUE.test(st))) return;
  for (const a of x.actors)
    if (!p.run.store.has('carried_by', subject, a))
      relate(p, x, 'partner', subject, a, 'Kooperation', 'cue.partner-of-we');
}
