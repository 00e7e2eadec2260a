/**
 * Pass: one office per listed place (rules/actor-lists.ts). The place names of such a list stand
 * for the offices, so they become the offices' mentions instead of place mentions.
 */
import type { OrgMention } from '../actors/organisations.ts';
import { ACTOR_LIST_RULES, LIST_OPENER } from '../rules/actor-lists.ts';
import type { ExtractionRun, PlaceHit } from '../run.ts';

const SEPARATOR = /^\s*(?:,|;|und|sowie|oder|\/)\s*(?:(?:im|in|der|die|den|dem|Stadt|Gemeinde)\s+)*$/u;

export function expandActorLists(run: ExtractionRun): void {
  const { ctx, found } = run;
  const replaced = new Set<PlaceHit>();
  const added: Array<OrgMention & { line: number }> = [];
  if (!/Jobcenter|Jugendämter|Jugendamtsbezirk|Kreisjugendämter|Standorte/.test(ctx.text)) return;
  for (const s of ctx.sentences) {
    const st = ctx.text.slice(s.start, s.end);
    for (const rule of ACTOR_LIST_RULES) {
      if (!rule.needs.test(st)) continue;
      rule.head.lastIndex = 0;
      for (const m of st.matchAll(rule.head)) {
        const headEnd = s.start + m.index + m[0].length;
        const places = found.places
          .filter(
            (p) => p.start >= headEnd && p.end <= s.end && (p.place.level === 'gemeinde' || p.place.level === 'kreis'),
          )
          .sort((a, b) => a.start - b.start);
        const first = places[0];
        if (!first || !LIST_OPENER.test(ctx.text.slice(headEnd, first.start))) continue;
        const list = [first];
        for (let i = 1; i < places.length && SEPARATOR.test(ctx.text.slice(places[i - 1]!.end, places[i]!.start)); i++)
          list.push(places[i]!);
        // a single place after a plural head is a place ("die Jugendämter in Köln" speaks of one town's offices)
        if (list.length < 2) continue;
        for (const p of list) {
          if (replaced.has(p)) continue;
          replaced.add(p);
          const name = `${rule.label} ${p.place.name}`;
          added.push({
            start: p.start,
            end: p.end,
            name,
            kind: rule.kind,
            cls: 'unique',
            domains: [],
            place: p.place,
            rule: rule.id,
            line: p.line,
          });
        }
      }
    }
  }
  if (!added.length) return;
  found.places = found.places.filter((p) => !replaced.has(p));
  found.orgs = [...found.orgs.filter((o) => !added.some((a) => a.start < o.end && o.start < a.end)), ...added].sort(
    (a, b) => a.start - b.start,
  );
}
