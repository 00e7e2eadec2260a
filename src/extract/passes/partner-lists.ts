/**
 * Pass: a list under a partner or member heading („Unsere Kooperationspartner“, „Mitglieder“,
 * rules/partner-lists.ts) names the partners of the page's body – a network or alliance named in the
 * page's head (partner: the network has them as members), else the organisation whose page it is
 * (cooperates_with). The list runs from the heading to the next blank line; sub-headings between the
 * entries („Freie Träger und Vereine“) stay part of it, a paragraph of prose ends it.
 */
import { foldMemo as fold } from '../../util/index.ts';
import { LIST_OWNER_HUB, PARTNER_LIST_HEADINGS } from '../rules/partner-lists.ts';
import type { ExtractionRun } from '../run.ts';
import { byLine } from '../span-index.ts';
import type { Mention } from '../../model/index.ts';
import { pageOwner } from './page-owner.ts';

const NOT_A_PARTNER: ReadonlySet<string> = new Set(['person', 'project', 'program', 'municipality', 'district']);
/** A line of prose (a full stop after a word of three letters or more, not an abbreviation) ends the list. */
const PROSE = /[\p{Ll}]{3,}\.(?:\s|$)(?!\S*e\.\s?V\.)/u;

export function addPartnerLists(run: ExtractionRun): void {
  const { ctx, store } = run;
  const owner = listOwner(run);
  if (!owner) return;
  const kind = LIST_OWNER_HUB.test(fold(owner.m.name)) ? 'partner' : 'cooperates_with';
  const orgsOnLine = byLine(run.orgs, (o) => o.hit.line);
  for (const line of ctx.live) {
    const heading = PARTNER_LIST_HEADINGS.find((h) => h.heading.test(line.text.trim()));
    if (!heading) continue;
    for (let i = line.index + 1; i < ctx.lines.length; i++) {
      const text = ctx.lines[i]!.text.trim();
      if (text === '' || text.length > 160 || PROSE.test(text.replace(/e\.\s?V\./gu, 'eV'))) break;
      for (const { m } of orgsOnLine.get(i) ?? []) {
        if (m === owner.m || NOT_A_PARTNER.has(m.kind) || fold(m.name) === fold(owner.m.name)) continue;
        if (
          store.relations.some(
            (r) => (r.from === owner.m.id && r.to === m.id) || (r.from === m.id && r.to === owner.m.id),
          )
        )
          continue;
        store.relate(kind, owner.m, m, { start: m.start, end: m.end }, 'in der Partnerliste', heading.id);
      }
    }
  }
}

/** A network or alliance named in the page's first lines, else the organisation whose page it is. */
function listOwner(run: ExtractionRun): { m: Mention } | undefined {
  const head = new Set(run.ctx.live.slice(0, 10).map((l) => l.index));
  // (a network the page presents may have been read as its project: a list under its name is still its members)
  const hub = [...run.orgs, ...run.projects].find(
    (o) => head.has(run.ctx.lineOf(o.m.start)) && o.m.kind !== 'funder' && LIST_OWNER_HUB.test(fold(o.m.name)),
  );
  if (hub) return { m: hub.m };
  if (run.hub) return { m: run.hub };
  // a school's own page ("Lindenhof-Gesamtschule Herne" as its first line): "Unsere Partner" are the school's
  const first = run.ctx.live[0];
  const school = first && run.orgs.find((o) => o.m.kind === 'school' && o.hit.line === first.index)?.m;
  if (school && run.genre.id === 'carrier-page') return { m: school };
  const owner = run.genre.id === 'carrier-page' ? pageOwner(run) : undefined;
  return owner ? { m: owner } : undefined;
}
