/**
 * Pass (prose genres): projects named in running text — "das Projekt „X“", "Präventionsnetzwerk
 * „Y“", "das „X“-Projekt", "das Projekt HOME" — and every later occurrence of a found name. An
 * organisation hit that is really the project's name ("das „Familienbüro Baumheide“") gives way.
 * A page that calls its project by the programme's name ("das Projekt „Zusammen im Quartier“")
 * gets a project named after programme and town.
 */
import { foldMemo as fold } from '../../util/index.ts';
import { HUB_NAME, NOT_PROJECT_BEFORE, NOUN_NAME, QUOTED_NAME, QUOTED_NAME_RULES } from '../rules/project-names.ts';
import { CARRIER_ACTIVE_VERB } from '../rules/cue-relations.ts';
import { isSectionHeading } from '../field-labels.ts';
import type { ExtractionRun, ProseProject } from '../run.ts';
import type { Span } from '../../model/index.ts';
import type { Line } from '../lines.ts';
import { hasWholeWord } from '../tokens.ts';
import { findEach } from '../find-each.ts';
import { HEADS } from '../actors/org-vocabulary.ts';

const WORD_CHAR = /[\p{L}\d]/u;
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:[Dd]ie|[Dd]er|[Dd]as|[Dd]en|[Dd]em|[Ii]m|[Bb]eim)\s+$/u;

const KNOWN_PROGRAMME_START =
  /^(zusammen im quartier|kinderstark|kein kind zuruecklassen|kommunale praeventionsketten|gelingendes aufwachsen|soziale stadt)/;

export function findProseProjects(run: ExtractionRun): void {
  if (!run.genre.proseProjects && !run.blocks.some((b) => b.isEntry)) return;
  const { ctx, found } = run;
  const programmeNames = found.programs.map((p) => fold(p.name));
  const isProgramme = (name: string, span: Span) =>
    found.programs.some((p) => p.start < span.end && span.start < p.end) ||
    KNOWN_PROGRAMME_START.test(fold(name)) ||
    programmeNames.some((p) => p.startsWith(fold(name).slice(0, 18)));
  const out: ProseProject[] = [];
  const taken = new LineSpans();
  const orgsOnLine = LineSpans.of(found.orgs);
  const overlaps = (s: Span & { line?: number }, line = s.line ?? ctx.lineOf(s.start)) => taken.overlaps(line, s);
  const push = (p: ProseProject) => {
    out.push(p);
    taken.add(p.line, p);
  };
  const consider = (
    line: { start: number; index: number; text: string },
    name: string,
    at: number,
    ruleId: string,
    noun?: string,
    label?: string,
  ) => {
    const span = { start: line.start + at, end: line.start + at + name.length };
    if (overlaps(span) || !plausibleProjectName(name)) return;
    // "Kita „Regenbogen“", "der Dezernate „Bildung und Soziales“": an organisation that begins before the quote owns the name
    if (orgsOnLine.on(line.index).some((o) => o.start < span.start && o.end >= span.end)) return;
    if (isProgramme(name, span)) {
      if (ruleId === 'project.noun-quoted')
        push({ ...span, name, line: line.index, rule: 'project.programme-named', programmeNamed: true });
      return;
    }
    push({
      ...span,
      name,
      label: noun ? `${nominative(noun)} „${name}“` : (label ?? name),
      line: line.index,
      rule: ruleId,
    });
  };
  for (const line of ctx.readable) {
    if (/[„"»‚]/.test(line.text)) {
      for (const q of line.text.matchAll(QUOTED_NAME)) {
        const name = q[1]!.trim();
        // a hard-wrapped text (a flyer, a PDF column): "Das Projekt" ends the line above the quoted name
        const above = q.index === 0 ? ctx.lines[line.index - 1]?.text.trimEnd() : undefined;
        const before =
          above !== undefined && above !== '' && !/[.!?:;]$/u.test(above)
            ? `${above.slice(-70)} `
            : line.text.slice(Math.max(0, q.index - 70), q.index);
        if (NOT_PROJECT_BEFORE.test(before)) continue;
        const after = line.text.slice(q.index + q[0].length, q.index + q[0].length + 12);
        const at = q.index + q[0].indexOf(name);
        for (const rule of QUOTED_NAME_RULES) {
          const b = rule.before ? rule.before.exec(before) : null;
          if ((rule.before && !b) || (rule.after && !rule.after.test(after))) continue;
          consider(line, name, at, rule.id, rule.labelWithNoun ? b?.[1] : undefined, genitiveName(name, before));
          break;
        }
      }
    }
    if (line.text.includes('rojekt'))
      for (const m of line.text.matchAll(NOUN_NAME))
        consider(line, m[1]!, m.index + m[0].length - m[1]!.length, 'project.noun-name');
    if (line.text.includes('etzwerk'))
      for (const m of line.text.matchAll(HUB_NAME))
        consider(line, m[1]!, m.index + m[0].length - m[1]!.length, 'project.hub-name');
  }
  // "Kleine Schritte" under the heading "Kleine Schritte – Elternbegleitung im Familienzentrum": the short form is the same project
  const sameAsLonger = () => {
    const longer = longerNames(out);
    for (const p of out) {
      if (p.programmeNamed) continue;
      const q = longer.get(p.name);
      if (q) p.label = q.label ?? q.name;
    }
  };
  const names = new Set<string>();
  const pushNew = (p: ProseProject) => {
    if (overlaps(p) || names.has(p.name)) return;
    push(p);
  };
  for (const p of out) names.add(p.name);
  if (SECTION_HEADING_GENRES.has(run.genre.id)) for (const h of sectionHeadingProjects(run, orgsOnLine)) pushNew(h);
  for (const e of listEntryProjects(run, orgsOnLine)) pushNew(e);
  for (const f of ctx.fields) {
    if (f.key !== 'title') continue;
    const v = f.values[0];
    if (!v || !plausibleProjectName(v.text.replace(/[„“”"]/g, ''))) continue;
    pushNew({
      start: v.start,
      end: v.end,
      name: v.text.replace(/[„“”"»«]/g, '').trim(),
      line: v.line,
      rule: 'project.title-field',
    });
  }
  for (const q of quotedNames(run, isProgramme, orgsOnLine)) pushNew(q);
  // a named Familiengrundschulzentrum is a project (a school and its partners under one name), not a day-care centre
  const schoolsInCentres: typeof found.orgs = [];
  for (const o of found.orgs) {
    const surface = ctx.text.slice(o.start, o.end);
    // (also in the genitive: "des „Familiengrundschulzentrums Gruiten“", whose name is the nominative)
    if (!NAMED_CENTRE.test(surface) && !NAMED_CENTRE.test(o.name)) continue;
    // 'Familiengrundschulzentrum „Oppumer Hafen“' is the project the page later calls „Oppumer Hafen“
    const quoted = /[„"»]([^“”"«]{2,60})[“”"«]\s*$/u.exec(surface);
    // 'nannte das FGZ „eine Investition in die Kinder …“': a quotation, not a name
    if (quoted && (!plausibleProjectName(quoted[1]!.trim()) || /,/.test(quoted[1]!))) continue;
    pushNew({
      start: o.start,
      end: o.end,
      name: quoted && NAMED_CENTRE.test(surface) ? quoted[1]!.trim() : o.name,
      line: o.line,
      rule: 'project.named-centre',
    });
    // "Familiengrundschulzentrum an der Overbergschule": the school is an actor of its own
    const school = /\s(?:an der|am|an)\s+([\p{Lu}][\p{L}-]*schule(?:\s[\p{Lu}][\p{L}-]+)?)$/u.exec(surface);
    if (school) {
      const at = o.start + school.index + school[0].length - school[1]!.length;
      schoolsInCentres.push({
        start: at,
        end: at + school[1]!.length,
        name: school[1]!,
        kind: 'school',
        cls: 'named',
        domains: [],
        line: o.line,
        rule: 'org.school-of-centre',
      });
    }
  }
  // later occurrences of each name — and, after an article, of its first word ("Die Babylotsen
  // sind …" after "Babylotsen Eifel") — are mentions of the same project
  const repeats: ProseProject[] = [];
  const byName = new Map<string, ProseProject>();
  const byFirst = new Map<string, ProseProject>();
  for (const p of out) {
    if (p.programmeNamed || byName.has(p.name)) continue;
    byName.set(p.name, p);
    const first = p.name.split(/\s+/)[0]!;
    if (
      first !== p.name &&
      first.length >= 6 &&
      /^[\p{Lu}]/u.test(first) &&
      !/[„“”"]/.test(first) &&
      !byFirst.has(first)
    )
      byFirst.set(first, p);
  }
  // a first word several names share ("Jugendwerkstatt …") is the kind of project, not one of them
  // names counted by the part before their first space, once (a filter over all names per first word was
  // quadratic in the number of projects on long overview pages); a first word holds no space
  const byHead = new Map<string, number>();
  for (const n of byName.keys()) {
    const head = n.includes(' ') ? n.slice(0, n.indexOf(' ')) : n;
    byHead.set(head, (byHead.get(head) ?? 0) + 1);
  }
  const asType = wordsBeforeQuotes(ctx.text, byFirst.keys());
  for (const first of [...byFirst.keys()]) {
    const sharing = byHead.get(first) ?? 0;
    if (sharing > 1 || asType.has(first)) byFirst.delete(first);
  }
  // all needles are searched in one pass over the text (find-each.ts); the hits are then taken line by line,
  // longer needles first, each checked at its boundaries
  const needles: Array<{ p: ProseProject; needle: string; rule: string; afterArticle: boolean }> = [
    ...[...byName.values()].map((p) => ({ p, needle: p.name, rule: 'project.repeated-name', afterArticle: false })),
    ...[...byFirst].map(([first, p]) => ({
      p,
      needle: first,
      rule: 'project.repeated-first-word',
      afterArticle: true,
    })),
  ].sort((a, b) => b.needle.length - a.needle.length || (a.needle < b.needle ? -1 : 1));
  const readableLine = new Map(ctx.readable.map((l) => [l.index, l]));
  const hits: Array<{ line: Line; n: number; at: number }> = [];
  // a line holds no line break, so such a needle is never on one (an empty needle has no hits)
  const positions = findEach(
    ctx.text,
    needles.map(({ needle }) => (/[\r\n]/.test(needle) ? '' : needle)),
  );
  needles.forEach(({ needle }, n) => {
    for (const pos of positions[n]!) {
      const line = readableLine.get(ctx.lineOf(pos));
      if (line && pos >= line.start && pos + needle.length <= line.end) hits.push({ line, n, at: pos - line.start });
    }
  });
  hits.sort((a, b) => a.line.index - b.line.index || a.n - b.n || a.at - b.at);
  for (const { line, n, at } of hits) {
    const t = line.text;
    const { p, needle, rule, afterArticle } = needles[n]!;
    const end = at + needle.length;
    if (
      WORD_CHAR.test(t.charAt(at - 1)) ||
      WORD_CHAR.test(t.charAt(end)) ||
      (afterArticle && (t.charAt(end) === '-' || !ARTICLE_BEFORE.test(t.slice(Math.max(0, at - 8), at))))
    )
      continue;
    const span = { start: line.start + at, end: line.start + end };
    // a first word refers back to a name the page gave before ("… in die Ferien" before „Ferien in Bewegung“ is no mention)
    if (afterArticle && span.start < p.start) continue;
    if (taken.overlaps(line.index, span)) continue;
    // an organisation's name that begins with the same word is that organisation ("Jobcenter Kreis Kleve")
    if (
      orgsOnLine
        .on(line.index)
        .some((o) => o.start < span.end && span.start < o.end && (o as { name?: string }).name !== p.name)
    )
      continue;
    taken.add(line.index, span);
    repeats.push({ ...span, name: p.name, ...(p.label ? { label: p.label } : {}), line: line.index, rule });
  }
  sameAsLonger();
  const all = [...out, ...repeats].sort((a, b) => a.start - b.start);
  // an organisation hit inside a project's name is the project, not an actor
  const projectSpans = LineSpans.of(all.filter((p) => !p.programmeNamed));
  found.orgs = [...found.orgs.filter((o) => !projectSpans.overlaps(o.line, o)), ...schoolsInCentres].sort(
    (a, b) => a.start - b.start,
  );
  run.proseProjects = all;
}

/**
 * Named bodies that are projects, not organisations: a Familiengrundschulzentrum, a network, a service
 * unit with a name of its own, a Familienbüro named after its place („Familienbüro Tannenbusch“; the
 * town's office „Familienbüro der Stadt X“ stays an organisation).
 */
const NAMED_CENTRE =
  /^(?:(?:Familiengrundschulzentrum|FGZ)\s+(?:„[^“]+“|[\p{Lu}\d][\p{L}\d-]*|an der\s+[\p{Lu}])|(?:Präventions|Familien|Kinder)?[Nn]etzwerk\s+[\p{Lu}]|(?:Servicestelle|Koordinierungsstelle|Fachstelle|Anlaufstelle|Familienbüro|Steuerungsgruppe)\s+„|(?:Familien|Teilhabe)büro\s+(?!der\s|des\s|im\s|in\s|am\s)[\p{Lu}])/u;

/** Genres whose pages present their projects under headings of their own. */
const SECTION_HEADING_GENRES: ReadonlySet<string> = new Set(['carrier-page', 'portal-profile', 'magazine-article']);

const QUOTED = /[„"»]([^“”"«\n]{3,60})[“”"«]/gu;
const SPEECH_AFTER =
  /^\s*,\s*(?:sagt|sagte|so|betont|betonte|erklärt|erklärte|ergänzt|ergänzte|meint|meinte|findet|fand|berichtet|berichtete|unterstreicht|unterstrich|freut sich|freute sich|weiß|wusste|resümiert|resümierte|bilanziert|bilanzierte)(?![\p{L}])/u;
const SO_CALLED = /(?:sogenannte[nrs]?|so genannte[nrs]?|als|wie|heißt|hieß|Begriff|Stichwort)\s*$/u;

/**
 * A short quoted name in a sentence that speaks of actors or projects is a project: "In Siegen
 * richtet sich „Bergauf“ an Kinder …", "startet die „Kinderwerkstatt“ des AWO Kreisverbands".
 * Quoted speech, terms ("sogenannte „Kümmerer“"), events and programmes are not.
 */
function quotedNames(
  run: ExtractionRun,
  isProgramme: (name: string, span: Span) => boolean,
  orgsOnLine: LineSpans,
): ProseProject[] {
  const { ctx, found } = run;
  const out: ProseProject[] = [];
  const placesOnLine = LineSpans.of(found.places);
  for (const s of ctx.sentences) {
    const st = ctx.text.slice(s.start, s.end);
    if (!/[„"»]/.test(st)) continue;
    // the paragraph speaks of actors or projects
    const line = ctx.lines[s.line]!;
    const actorsHere =
      orgsOnLine.on(s.line).length > 0 || /Projekt|Angebot|Träger|Initiative|gefördert|Euro/.test(line.text);
    if (!actorsHere) continue;
    for (const m of st.matchAll(QUOTED)) {
      const name = m[1]!.trim();
      const start = s.start + m.index + m[0].indexOf(name);
      const span = { start, end: start + name.length };
      const before = st.slice(0, m.index);
      // "Das Kreisjugendamt richtet sogenannte „Familienbüros vor Ort“ ein": a so-called name that a body sets up is its project
      const setUp =
        orgsOnLine.on(s.line).some((o) => o.end <= start && o.start >= s.start) && CARRIER_ACTIVE_VERB.test(st);
      // "Vier Standorte führen den Ansatz als „X plus“ fort", "Fortsetzung als „X“": a continuation is a project of its own
      const continued =
        /(?:Fortsetzung|fortgeführt|fortgesetzt|weitergeführt|führ\p{L}* [^.;]{0,60} fort)/u.test(st) &&
        /als\s*$/u.test(before);
      if (
        !plausibleProjectName(name) ||
        name.split(/\s+/).length > 6 ||
        NOT_PROJECT_BEFORE.test(before) ||
        (SO_CALLED.test(before) && !setUp && !continued)
      )
        continue;
      if (/^[-–]/.test(st.slice(m.index + m[0].length))) continue;
      // "„Prävention endet nicht an der Gemeindegrenze“, betont der Städteregionsrat": a quotation, not a name
      if (SPEECH_AFTER.test(st.slice(m.index + m[0].length))) continue;
      if (
        isProgramme(name, span) ||
        orgsOnLine
          .on(s.line)
          .some(
            (o) => o.start <= span.start && o.end >= span.end && !/^[„"»]/.test(ctx.text.slice(o.start - 1, o.start)),
          )
      )
        continue;
      if (placesOnLine.on(s.line).some((p) => p.start === span.start && p.end === span.end)) continue;
      out.push({ ...span, name, line: s.line, rule: 'project.quoted-name' });
    }
  }
  return out;
}

/** Words that open many headings and so name no project by themselves. */
const COMMON_FIRST_WORD =
  /^(?:Familien|Kinder|Kindern|Eltern|Jugendliche[n]?|Mütter|Väter|Frauen|Männer|Menschen|Hilfe[n]?|Angebote|Beratung|Unterstützung|Zukunft|Gemeinsam|Gemeinsame|Starke|Stark|Gute|Neue[rs]?|Mehr|Alle|Wege|Arbeit|Bildung|Schule|Kita|Gesundheit|Netzwerk|Zusammen|Zusammenarbeit|Wohnen|Leben|Ausblick|Rückblick|Zahlen|Erfahrungen|Ergebnisse)$/u;

const REPORT_WORD = /(?:Jahresbericht|Bericht|Newsletter|Rundbrief|Ausgabe|Heft|Pressemitteilung|Dokumentation)/u;

const NOT_A_HEADING =
  /^(?:unsere|weitere|aktuelle|kontakt|ansprechpartner|ihre?|über|ueber|wir|was|wie|wer|warum|projekte|projektsteckbrief|steckbrief|angebote|offene angebote|sprechstunden?|news|termine|hintergrund|ausgangslage|ziele?|zielgruppe|förderung|finanzierung|partner|kooperation|downloads?|links?|presse|mehr|fazit|ausblick|zahlen|fakten|info|zum|zur|direkt|springe)/iu;

/** Headings that open like a sentence ("Das Interview führte …", "Vom Konferenztisch ins Quartier", "Finanziert über …"): no names. */
const SENTENCE_OPENER =
  /^(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Vom|Von|Im|In|Ins|Am|An|Zum|Zur|Mit|Für|Aus|Auf|Nach|Bei|Über|Wie|Was|Wer|Wo|Warum|Wenn|Als|Seit|Bis)\s|^[\p{Lu}][\p{Ll}]+(?:iert|elt|ert)\s/u;

/** A heading of a page's section ("Was wir tun", "Unsere Angebote"), not of one project. */
function isSectionTitle(t: string): boolean {
  return t.length > 0 && t.length <= 40 && !/[.!?:;,]$/.test(t) && (NOT_A_HEADING.test(t) || isSectionHeading(t));
}

/**
 * A short heading line whose words come back in the text below it names the project of that
 * section ("FamilienWege" above "In FamilienWege beraten wir …") — the way carrier pages list their
 * projects. Organisations, places and programmes as headings are not projects.
 */
function sectionHeadingProjects(run: ExtractionRun, orgsOnLine: LineSpans): ProseProject[] {
  const { ctx, found } = run;
  const others = LineSpans.of([...found.places, ...found.programs, ...found.persons, ...found.districts]);
  const fieldKeyLines = new Set(
    ctx.fields
      .filter((f) => ['carrier', 'period', 'funder', 'partners', 'location', 'begin'].includes(f.key))
      .map((f) => ctx.lineOf(f.labelSpan.start)),
  );
  const out: ProseProject[] = [];
  const lines = ctx.live;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (!headingShape(run, line, t, orgsOnLine) || !standsAsHeading(run, i)) continue;
    const name = headingName(t);
    if (!name) continue;
    const start = line.start + line.text.indexOf(name);
    const span = { start, end: start + name.length };
    if (coveredBy(orgsOnLine.on(line.index), span) || coveredBy(others.on(line.index), span)) continue;
    if (!sectionConfirms(run, i, name, fieldKeyLines)) continue;
    out.push({ ...span, name, line: line.index, rule: 'project.section-heading' });
  }
  return out;
}

/** A short line that could head a project's section: no sentence, field, table row, organisation or rubric. */
function headingShape(run: ExtractionRun, line: Line, t: string, orgsOnLine: LineSpans): boolean {
  const { ctx } = run;
  if (
    t.length < 3 ||
    t.length > 60 ||
    /[.!?:;]$/.test(t) ||
    t.split(/\s+/).length > 8 ||
    !/^[\p{Lu}\d„"]/u.test(t) ||
    NOT_A_HEADING.test(t) ||
    REPORT_WORD.test(t)
  )
    return false;
  // a heading that opens with an organisation's name is about that organisation
  if (orgsOnLine.on(line.index).some((o) => o.start <= line.start + line.text.indexOf(t) + 1)) return false;
  // a comma only after a dash: "AlmA – Alleinerziehend, aber nicht allein"
  if (/,/.test(t) && !/\s[–—-]\s[^,]*,/.test(t)) return false;
  return !(
    ctx.fieldLabelLines.has(line.index) ||
    ctx.fieldValueLines.has(line.index) ||
    t.includes('|') ||
    isSectionHeading(t)
  );
}

/** The i-th live line stands as a heading: after a blank line, or right under a section's title; no subtitle. */
function standsAsHeading(run: ExtractionRun, i: number): boolean {
  const { ctx } = run;
  const lines = ctx.live;
  const line = lines[i]!;
  const prev = ctx.lines[line.index - 1];
  const above = i > 0 ? lines[i - 1]!.text.trim() : '';
  // "Was wir tun" / "Hausaufgabenhilfe X": right under a section's title, a project's heading needs no blank line
  const underTitle = prev !== undefined && prev.text.trim() === above && isSectionTitle(above);
  if (underTitle) return true;
  if (prev && prev.text.trim() !== '') return false;
  // a subtitle under a heading ("AlmA – …" / blank / "Coaching und Begleitung …") is not a heading of its own
  return !(
    above.length > 0 &&
    above.length <= 60 &&
    !/[.!?:]$/.test(above) &&
    !above.includes('|') &&
    ctx.lines[lines[i - 1]!.index - 1]?.text.trim() === ''
  );
}

/** The project's name in a heading line, or undefined for a heading that names a kind of body, a rubric or a topic. */
function headingName(t: string): string | undefined {
  // "3.2 Familienlotsen Chorweiler": a numbered section of a report
  const name = t.replace(/^(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+|[•·▪*-]\s+)/u, '').replace(/^[„"]|[“”"]$/g, '');
  // "Familienzentrum" as a heading: the kind of body the page is about, not a project's name
  if (HEADS.has(fold(name))) return undefined;
  // "Beachtenswert", "Wichtig": one adjective as a heading is a rubric, no name
  if (/^[\p{Lu}][\p{Ll}]+(?:wert|lich|ig|isch|bar|sam|haft|los|voll)$/u.test(name)) return undefined;
  // "Jobcenter und Jugendhilfe": a topic of two kinds of bodies
  if (/^[\p{L}-]+ und [\p{L}-]+$/u.test(name) && HEADS.has(fold(name.split(' ')[0]!))) return undefined;
  return name;
}

/**
 * The section under the heading (up to the next heading-like line after a blank line) confirms a project:
 * the name, or its distinctive first word, comes back in it; or project fields follow; or it speaks of
 * "Das Projekt".
 */
function sectionConfirms(run: ExtractionRun, i: number, name: string, fieldKeyLines: ReadonlySet<number>): boolean {
  const { ctx } = run;
  const lines = ctx.live;
  let body = '';
  for (let j = i + 1; j < lines.length && j < i + 12; j++) {
    const l = lines[j]!;
    if (
      j > i + 2 &&
      ctx.lines[l.index - 1]?.text.trim() === '' &&
      l.text.trim().length <= 50 &&
      !/[.!?:]$/.test(l.text.trim())
    )
      break;
    body += `${l.text}\n`;
  }
  if (body.length < 80) return false;
  const first = name.split(/\s+/)[0]!;
  const again = (w: string) => hasWholeWord(body, w);
  const distinctive =
    /^[\p{Lu}]{2,}$|^[\p{Lu}][\p{Ll}]+[\p{Lu}]/u.test(first) || (first.length >= 6 && !COMMON_FIRST_WORD.test(first));
  if (again(name) || (distinctive && first !== name && again(first))) return true;
  // a carrier, period, contact or funding field below it
  for (let j = i + 1; j < lines.length && j < i + 10; j++) if (fieldKeyLines.has(lines[j]!.index)) return true;
  // "Das Projekt wird … finanziert"
  return !SENTENCE_OPENER.test(name) && /(?:^|[.!?]\s+)(?:Das|Dieses) (?:Projekt|Angebot)(?![\p{L}])/u.test(body);
}

/** "▸ Frühstückstreff Dorenkamp – 1.800 Euro": a list entry naming a funded project and its sum. */
const AMOUNT_ENTRY =
  /^\s*[▸►•·*–-]\s+([\p{Lu}][^–—|:„“"]{2,70}?)\s+[–—-]\s+(?:rund |bis zu |ca\. |je )?[\d.,]+\s*(?:Euro|€|EUR)(?![\p{L}])/u;

/** "1. Hallo Baby Gladbeck" on its own line, with its text below, under "Unsere Bausteine": one entry of a list of offers. */
const NUMBERED_ENTRY = /^\s*(?:\d{1,2}[.)]|[▸►•])\s+([\p{Lu}„"][^.!?:;|]{2,60})$/u;
const LIST_OF_OFFERS = /(?:Bausteine|Angebote|Projekte|Maßnahmen|Module|Handlungsfelder|Vorhaben)\b/u;

/** A numbered entry of a list of offers whose heading (within the twelve lines above) names offers. */
function numberedEntry(run: ExtractionRun, index: number): RegExpExecArray | null {
  const { ctx } = run;
  const m = NUMBERED_ENTRY.exec(ctx.lines[index]!.text);
  const next = ctx.lines[index + 1]?.text.trim() ?? '';
  if (!m || next.length < 40 || !/[.!?]$/.test(next)) return null;
  for (let l = index - 1; l >= Math.max(0, index - 12); l--) {
    const t = ctx.lines[l]!.text.trim();
    if (t.length > 0 && t.length <= 60 && !/[.!?]$/.test(t) && LIST_OF_OFFERS.test(t)) return m;
  }
  return null;
}

function listEntryProjects(run: ExtractionRun, orgsOnLine: LineSpans): ProseProject[] {
  const { ctx, found } = run;
  const others = LineSpans.of([...found.places, ...found.programs, ...found.persons]);
  const out: ProseProject[] = [];
  for (const line of ctx.readable) {
    const m =
      (line.text.includes('Euro') || line.text.includes('€') ? AMOUNT_ENTRY.exec(line.text) : null) ??
      numberedEntry(run, line.index);
    if (!m) continue;
    // „Quoted“ entries: the name inside the quotes
    const name = m[1]!.replace(/^[„"](.*)[“”"]$/u, '$1');
    if (!plausibleProjectName(name)) continue;
    const start = line.start + m[0].indexOf(name);
    const span = { start, end: start + name.length };
    // an organisation or a place as the entry is a grant to that body, not a project's name
    if (coveredBy(orgsOnLine.on(line.index), span) || coveredBy(others.on(line.index), span)) continue;
    out.push({ ...span, name, line: line.index, rule: 'project.list-entry' });
  }
  return out;
}

/** An organisation, place or person that spans the whole name (give or take one character) is what the line names. */
function coveredBy(xs: readonly Span[], span: Span): boolean {
  return xs.some((x) => x.start <= span.start + 1 && x.end >= span.end - 1);
}

function plausibleProjectName(name: string): boolean {
  if (!/^[\p{Lu}\d]/u.test(name) && !/^[a-zäöü]+[\p{Lu}.]/u.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 9 || /[.!?]\s|[.!?]$|:\s/.test(name)) return false;
  return !/^(Die|Der|Das|Wir|Ich|Es|Sie|Er|Hier|Dort|Mit|Für|Von)\s/.test(name);
}

/** "des „Familiengrundschulzentrums Gruiten“": the quoted name in the genitive, named in the nominative. */
function genitiveName(name: string, before: string): string | undefined {
  if (!/(?:^|\s)(?:des|eines)\s*$/u.test(before)) return undefined;
  const m = /^([\p{Lu}][\p{L}-]+?)e?s(\s.+)$/u.exec(name);
  return m && HEADS.has(fold(m[1]!)) ? `${m[1]!}${m[2]!}` : undefined;
}

/** "Präventionsnetzwerks" → "Präventionsnetzwerk": the noun of a label in the nominative. */
function nominative(noun: string): string {
  return noun
    .replace(/(werk|bund|kreis)(?:e?s)$/u, '$1')
    .replace(/nisses$/u, 'nis')
    .replace(/(Tisch)(?:e?s)$/u, '$1')
    .replace(/^Runde[rn] /u, 'Runder ');
}

/** Spans grouped by line, for overlap tests that look only at one line. */
class LineSpans {
  private readonly byLine = new Map<number, Span[]>();

  static of(items: ReadonlyArray<Span & { line: number }>): LineSpans {
    const s = new LineSpans();
    for (const x of items) s.add(x.line, x);
    return s;
  }

  add(line: number, span: Span): void {
    const list = this.byLine.get(line);
    if (list) list.push(span);
    else this.byLine.set(line, [span]);
  }

  on(line: number): readonly Span[] {
    return this.byLine.get(line) ?? [];
  }

  overlaps(line: number, span: Span): boolean {
    return this.on(line).some((t) => t.start < span.end && span.start < t.end);
  }
}

/**
 * Each name that a longer name continues with " – ", " - " or ": " ("Kleine Schritte" in "Kleine Schritte –
 * Elternbegleitung …"), and the first such longer project in page order. Read off the longer names once:
 * comparing every pair of projects was quadratic on long overview pages.
 */
function longerNames(projects: readonly ProseProject[]): Map<string, ProseProject> {
  const out = new Map<string, ProseProject>();
  for (const q of projects) {
    if (q.programmeNamed) continue;
    for (const m of q.name.matchAll(CONTINUATION)) {
      const head = q.name.slice(0, m.index);
      if (!out.has(head)) out.set(head, q);
    }
  }
  return out;
}

const CONTINUATION = /(?= – | - |: )/g;

const OPENING_QUOTE = /[„"»]/g;

/**
 * The words that stand somewhere right before an opening quote, blanks between allowed (/word\s*[„"»]/u).
 * Read from the quotes backwards, once for all words: a search of the whole text per word was quadratic
 * on long overview pages, where words and text grow together.
 */
function wordsBeforeQuotes(text: string, words: Iterable<string>): Set<string> {
  const wanted = new Set(words);
  const lengths = [...new Set([...wanted].map((w) => w.length))];
  const out = new Set<string>();
  if (!wanted.size) return out;
  for (const q of text.matchAll(OPENING_QUOTE)) {
    // a word may end anywhere in the blanks before the quote
    for (let end = q.index; end >= 0; end--) {
      for (const n of lengths) if (end >= n && wanted.has(text.slice(end - n, end))) out.add(text.slice(end - n, end));
      if (end === 0 || !/\s/u.test(text[end - 1]!)) break;
    }
  }
  return out;
}
