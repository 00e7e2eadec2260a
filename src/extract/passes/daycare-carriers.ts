/**
 * Pass: who runs a Kita or Familienzentrum — "Träger der Kita Sonnenblume ist die X gGmbH", "Träger
 * des Familienzentrums ist …", "Träger der Kita Arche Noah die Y" (an elliptic second clause).
 * "des Familienzentrums"/"der Einrichtung" without a name is the house the page is by.
 */
import type { ExtractionRun } from '../run.ts';
import type { Mention } from '../../model/index.ts';
import { pageOwner } from './page-owner.ts';
import { spanIndex } from '../span-index.ts';

// with the verb first ("… der Kindertagesstätte an der Lindenstraße ist die X"), else the elliptic second clause
const CLAUSE =
  /Träger(?:in)? (?:der|des|unserer|unseres) (?:([^.;,]{2,80}?) (?:ist|sind|war)|([^.;,]{2,80}?)) (?:die|der|das) (?=[\p{Lu}])/gu;
const HOUSE =
  /^(?:Kita|KiTa|Kindertagesstätte|Kindergarten|Familienzentrum|Familienzentrums|Einrichtung|Hauses)(?![\p{L}])/u;
const CARRIER_KINDS: ReadonlySet<string> = new Set(['carrier', 'organisation', 'municipality']);

export function addDaycareCarriers(run: ExtractionRun): void {
  const { ctx, store } = run;
  if (!ctx.text.includes('Träger')) return;
  const actorsIn = spanIndex([...run.orgs.map((o) => o.m), ...run.places.map((p) => p.m)], (m) => m);
  let owner: Mention | undefined | null = null;
  for (const s of ctx.sentences) {
    const st = ctx.text.slice(s.start, s.end);
    if (!st.includes('Träger')) continue;
    for (const m of st.matchAll(CLAUSE)) {
      const house = (m[1] ?? m[2])!;
      if (!HOUSE.test(house)) continue;
      const houseAt = s.start + m.index + m[0].indexOf(house);
      const named = actorsIn({ start: houseAt, end: houseAt + house.length }).find((a) => a.kind === 'daycare');
      // "des Familienzentrums", "der Einrichtung": the house whose page it is
      if (!named && owner === null) owner = pageOwner(run) ?? undefined;
      const daycare = named ?? (/^(?:Familienzentrums|Einrichtung|Hauses)$/u.test(house) ? owner : undefined);
      const at = s.start + m.index + m[0].length;
      const carrier = actorsIn({ start: at, end: Math.min(s.end, at + 90) }).find(
        (a) => a.start === at && CARRIER_KINDS.has(a.kind),
      );
      if (daycare?.kind === 'daycare' && carrier && carrier !== daycare)
        store.relate('carried_by', daycare, carrier, s, 'Träger der Einrichtung', 'carried_by.daycare-carrier');
    }
  }
}
