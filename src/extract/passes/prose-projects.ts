/**
 * Pass (prose genres): projects named in running text — "das Projekt „X“", "Präventionsnetzwerk
 * „Y“", "das „X“-Projekt", "das Projekt HOME" — and every later occurrence of a found name. An
 * organisation hit that is really the project's name ("das „Familienbüro Baumheide“") gives way.
 * A page that calls its project by the programme's name ("das Projekt „Zusammen im Quartier“")
 * gets a project named after programme and town.
 */
import { foldMemo as fold } from '../memo.ts';
import { NOT_PROJECT_BEFORE, PROJECT_NAME_RULES } from '../rules/project-names.ts';
import type { ExtractionRun, ProseProject } from '../run.ts';
import type { Span } from '../types.ts';

const KNOWN_PROGRAMME_START = /^(zusammen im quartier|kinderstark|kein kind zuruecklassen|kommunale praeventionsketten|gelingendes aufwachsen|soziale stadt)/;

export function findProseProjects(run: ExtractionRun): void {
  if (!run.genre.proseProjects && !run.blocks.some((b) => b.isEntry)) return;
  const { ctx, found } = run;
  const programmeNames = found.programs.map((p) => fold(p.name));
  const isProgramme = (name: string, span: Span) =>
    found.programs.some((p) => p.start < span.end && span.start < p.end) || KNOWN_PROGRAMME_START.test(fold(name)) || programmeNames.some((p) => p.startsWith(fold(name).slice(0, 18)));
  const out: ProseProject[] = [];
  const overlaps = (s: Span) => out.some((p) => p.start < s.end && s.start < p.end);
  for (const line of ctx.readable) {
    for (const rule of PROJECT_NAME_RULES) {
      for (const m of line.text.matchAll(rule.pattern)) {
        const name = (rule.labelWithNoun ? m[2] : m[1])!.trim();
        const at = m.index + m[0].lastIndexOf(name);
        const span = { start: line.start + at, end: line.start + at + name.length };
        if (overlaps(span) || !plausibleProjectName(name) || NOT_PROJECT_BEFORE.test(line.text.slice(0, m.index))) continue;
        // "Kita „Regenbogen“", "der Dezernate „Bildung und Soziales“": an organisation that begins before the quote owns the name
        if (found.orgs.some((o) => o.start < span.start && o.end >= span.end)) continue;
        if (isProgramme(name, span)) {
          if (rule.id === 'project.noun-quoted') out.push({ ...span, name, line: line.index, rule: 'project.programme-named', programmeNamed: true });
          continue;
        }
        const label = rule.labelWithNoun ? `${nominative(m[1]!)} „${name}“` : name;
        out.push({ ...span, name, label, line: line.index, rule: rule.id });
      }
    }
  }
  if (SECTION_HEADING_GENRES.has(run.genre.id)) for (const h of sectionHeadingProjects(run)) if (!overlaps(h) && !out.some((p) => p.name === h.name)) out.push(h);
  for (const f of ctx.fields) {
    if (f.key !== 'title') continue;
    const v = f.values[0];
    if (!v || overlaps(v) || !plausibleProjectName(v.text.replace(/[„“”"]/g, ''))) continue;
    out.push({ start: v.start, end: v.end, name: v.text.replace(/[„“”"»«]/g, '').trim(), line: v.line, rule: 'project.title-field' });
  }
  for (const q of quotedNames(run, isProgramme)) if (!overlaps(q) && !out.some((p) => p.name === q.name)) out.push(q);
  // later occurrences of each name are mentions of the same project
  const repeats: ProseProject[] = [];
  for (const p of out.filter((x) => !x.programmeNamed)) {
    const re = new RegExp(`(?<![\\p{L}\\d])${escapeRe(p.name)}(?![\\p{L}\\d])`, 'gu');
    for (const line of ctx.readable) {
      if (!line.text.includes(p.name)) continue;
      for (const m of line.text.matchAll(re)) {
        const span = { start: line.start + m.index, end: line.start + m.index + p.name.length };
        if (overlaps(span) || repeats.some((r) => r.start < span.end && span.start < r.end)) continue;
        repeats.push({ ...span, name: p.name, ...(p.label ? { label: p.label } : {}), line: line.index, rule: 'project.repeated-name' });
      }
    }
  }
  // "Babylotsen Eifel" … "Die Babylotsen sind …": the first word of a name, after an article, is the project too
  for (const p of out.filter((x) => !x.programmeNamed)) {
    const first = p.name.split(/\s+/)[0]!;
    if (first === p.name || first.length < 6 || !/^[\p{Lu}]/u.test(first) || /[„“”"]/.test(first)) continue;
    const re = new RegExp(`(?<![\\p{L}])(?:[Dd]ie|[Dd]er|[Dd]as|[Dd]en|[Dd]em|[Ii]m|[Bb]eim)\\s+(${escapeRe(first)})(?![\\p{L}\\d-])`, 'gu');
    for (const line of ctx.readable) {
      if (!line.text.includes(first)) continue;
      for (const m of line.text.matchAll(re)) {
        const at = line.start + m.index + m[0].length - first.length;
        const span = { start: at, end: at + first.length };
        if (overlaps(span) || repeats.some((r) => r.start < span.end && span.start < r.end)) continue;
        repeats.push({ ...span, name: p.name, ...(p.label ? { label: p.label } : {}), line: line.index, rule: 'project.repeated-first-word' });
      }
    }
  }
  const all = [...out, ...repeats].sort((a, b) => a.start - b.start);
  // an organisation hit inside a project's name is the project, not an actor
  found.orgs = found.orgs.filter((o) => !all.some((p) => !p.programmeNamed && o.start < p.end && p.start < o.end));
  run.proseProjects = all;
}

/** Genres whose pages present their projects under headings of their own. */
const SECTION_HEADING_GENRES: ReadonlySet<string> = new Set(['carrier-page', 'portal-profile', 'magazine-article']);

const QUOTED = /[„"»]([^“”"«\n]{3,60})[“”"«]/gu;
const SO_CALLED = /(?:sogenannte[nrs]?|so genannte[nrs]?|als|wie|Motto|heißt|hieß|Begriff|Stichwort)\s*$/u;

/**
 * A short quoted name in a sentence that speaks of actors or projects is a project: "In Siegen
 * richtet sich „Bergauf“ an Kinder …", "startet die „Kinderwerkstatt“ des AWO Kreisverbands".
 * Quoted speech, terms ("sogenannte „Kümmerer“"), events and programmes are not.
 */
function quotedNames(run: ExtractionRun, isProgramme: (name: string, span: Span) => boolean): ProseProject[] {
  const { ctx, found } = run;
  const out: ProseProject[] = [];
  for (const s of ctx.sentences) {
    const st = ctx.text.slice(s.start, s.end);
    if (!/[„"»]/.test(st)) continue;
    // the paragraph speaks of actors or projects
    const line = ctx.lines[s.line]!;
    const actorsHere = found.orgs.some((o) => o.start >= line.start && o.end <= line.end) || /Projekt|Angebot|Träger|Initiative|gefördert|Euro/.test(line.text);
    if (!actorsHere) continue;
    for (const m of st.matchAll(QUOTED)) {
      const name = m[1]!.trim();
      const start = s.start + m.index + m[0].indexOf(name);
      const span = { start, end: start + name.length };
      const before = st.slice(0, m.index);
      if (!plausibleProjectName(name) || name.split(/\s+/).length > 6 || NOT_PROJECT_BEFORE.test(before) || SO_CALLED.test(before)) continue;
      if (/^[-–]/.test(st.slice(m.index + m[0].length))) continue;
      if (isProgramme(name, span) || found.orgs.some((o) => o.start <= span.start && o.end >= span.end && !/^[„"»]/.test(ctx.text.slice(o.start - 1, o.start)))) continue;
      if (found.places.some((p) => p.start === span.start && p.end === span.end)) continue;
      out.push({ ...span, name, line: s.line, rule: 'project.quoted-name' });
    }
  }
  return out;
}

const NOT_A_HEADING = /^(?:unsere|weitere|aktuelle|kontakt|ansprechpartner|ihre?|über|ueber|wir|projekte|angebote|news|termine|hintergrund|ziele?|zielgruppe|förderung|finanzierung|partner|kooperation|downloads?|links?|presse|mehr|fazit|ausblick|zahlen|fakten|info)/iu;

/**
 * A short heading line whose words come back in the text below it names the project of that
 * section ("FamilienWege" above "In FamilienWege beraten wir …") — the way carrier pages list their
 * projects. Organisations, places and programmes as headings are not projects.
 */
function sectionHeadingProjects(run: ExtractionRun): ProseProject[] {
  const { ctx, found } = run;
  const out: ProseProject[] = [];
  const lines = ctx.live;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (t.length < 3 || t.length > 60 || /[.!?:;]$/.test(t) || t.split(/\s+/).length > 8 || !/^[\p{Lu}\d„"]/u.test(t) || NOT_A_HEADING.test(t)) continue;
    // a comma only after a dash: "AlmA – Alleinerziehend, aber nicht allein"
    if (/,/.test(t) && !/\s[–—-]\s[^,]*,/.test(t)) continue;
    if (ctx.fieldLabelLines.has(line.index) || ctx.fieldValueLines.has(line.index)) continue;
    const prev = ctx.lines[line.index - 1];
    if (prev && prev.text.trim() !== '') continue;
    const name = t.replace(/^(?:\d{1,2}[.)]\s+|[•·▪*-]\s+)/u, '').replace(/^[„"]|[“”"]$/g, '');
    const start = line.start + line.text.indexOf(name);
    const span = { start, end: start + name.length };
    const covered = (xs: ReadonlyArray<{ start: number; end: number }>) => xs.some((x) => x.start <= span.start + 1 && x.end >= span.end - 1);
    if (covered(found.orgs) || covered(found.places) || covered(found.programs) || covered(found.persons) || covered(found.districts)) continue;
    // the section: up to the next heading-like line after a blank line; the name must recur in it
    let body = '';
    for (let j = i + 1; j < lines.length && j < i + 12; j++) {
      const l = lines[j]!;
      if (j > i + 2 && ctx.lines[l.index - 1]?.text.trim() === '' && l.text.trim().length <= 50 && !/[.!?:]$/.test(l.text.trim())) break;
      body += `${l.text}\n`;
    }
    // the name, or its first word, comes back in the section's text
    const first = name.split(/\s+/)[0]!;
    const again = (w: string) => new RegExp(`(?<![\\p{L}])${escapeRe(w)}(?![\\p{L}])`, 'u').test(body);
    if (body.length < 80 || !(again(name) || ((first.length >= 6 || /^[\p{Lu}]{2,}$/u.test(first)) && first !== name && again(first)))) continue;
    out.push({ ...span, name, line: line.index, rule: 'project.section-heading' });
  }
  return out;
}

function plausibleProjectName(name: string): boolean {
  if (!/^[\p{Lu}\d]/u.test(name) && !/^[a-zäöü]+[\p{Lu}.]/u.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 9 || /[.!?]\s|[.!?]$|:\s/.test(name)) return false;
  return !/^(Die|Der|Das|Wir|Ich|Es|Sie|Er|Hier|Dort|Mit|Für|Von)\s/.test(name);
}

/** "Präventionsnetzwerks" → "Präventionsnetzwerk": the noun of a label in the nominative. */
function nominative(noun: string): string {
  return noun.replace(/(werk|bund|kreis)(?:e?s)$/u, '$1').replace(/nisses$/u, 'nis').replace(/(Tisch)(?:e?s)$/u, '$1').replace(/^Runde[rn] /u, 'Runder ');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
