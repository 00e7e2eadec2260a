/**
 * Whom a person works for, read from the words around the name: an apposition ("Name,
 * Geschäftsführerin der Org", "Leiter des Jugendamtes, Name"), parentheses ("Name (Org)"), "Name
 * vom Org" in captions, or an office title that implies its body (rules/roles.ts: a Landrat works
 * for the Kreis, a Bürgermeisterin for the town, a Ministerin for her ministry).
 */
import { canonicalMinistry } from '../../vocabulary/index.ts';
import { foldMemo as fold } from '../../util/index.ts';
import { MINISTRY_PORTFOLIO, ROLE_RULES, ROLE_WORD, type ImpliedBody } from '../rules/roles.ts';
import type { ExtractionRun } from '../run.ts';
import type { Mention } from '../../model/index.ts';

export interface Employer {
  org: Mention;
  rule: string;
  role?: string;
}

// "A, Staatssekretär Dr. B": a title followed by a name is that name's, not an apposition of A
const NAME_FOLLOWS = String.raw`(?!\s+(?:(?:Dr\.|Prof\.)\s+)*[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?\s+[\p{Lu}][\p{Ll}]+)`;
const APPOSITION_AFTER = new RegExp(
  String.raw`^,?\s*(?:(?:der|die|ein|eine)\s+)?(${ROLE_WORD})${NAME_FOLLOWS}(?:\s+(?:der|des|im|vom|beim|bei der|in der|am|für den|für die|für das)\s+(?:(?:Stadt|Gemeinde|Kreises|Hansestadt)\s+)?)?`,
  'u',
);
const ROLE_BEFORE_ORG = new RegExp(String.raw`(${ROLE_WORD})\s+(?:der|des|im|vom|beim|bei der|in der|am)\s+$`, 'u');
const ROLE_ANYWHERE = new RegExp(String.raw`(?<![\p{L}])(${ROLE_WORD})(?![\p{L}])`, 'u');
const ROLE_LINE_BELOW = new RegExp(String.raw`^[ \t]*\n[ \t]*(?:[^,\n]{2,30},\s*)?(${ROLE_WORD})(?![\p{L}])`, 'u');
const VON_ORG = /^\s+(?:von der|vom|von|aus dem|aus der|beim|bei der|im)\s+/u;
const COMPOUND_ROLE_BEFORE = new RegExp(
  String.raw`(?:^|[\s(„"])((?:[\p{L}]+-)?${ROLE_WORD})\s+(?:(?:Dr\.|Prof\.)\s+)*$`,
  'u',
);

const isPlace = (m: Mention): boolean =>
  m.attrs.placeType !== undefined || m.kind === 'municipality' || m.kind === 'district';

export function employerFinder(
  run: ExtractionRun,
): (person: Mention, role: string | undefined) => Employer | undefined {
  const { ctx } = run;
  const text = ctx.text;
  // organisations and places that can employ, in text order
  const bodies = [...run.orgs.map((o) => o.m), ...run.places.map((p) => p.m)].sort((a, b) => a.start - b.start);
  const startingNear = (pos: number, slack: number) => bodies.find((b) => b.start >= pos && b.start - pos <= slack);
  const endingNear = (pos: number, slack: number) => {
    let best: Mention | undefined;
    for (const b of bodies) if (b.end <= pos && pos - b.end <= slack) best = b;
    return best;
  };
  const kreisCounts = new Map<string, { n: number; m: Mention }>();
  for (const p of run.places) {
    if (p.m.attrs.placeType !== 'kreis') continue;
    const c = kreisCounts.get(p.m.attrs.placeId ?? '');
    if (c) c.n++;
    else kreisCounts.set(p.m.attrs.placeId ?? '', { n: 1, m: p.m });
  }
  const mainKreis = [...kreisCounts.values()].sort((a, b) => b.n - a.n || a.m.start - b.m.start)[0]?.m;
  const town = run.blocks[0]?.place;
  const townMention = town ? run.places.find((p) => p.m.attrs.placeId === town.id)?.m : undefined;
  const ministries = run.orgs.map((o) => o.m).filter((m) => m.kind === 'funder' && canonicalMinistry(m.name));
  const kreisPage =
    mainKreis !== undefined && run.orgs.some((o) => o.m.kind === 'youth_office' && /^Kreisjugendamt/u.test(o.m.name));

  const inSentence = (person: Mention, pred: (m: Mention) => boolean) => {
    const s = ctx.sentenceAt(person.start);
    return s ? bodies.find((b) => b.start >= s.start && b.end <= s.end && pred(b)) : undefined;
  };
  // the one body of a kind the page names (however often it names it)
  const onPage = (pred: (m: Mention) => boolean) => {
    const all = bodies.filter(pred);
    return new Set(all.map((m) => `${fold(m.name)}@${m.municipality ?? ''}`)).size === 1 ? all[0] : undefined;
  };

  const implied = (person: Mention, body: ImpliedBody, role: string): Mention | undefined => {
    switch (body) {
      case 'kreis':
        return inSentence(person, (m) => m.attrs.placeType === 'kreis') ?? mainKreis;
      case 'town':
        return inSentence(person, (m) => m.attrs.placeType === 'gemeinde') ?? townMention;
      case 'municipality':
        // a Dezernentin on a page about a Kreis office works for the Kreis, not for the town the page names most
        return (
          inSentence(person, (m) => m.attrs.placeType === 'gemeinde' || m.attrs.placeType === 'kreis') ??
          (kreisPage ? mainKreis : undefined) ??
          townMention ??
          mainKreis
        );
      case 'ministry': {
        const here = inSentence(person, (m) => m.kind === 'funder' && canonicalMinistry(m.name) !== undefined);
        if (here) return here;
        const portfolio = MINISTRY_PORTFOLIO.find(([title]) => title.test(role));
        if (portfolio) return ministries.find((m) => portfolio[1].test(fold(canonicalMinistry(m.name)!.canonical)));
        const distinct = new Set(ministries.map((m) => canonicalMinistry(m.name)!.canonical));
        return distinct.size === 1 ? ministries[0] : undefined;
      }
      default:
        return inSentence(person, (m) => m.kind === body) ?? onPage((m) => m.kind === body);
    }
  };

  /** "Name, Org": an organisation starting right after the comma and closing the clause there (line end, comma, bracket, "und"). */
  const commaEmployer = (person: Mention, role: string | undefined): Mention | undefined => {
    // a role that implies its own body (a Landrat in "Landrat Name, Jugendamt X und …" is listed, not employed there)
    if (role && ROLE_RULES.some((r) => r.role.test(role))) return undefined;
    const comma = /^,[ \t]*/u.exec(text.slice(person.end, person.end + 4));
    if (!comma) return undefined;
    const org = startingNear(person.end + comma[0].length, 0);
    if (!org || isPlace(org) || org.kind === 'person' || org.kind === 'project' || org.kind === 'program')
      return undefined;
    // "Name, Koordinierungsstelle X im Jugendamt des Kreises Y": the unit and the office it lies in
    const inside = /^[ \t]+(?:im|beim|des|der|am)[ \t]+/u.exec(text.slice(org.end, org.end + 8));
    const office = inside ? startingNear(org.end + inside[0].length, 0) : undefined;
    const end = office && office.name === org.name ? office.end : org.end;
    return /^[ \t]*(?:$|\n|[,;)]|\s+und\s)/u.test(text.slice(end, end + 6)) ? org : undefined;
  };

  return (person, role) => {
    const after = text.slice(person.end, person.end + 140);
    const before = text.slice(Math.max(0, person.start - 140), person.start);
    // "Name, Geschäftsführerin der Org" / "Name, Bürgermeisterin der Stadt X"
    const app = APPOSITION_AFTER.exec(after);
    if (app && app[0].length > (app[1]?.length ?? 0) + 1) {
      const org = startingNear(person.end + app[0].length, 3);
      if (org) return { org, rule: 'works_for.apposition', role: app[1]! };
      // "Name, Vorsitzender der Geschäftsführung der Agentur für Arbeit Coesfeld": a longer title before the body
      const tail = /^[^,.;:()„“]{0,80}/u.exec(after.slice(app[0].length))![0];
      for (const link of tail.matchAll(
        /\s(?:der|des|im|vom|beim|bei der|in der|am)\s+(?:(?:Stadt|Gemeinde|Kreises|Hansestadt)\s+)?/gu,
      )) {
        const far = startingNear(person.end + app[0].length + link.index + link[0].length, 2);
        if (far) return { org: far, rule: 'works_for.apposition', role: app[1]! };
      }
    }
    // "Name, Org" (a speaker line, "Moderation: Name, Org"): the body right after the comma, closing its clause
    const commaOrg = person.end < text.length ? commaEmployer(person, role) : undefined;
    if (commaOrg) return { org: commaOrg, rule: 'works_for.comma-org' };
    // a list line "Frau Name, Bereichsleiterin U25, Jobcenter Bochum", "Herr Name, Abteilungsleiter Soziale Dienste im Jugendamt": the body closing the line
    const lineStart = text.lastIndexOf('\n', person.start) + 1;
    const lineEnd = text.indexOf('\n', person.end) < 0 ? text.length : text.indexOf('\n', person.end);
    if (
      /^,\s/u.test(after) &&
      /^\s*(?:(?:Herr|Frau)\s+)?(?:(?:Dr\.|Prof\.)\s+)*$/u.test(text.slice(lineStart, person.start))
    ) {
      const onLine = bodies.filter((b) => b.start > person.end && b.end <= lineEnd);
      const last = onLine.pop();
      const between = last ? text.slice(person.end, last.start) : '';
      const listRole = ROLE_ANYWHERE.exec(between)?.[1];
      if (last && listRole && /^[\s,]*$/u.test(text.slice(last.end, lineEnd)) && !/[.;]/u.test(between)) {
        // "Leiterin des Familienzentrums X, Hamminkeln": the town closing the line is where, the body before it whom
        const org = isPlace(last) ? (onLine.filter((b) => !isPlace(b)).pop() ?? last) : last;
        return { org, rule: 'works_for.list-line', role: listRole };
      }
    }
    // "Ansprechpartner für das Projekt im Jobcenter X:" on the line above a name line: that body
    if (/^\s*(?:(?:Herr|Frau)\s+)?(?:(?:Dr\.|Prof\.)\s+)*$/u.test(text.slice(lineStart, person.start))) {
      const above = lineStart >= 2 ? text.lastIndexOf('\n', lineStart - 2) + 1 : -1;
      if (above >= 0 && /:[ \t]*$/u.test(text.slice(above, lineStart - 1))) {
        const org = bodies.filter((b) => b.start >= above && b.end < lineStart && !isPlace(b)).pop();
        if (org) return { org, rule: 'works_for.label-line-above' };
      }
    }
    // "Name (Org)" and "Name (Rolle, Org)"
    const paren = /^\s*\(([^)]{2,120})\)/u.exec(after);
    if (paren) {
      const open = person.end + paren[0].indexOf('(') + 1;
      const close = person.end + paren[0].length - 1;
      // "(Allgemeiner Sozialer Dienst, Kreisjugendamt Kleve)": the last body named is the employer;
      // "(Verband, Kreisgruppe Wesel)": an organisation before a place named after it
      const inside = bodies.filter((b) => b.start >= open && b.end <= close);
      const org = inside.filter((b) => !isPlace(b)).pop() ?? inside.pop();
      if (org) return { org, rule: 'works_for.parenthesised' };
    }
    // "Name vom Jobcenter", "Name von der Caritas"
    const von = VON_ORG.exec(after);
    if (von) {
      const org = startingNear(person.end + von[0].length, 2);
      if (org && org.kind !== 'person') return { org, rule: 'works_for.von-org' };
    }
    // "Leiterin des Jugendamtes, Name" / "Geschäftsführer der Diakonie Name"
    const orgBefore = endingNear(person.start, 3);
    if (orgBefore && /^[\s,]*$/u.test(text.slice(orgBefore.end, person.start))) {
      const lead = text.slice(Math.max(0, orgBefore.start - 80), orgBefore.start);
      const rm = ROLE_BEFORE_ORG.exec(lead);
      if (rm) return { org: orgBefore, rule: 'works_for.role-of-org-before', role: rm[1]! };
    }
    // "LWL-Jugenddezernentin Name", "Jobcenter-Geschäftsführer Name": the body before the hyphen
    const prefixed = /(?:^|[\s(„"])([\p{Lu}][\p{L}]*)-[\p{L}]+\s+(?:(?:Dr\.|Prof\.)\s+)*$/u.exec(before)?.[1];
    if (prefixed) {
      const p = fold(prefixed);
      const org =
        inSentence(person, (m) => fold(m.name).startsWith(p) || fold(m.name).includes(`(${p})`)) ??
        onPage((m) => fold(m.name).startsWith(p));
      if (org) return { org, rule: 'works_for.compound-role' };
    }
    // "Vereinsvorsitzende Name", "Schatzmeister Name" in a club's report: the association the text spoke of last
    if (
      role &&
      /^(?:Vereins|(?:stellvertretende[rn]? )?(?:Vorsitzende[rn]?|Schatzmeister(?:in)?|Kassierer(?:in)?|Schriftführer(?:in)?)$)/u.test(
        role,
      )
    ) {
      const isVerein = (b: Mention) => b.kind === 'carrier' && /e\.\s?V\.|^Verein/u.test(b.name);
      // the association named last before; a treasurer or secretary (offices only a club has) also the one association the page names
      const near = bodies.filter((b) => b.end <= person.start && person.start - b.end < 400 && isVerein(b)).pop();
      const verein = near ?? (/Schatzmeister|Kassierer|Schriftführer/u.test(role) ? onPage(isVerein) : undefined);
      if (verein) return { org: verein, rule: 'works_for.association-role', role };
    }
    // an office title that implies its body; a signature gives it on the line below the name ("Dr. Name" / "Stadträtin, Dezernentin für …")
    const titled = role ?? COMPOUND_ROLE_BEFORE.exec(before)?.[1] ?? app?.[1] ?? ROLE_LINE_BELOW.exec(after)?.[1];
    if (titled) {
      const t = titled.replace(/^(?:stellvertretende[rn]?|kommissarische[rn]?)\s+/u, '');
      for (const rule of ROLE_RULES) {
        if (!rule.role.test(t)) continue;
        const org = implied(person, rule.body, t);
        if (org) return { org, rule: `works_for.${rule.id}`, role: titled };
      }
      // "Jobcenter-Geschäftsführer": the head before the hyphen names the body
      const head = /^([\p{L}]+)-/u.exec(t)?.[1];
      if (head) {
        const org =
          inSentence(person, (m) => fold(m.name).startsWith(fold(head))) ??
          onPage((m) => fold(m.name).startsWith(fold(head)));
        if (org) return { org, rule: 'works_for.compound-role', role: titled };
      }
    }
    return undefined;
  };
}
