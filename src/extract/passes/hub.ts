/**
 * Pass: a page that names no project but is about a cooperation body — a Jugendberufsagentur, a
 * network, a Präventionskette, a steering group — has that body as the subject of its sentences:
 * "X ist neben A, B und C einer der Partner", "beteiligt sind …" attach the partners to it. No
 * project is invented for such a page.
 */
import { foldMemo as fold } from '../../util/index.ts';
import type { ExtractionRun } from '../run.ts';
import type { Mention } from '../../model/index.ts';
import { COOPERATION_BODY_HEADS } from '../rules/partner-lists.ts';

// a cooperation body, or a unit that coordinates one (a page about a Servicestelle or an FGZ)
const HUB_HEAD = new RegExp(
  `^(?:${[...COOPERATION_BODY_HEADS, 'koordinierungsstelle', 'servicestelle', 'familiengrundschulzentrum'].join('|')})`,
);

export function findHub(run: ExtractionRun): void {
  if (!run.genre.proseProjects) return;
  if (run.projects.length > 0) {
    titledHubBesideProjects(run);
    return;
  }
  const hubs = run.orgs.map((o) => o.m).filter((m) => HUB_HEAD.test(fold(m.name)) && m.kind !== 'funder');
  if (!hubs.length) {
    // no cooperation body either: the organisation whose page or report it is (named in the title) cooperates with the others
    // the title: a heading line (short, no full stop), not the first sentence of the text
    const titleLine = run.ctx.live.find(
      (l) => !run.ctx.furniture[l.index] && l.text.trim().length >= 8 && !/\|/.test(l.text),
    );
    if (!titleLine || titleLine.text.trim().length > 90 || /[.!?]$/.test(titleLine.text.trim())) return;
    const owner = titleLine
      ? run.orgs.find((o) => o.hit.line === titleLine.index && o.m.kind !== 'funder')?.m
      : undefined;
    if (owner && run.genre.id !== 'carrier-page') {
      run.hub = owner;
      run.hubIsOwner = true;
      run.projectOfLine = run.ctx.lines.map(() => owner);
      note(
        run,
        `Kein Projekt genannt: die Seite ist von „${owner.name}“; seine Zusammenarbeit mit den genannten Stellen wird als Kooperation erfasst.`,
      );
    }
    return;
  }
  const head = new Set(run.ctx.live.slice(0, 10).map((l) => l.index));
  const count = new Map<string, { n: number; m: Mention }>();
  for (const h of hubs) {
    const e = count.get(h.name);
    if (e) e.n++;
    else count.set(h.name, { n: 1, m: h });
  }
  const titled = hubs.find((h) => head.has(run.ctx.lineOf(h.start)));
  const hub = titled ?? [...count.values()].sort((a, b) => b.n - a.n || a.m.start - b.m.start)[0]!.m;
  run.hub = hub;
  run.projectOfLine = run.ctx.lines.map(() => hub);
  note(run, `Kein Projekt genannt: die Seite handelt von „${hub.name}“; ihre Beteiligten werden mit ihr verbunden.`);
}

/**
 * "Jugendberufsagentur startet im Kreis X" over a text that names a project only further down: the
 * body of the title is the subject of the sentences before the first project, so the partners named
 * there are its members, not the project's.
 */
function titledHubBesideProjects(run: ExtractionRun): void {
  const head = new Set(run.ctx.live.slice(0, 6).map((l) => l.index));
  const hub = run.orgs
    .map((o) => o.m)
    .find((m) => head.has(run.ctx.lineOf(m.start)) && HUB_HEAD.test(fold(m.name)) && m.kind !== 'funder');
  const firstProject = Math.min(...run.proseProjects.map((p) => p.start));
  if (!hub || run.proseProjects.length === 0 || firstProject < hub.start) return;
  if (run.projects.some((p) => head.has(run.ctx.lineOf(p.m.start)))) return;
  run.hub = hub;
  const firstLine = run.ctx.lineOf(firstProject);
  for (let l = 0; l < firstLine; l++) run.projectOfLine[l] = hub;
}

/** Replaces the generic "no project" note with one that says what the page is about instead. */
function note(run: ExtractionRun, message: string): void {
  const { issues, doc } = run.ctx;
  const i = issues.findIndex((x) => x.message.startsWith('Kein Projekt erkannt'));
  if (i >= 0) issues.splice(i, 1, { doc: doc.name, message });
  else issues.push({ doc: doc.name, message });
}
