/**
 * Pass: persons become mentions and get their ties — works_for the organisation named with them
 * (in parentheses, in the same contact block, on the "Ansprechpartner" line, in the same sentence;
 * a mayor the town), contact_for the block's project — and contact details go to the person of the
 * same contact block, else to the block's organisation.
 */
import type { Field } from '../fields.ts';
import type { Line } from '../lines.ts';
import { trimmedSpan } from '../lines.ts';
import type { ExtractionRun } from '../run.ts';
import { employerFinder, type Employer } from './person-roles.ts';
import { byLine, onLines } from '../span-index.ts';
import type { Mention, MentionAttrs } from '../../model/index.ts';

const MAYOR_ROLE = /bürgermeister|landrat|landrätin/i;

const CAPTION_LIST = /v\.\s?l\.|von links|\(v\.\s?l\.\)/u;
export function linkPersons(run: ExtractionRun): void {
  const { ctx, store } = run;
  for (const p of run.found.persons) {
    const attrs: MentionAttrs = p.role ? { role: p.role } : {};
    run.persons.push({ m: store.add('person', p.name, p, attrs, undefined, `person.${p.cue}`), hit: p });
  }
  const groups = contactGroups(
    ctx.fields.filter((f) => f.key === 'contact'),
    ctx.lines,
  );
  const groupOfLine = new Map<number, (typeof groups)[number]>();
  for (const g of groups) for (const l of g.lines) if (!groupOfLine.has(l)) groupOfLine.set(l, g);
  const orgsOnLine = byLine(run.orgs, (o) => o.hit.line);
  const orgOrder = new Map(run.orgs.map((o, i) => [o, i]));
  const personsOnLine = byLine(run.persons, (p) => p.hit.line);
  const personOrder = new Map(run.persons.map((p, i) => [p, i]));
  const firstPlaceMention = new Map<string, Mention>();
  for (const x of run.places)
    if (x.m.attrs.placeId !== undefined && !firstPlaceMention.has(x.m.attrs.placeId))
      firstPlaceMention.set(x.m.attrs.placeId, x.m);

  const employerOf = employerFinder(run);
  let employer: Employer | undefined;
  for (const { m: pm, hit } of run.persons) {
    const project = run.projectOfLine[hit.line];
    const line = ctx.lines[hit.line]!;
    const group = groupOfLine.get(hit.line);
    const orgsHere = orgsOnLine.get(hit.line) ?? [];
    if (hit.cue === 'parenthesis') {
      const org = orgsHere.filter((o) => o.m.end <= pm.start).pop()?.m;
      if (org) {
        store.relate('works_for', pm, org, trimmedSpan(line), hit.role ?? 'Leitung', 'works_for.parenthesis');
        pm.attrs.organisation = org.name;
      }
    } else if (group) {
      const orgs = onLines(orgsOnLine, group.lines, orgOrder).map((o) => o.m);
      for (const o of orgs)
        store.relate(
          'works_for',
          pm,
          o,
          { start: Math.min(o.start, pm.start), end: Math.max(o.end, pm.end) },
          'Kontakt',
          'works_for.contact-block',
        );
      if (orgs[0]) pm.attrs.organisation = orgs.map((o) => o.name).join(', ');
      if (project)
        store.relate('contact_for', pm, project, ctx.evidenceAt(pm.start), 'Kontakt', 'contact_for.contact-block');
    } else if (hit.cue === 'label') {
      // "Ansprechpartner im Jugendamt: Name, Bezirkssozialdienst …": the organisation on the line
      const org = orgsHere[0]?.m;
      if (org) {
        store.relate('works_for', pm, org, trimmedSpan(line), 'Ansprechpartner', 'works_for.contact-label');
        pm.attrs.organisation = org.name;
      }
      if (project && /ansprech|kontakt/iu.test(hit.role ?? 'Ansprechpartner'))
        store.relate(
          'contact_for',
          pm,
          project,
          ctx.evidenceAt(pm.start),
          'Ansprechpartner',
          'contact_for.contact-label',
        );
    } else if ((employer = employerOf(pm, hit.role))) {
      store.relate(
        'works_for',
        pm,
        employer.org,
        ctx.evidenceAt(pm.start),
        employer.role ?? hit.role ?? 'Nennung',
        employer.rule,
      );
      pm.attrs.organisation = employer.org.name;
      if (!pm.attrs.role && employer.role) pm.attrs.role = employer.role;
      if (project && /ansprechpartner/i.test(hit.role ?? ''))
        store.relate('contact_for', pm, project, ctx.evidenceAt(pm.start), 'Ansprechpartner', 'contact_for.role');
    } else if (hit.role && MAYOR_ROLE.test(hit.role)) {
      const town = run.blockOfLine[hit.line]?.place;
      if (town) {
        const tm = firstPlaceMention.get(town.id);
        if (tm) store.relate('works_for', pm, tm, ctx.evidenceAt(pm.start), hit.role, 'works_for.mayor');
        pm.attrs.organisation = town.name;
      }
    } else {
      // "Eröffneten die Jugendberufsagentur (v.l.): A, B …": the names of a caption list work for whom the caption does not say
      const sentence = ctx.sentenceAt(pm.start);
      const caption = CAPTION_LIST.test(ctx.text.slice(sentence?.start ?? pm.start, pm.start));
      const found = caption
        ? undefined
        : employerInSentence(
            ctx,
            pm,
            orgsHere.map((o) => o.m),
          );
      if (found) {
        store.relate('works_for', pm, found.org, ctx.evidenceAt(pm.start), hit.role ?? 'Nennung im Satz', found.rule);
        pm.attrs.organisation = found.org.name;
      }
      if (project && hit.role && /ansprechpartner/i.test(hit.role))
        store.relate('contact_for', pm, project, ctx.evidenceAt(pm.start), 'Ansprechpartner', 'contact_for.role');
    }
  }
  addOnlyProjectContacts(run, groupOfLine);
  for (const c of run.found.contacts) {
    const group = groupOfLine.get(c.line);
    const near = [c.line - 2, c.line - 1, c.line, c.line + 1, c.line + 2];
    const candidates = onLines(personsOnLine, group ? group.lines : near, personOrder);
    const person = candidates.filter((p) => p.hit.line <= c.line).pop() ?? candidates[0];
    let target: Mention | undefined = person?.m;
    if (!target && group) target = onLines(orgsOnLine, group.lines, orgOrder)[0]?.m;
    if (!target) continue;
    const field = c.type === 'email' ? 'email' : c.type === 'phone' ? 'phone' : 'website';
    const list = (target.attrs[field] ??= []);
    if (!list.includes(c.hit.value)) list.push(c.hit.value);
  }
}

/** "Kontakt", "Ansprechpartnerin für das Projekt:", "Projektkoordination:" on the person's line or the two above. */
const CONTACT_LABEL =
  /(?:^|\n)\s*(?:Kontakt|Ansprechpartner(?:in|innen)?|Ansprechperson(?:en)?|Projektkoordination|Projektleitung|Koordination|Ihre? Ansprechpartner(?:in)?)(?:\s[^\n:]{0,60})?:?\s*(?:\n|$)|(?:^|\n)\s*(?:Ansprechpartner(?:in)?|Projektkoordination|Projektleitung|Kontakt)(?:\s[^\n:]{0,40})?:/u;
const PRESS = /Presse|Medien|Redaktion|Impressum|V\.i\.S\.d\.P/u;

/**
 * A page that presents one project: the person its contact block or contact label names is that
 * project's contact (a press office's contact is not).
 */
function addOnlyProjectContacts(run: ExtractionRun, groupOfLine: ReadonlyMap<number, unknown>): void {
  const { ctx, store } = run;
  const names = new Set(run.projects.map((p) => p.m.name));
  if (names.size !== 1) return;
  const project = run.projects[0]!.m;
  const contacted = new Set(store.relations.filter((r) => r.kind === 'contact_for').map((r) => r.from));
  for (const { m: pm, hit } of run.persons) {
    if (contacted.has(pm.id)) continue;
    const from = ctx.lines[Math.max(0, hit.line - 2)]!.start;
    const above = ctx.text.slice(from, pm.start);
    if (!groupOfLine.has(hit.line) && hit.cue !== 'label' && !CONTACT_LABEL.test(above)) continue;
    if (PRESS.test(above)) continue;
    store.relate('contact_for', pm, project, ctx.evidenceAt(pm.start), 'Kontakt', 'contact_for.only-project');
    contacted.add(pm.id);
  }
}

/** Lines of a contact field, grouped by the blank lines between them. */
function contactGroups(fields: readonly Field[], lines: readonly Line[]): Array<{ lines: number[] }> {
  const out: Array<{ lines: number[] }> = [];
  for (const f of fields) {
    let cur: number[] = [];
    let prev = -1;
    for (const v of f.values) {
      if (prev >= 0 && v.line - prev > 1 && lines.slice(prev + 1, v.line).some((l) => l.text.trim() === '')) {
        out.push({ lines: cur });
        cur = [];
      }
      cur.push(v.line);
      prev = v.line;
    }
    if (cur.length) out.push({ lines: cur });
  }
  return out;
}

/**
 * The organisation a person in running text works for: one named before the person in the same
 * sentence, else one just after in "Name, die an der Universität X forscht" or "leitet Name das Jugendamt X".
 */
function employerInSentence(
  ctx: ExtractionRun['ctx'],
  pm: Mention,
  orgs: readonly Mention[],
): { org: Mention; rule: string } | undefined {
  const sentence = ctx.sentenceAt(pm.start);
  const before = orgs.find((o) => o.end <= pm.start && ctx.sentenceAt(o.start) === sentence);
  if (before) return { org: before, rule: 'works_for.same-sentence' };
  const after = orgs.find((o) => o.start >= pm.end && o.start - pm.end < 80 && worksAtAfter(ctx.text, pm, o));
  return after ? { org: after, rule: 'works_for.works-at-after' } : undefined;
}

/** "Name, die an der Universität X forscht" (a relative clause of working there) and "leitet Name das Jugendamt X". */
const RELATIVE_WORK = /^,\s+(?:die|der)\s+(?:an|am|bei|beim|im|in)(?:\s+(?:der|dem|den))?\s+$/u;
const RELATIVE_VERB = /^[^.;,]{0,60}?(?<![\p{L}])(?:forscht|arbeitet|lehrt|tätig ist|beschäftigt ist)(?![\p{L}])/u;
const LEADS_BEFORE = /(?<![\p{L}])(?:leitet|leitete|führt|führte)\s+$/u;

/** "Frau X ist beim Fachbereich … angestellt", "A und B gehören zum Team der Y e.V.": a person's employment stated as the predicate. */
const EMPLOYED_AT = /^\s+(?:ist|sind|war|waren)\s+(?:seit [^.;,]{1,30} )?(?:bei|beim|bei der|bei dem|im|in der)\s+$/u;
const EMPLOYED_VERB = /^[^.;]{0,80}?(?<![\p{L}])(?:angestellt|beschäftigt|tätig)(?![\p{L}])/u;
const TEAM_OF =
  /^(?:\s+und\s+(?:Herr|Frau)?\s*[\p{Lu}][^.;,]{2,40}?)?\s+(?:gehör(?:t|en)|gehörte|gehörten)\s+zum\s+Team\s+(?:der|des|von)\s+$/u;

function worksAtAfter(text: string, person: Mention, org: Mention): boolean {
  const between = text.slice(person.end, org.start);
  if (RELATIVE_WORK.test(between)) return RELATIVE_VERB.test(text.slice(org.end, org.end + 80));
  if (EMPLOYED_AT.test(between)) return EMPLOYED_VERB.test(text.slice(org.end, org.end + 100));
  if (TEAM_OF.test(between)) return true;
  return (
    /^\s+(?:das|den|die)\s+$/u.test(between) &&
    LEADS_BEFORE.test(text.slice(Math.max(0, person.start - 20), person.start))
  );
}
