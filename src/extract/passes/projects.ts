/**
 * Pass: one project per block — titled by a "Projekttitel" field, a quoted title ("das Projekt
 * „X“"), or, on a page that has project fields, a title made from programme and town. Period,
 * Projektbeginn, target groups and legal domains come from the block's fields and text.
 */
import type { Mention, MentionAttrs, Period, Span } from '../../model/index.ts';
import { fieldsByBlock } from '../context.ts';
import { isSectionHeading } from '../field-labels.ts';
import { ADDRESS_LINE } from '../fields.ts';
import { domainsOfText, targetsSgb2 } from '../domains.ts';
import type { Field } from '../fields.ts';
import type { Line } from '../lines.ts';
import { foldMemo as fold } from '../../util/index.ts';
import { hasDate, parsePeriod, parseSingleDate, prosePeriodOf } from '../periods.ts';
import { PROJECT_ANAPHOR, PROJECT_TITLE_WORD } from '../rules/project-names.ts';
import { firstCovering, localMunicipality, type Block, type ExtractionRun, type ProseProject } from '../run.ts';
import { firstAtLeast } from '../span-index.ts';

export function findProjects(run: ExtractionRun): void {
  const { ctx, store } = run;
  run.primaryPrograms = withoutProspectivePrograms(
    run,
    withoutProjectsOwnPrograms(run, choosePrimaryPrograms(run.programs, ctx.live)),
  );
  // funders' and programmes' names ("… für Arbeit, Gesundheit und Soziales") say nothing of the project's domains
  const maskedText = maskSpans(ctx.text, [
    ...run.orgs.filter((o) => o.m.kind === 'funder').map((o) => o.m),
    ...run.programs.map((x) => x.m),
  ]);
  const fieldsOf = fieldsByBlock(ctx.fields, ctx.lines);
  const programs = run.programs.map((x) => x.m);
  if (run.proseProjects.length > 0 && run.genre.proseProjects) {
    addProseProjects(run, maskedText);
    referToRows(run);
    return;
  }
  for (const b of run.blocks) {
    const p = projectOfBlock(
      run,
      b,
      maskedText,
      fieldsOf(b).filter((f) =>
        owns(run, b, f.layout === 'column' ? (f.values[0]?.line ?? -1) : ctx.lineOf(f.labelSpan.start)),
      ),
      programs,
    );
    if (!p) continue;
    run.projects.push({ m: store.add('project', p.name, p.span, p.attrs, b.place?.name, p.rule), block: b });
  }
  if (run.projects.length === 0 && run.blocks.length === 1 && !run.blocks[0]!.isEntry) {
    ctx.issues.push({
      doc: ctx.doc.name,
      message: 'Kein Projekt erkannt: die Seite nennt weder Projektfelder noch ein Projekt.',
    });
  }
  const at = firstCovering(run.projects, (p) => p.block, ctx.lines.length);
  run.projectOfLine = at.map((p) => p?.m);
  referToRows(run);
  referToRowHeadings(run);
}

/**
 * "Elternbegleitung Gohfeld" as a heading below the table whose row names it: the paragraphs under
 * the heading, up to the next heading, are about that row's project (a report's table, then a section
 * per project).
 */
function referToRowHeadings(run: ExtractionRun): void {
  const { ctx } = run;
  if (run.projects.length < 2) return;
  const byName = new Map(run.projects.map((p) => [p.m.name, p.m]));
  const isHeading = (t: string) => t.length > 0 && t.length <= 80 && !/[.!?:;|]$/u.test(t) && !t.includes('|');
  let current: Mention | undefined;
  for (const l of ctx.lines) {
    const t = l.text.trim().replace(/^\d{1,2}(?:\.\d{1,2})*[.)]?\s+/u, '');
    const named = isHeading(t) ? byName.get(t) : undefined;
    if (named && ctx.lineOf(named.start) !== l.index) current = named;
    else if (isHeading(t) && ctx.lines[l.index - 1]?.text.trim() === '') current = undefined;
    if (current) run.projectOfLine[l.index] = current;
  }
}

const ROW_REFERENCE = /^\s*(?:Zu\s+)?(?:Nr\.\s*)?(\d{1,2})\s*[:.)]\s/u;

/** "Zu Nr. 2: …", "Zu 2: …" under a table of projects: the line is about that row's project. */
function referToRows(run: ExtractionRun): void {
  run.rowProjects = tableRows(run);
  if (!run.rowProjects.size) return;
  for (const l of run.ctx.lines) {
    const m = /^\s*Zu\s/u.test(l.text) ? ROW_REFERENCE.exec(l.text) : undefined;
    const p = m ? run.rowProjects.get(Number(m[1])) : undefined;
    if (p) run.projectOfLine[l.index] = p;
  }
}

/**
 * The projects of a table's rows: by the number in their first cell ("| 2 | Kita-Einstiegsbegleitung | …"),
 * else, in a page's only table with a project column, by their order.
 */
function tableRows(run: ExtractionRun): Map<number, Mention> {
  const { ctx } = run;
  const out = new Map<number, Mention>();
  const rowLines = ctx.fields
    .filter((f) => f.layout === 'column' && f.key === 'title' && f.values.length > 0)
    .map((f) => f.values[0]!.line);
  const firstOnLine = new Map<number, Mention>();
  for (const { m } of run.projects) if (!firstOnLine.has(ctx.lineOf(m.start))) firstOnLine.set(ctx.lineOf(m.start), m);
  const ofLine = (line: number) => firstOnLine.get(line);
  for (const line of rowLines) {
    const n = /^\s*\|?\s*(\d{1,3})\.?\s*\|/u.exec(ctx.lines[line]!.text);
    const m = ofLine(line);
    if (n && m) out.set(Number(n[1]), m);
  }
  if (out.size || rowLines.length < 2) return out;
  // one table only: its rows follow each other (a blank or other line between two rows starts another table)
  const contiguous = rowLines.every(
    (l, i) => i === 0 || ctx.lines.slice(rowLines[i - 1]! + 1, l).every((x) => /\|/.test(x.text)),
  );
  if (!contiguous) return out;
  rowLines.forEach((line, i) => {
    const m = ofLine(line);
    if (m) out.set(i + 1, m);
  });
  return out;
}

/**
 * Projects named in running text: the first mention of each name carries the attributes, read from
 * its section (from its first mention to the next project's); every line's project is the one named
 * last before it (the first project for the lines before any name).
 */
function addProseProjects(run: ExtractionRun, maskedText: string): void {
  const { ctx, store } = run;
  const block = run.blocks[0]!;
  const town = block.place?.name;
  const programme =
    run.primaryPrograms[0]?.name.split(/\s+[–—-]\s+/)[0] ?? run.programs[0]?.m.name.split(/\s+[–—-]\s+/)[0];
  const labelOf = (p: ExtractionRun['proseProjects'][number]) =>
    p.programmeNamed ? `${programme ?? p.name}${town ? `: ${town}` : ''}` : (p.label ?? p.name);
  const firsts = new Map<string, number>();
  run.proseProjects.forEach((p, i) => {
    if (!firsts.has(labelOf(p))) firsts.set(labelOf(p), i);
  });
  const order = [...firsts.values()];
  const regions = proseRegions(run, order, labelOf);
  const byLabel = new Map<string, Mention>();
  const townOf = new Map<string, string | undefined>();
  const mentionAt: Mention[] = [];
  const regionOf = new Map(order.map((i, k) => [i, k]));
  run.proseProjects.forEach((p, i) => {
    const label = labelOf(p);
    const k = regionOf.get(i) ?? -1;
    let attrs: MentionAttrs = {};
    if (k >= 0) {
      attrs = proseAttributes(run, regions[k]!, maskedText);
      attrs.titleSource = p.programmeNamed ? 'synthesised' : 'quoted';
    }
    // on a page about several towns, a project belongs to the town named with its first mention
    if (!townOf.has(label)) townOf.set(label, localMunicipality(run, p.line, p.start, true) ?? town);
    const m = store.add('project', label, p, attrs, townOf.get(label), p.rule);
    if (!byLabel.has(label)) {
      byLabel.set(label, m);
      run.projects.push({ m, block });
    }
    mentionAt.push(byLabel.get(label)!);
  });
  // each line's project: the one whose section holds it; a line naming a project is that project's
  const projectOfLine = new Array<Mention | undefined>(ctx.lines.length);
  order.forEach((i, k) => {
    const r = regions[k]!;
    for (let l = ctx.lineOf(r.start); l < ctx.lines.length && ctx.lines[l]!.start < r.end; l++)
      projectOfLine[l] ??= mentionAt[i];
  });
  // the first project named on each line (one pass; a search from the start per project was quadratic)
  const seenLines = new Set<number>();
  run.proseProjects.forEach((p, i) => {
    if (seenLines.has(p.line)) return;
    seenLines.add(p.line);
    projectOfLine[p.line] = mentionAt[i];
  });
  run.projectOfLine = projectOfLine;
  run.projectRegions = order.map((i, k) => ({
    project: mentionAt[i]!,
    start: regions[k]!.start,
    end: regions[k]!.end,
  }));
  // "Die Projekte laufen vom 01.04.2023 bis zum 31.12.2025": a period the page states for all its projects
  if (order.length > 1) {
    const inRegion = (pos: number) => regions.some((r) => pos >= r.start && pos < r.end);
    const shared = prosePeriod(
      ctx.sentences
        .filter((s) => !inRegion(s.start) && ALL_PROJECTS.test(ctx.text.slice(s.start, s.end)))
        .map((s) => ctx.text.slice(s.start, s.end)),
    );
    if (shared)
      for (const { m } of run.projects)
        m.attrs.period ??= {
          ...(shared.start ? { start: shared.start } : {}),
          ...(shared.end ? { end: shared.end } : {}),
        };
  }
}

const ALL_PROJECTS =
  /(?:Projekte|Zentren|Standorte|Vorhaben|Maßnahmen|Förderphase|Förderzeitraum|Förderung|Jugendwerkstätten|Angebote|Bescheide|Förderbescheide|Zeitraum|Laufzeit)/u;

/** Genres whose pages give each project a section under its heading (every line of it belongs to the project). */
const SECTIONED: ReadonlySet<string> = new Set(['carrier-page', 'portal-profile']);

/**
 * The stretch of text about each project. One project: the whole page. Several: from the paragraph
 * that first names it up to the paragraph that names the next one — on pages without project
 * sections only as long as the paragraphs still name it, refer to it or are short (fields,
 * contacts); a long paragraph about something else ends it.
 */
function proseRegions(
  run: ExtractionRun,
  order: readonly number[],
  labelOf: (p: ExtractionRun['proseProjects'][number]) => string,
): Span[] {
  const { ctx } = run;
  if (order.length <= 1) return order.map(() => ({ start: 0, end: ctx.text.length }));
  const sectioned = SECTIONED.has(run.genre.id);
  return order.map((i, k) => {
    const p = run.proseProjects[i]!;
    const label = labelOf(p);
    const start = ctx.lines[p.line]!.start;
    const hardEnd = k + 1 < order.length ? ctx.lines[run.proseProjects[order[k + 1]!]!.line]!.start : ctx.text.length;
    const linesOf = new Set(run.proseProjects.filter((q) => labelOf(q) === label).map((q) => q.line));
    let end = ctx.lines[p.line]!.end;
    // a project named in the page's title or lead is what the page is about: its section runs to the next project
    const headline = ctx.live.slice(0, 10).some((l) => l.index === p.line);
    if (headline) return { start, end: hardEnd };
    for (let l = p.line + 1; l < ctx.lines.length && ctx.lines[l]!.start < hardEnd; l++) {
      const line = ctx.lines[l]!;
      const t = line.text.trim();
      if (t === '' || ctx.furniture[l]) continue;
      if (!sectioned && t.length > 160 && !linesOf.has(l) && !PROJECT_ANAPHOR.test(t)) break;
      end = line.end;
    }
    return { start, end: Math.min(end, hardEnd) };
  });
}

/** Period, target group and domains of a prose project, from the sentences of its section. */
function proseAttributes(run: ExtractionRun, region: Span, maskedText: string): MentionAttrs {
  const { ctx } = run;
  const attrs: MentionAttrs = {};
  const sentences = ctx.sentences.filter((s) => s.start >= region.start && s.end <= region.end);
  const texts = sentences.map((s) => ctx.text.slice(s.start, s.end));
  const found = prosePeriod(texts);
  if (found) {
    const { begin, ...period } = found;
    attrs.period = period;
    if (begin) attrs.begin = begin;
  }
  const all = texts.join('\n');
  if (targetsSgb2(all)) attrs.sgb2TargetGroup = true;
  const domains = domainsOfText(sentences.map((s) => maskedText.slice(s.start, s.end)).join('\n'));
  if (domains.length) attrs.domains = domains;
  return attrs;
}

const PERIOD_CONTEXT =
  /(?:Projekt|Vorhaben|Angebot|Initiative|Netzwerk|Förder|gefördert|Laufzeit|läuft|laufen|Zeitraum|befristet|[Ss]tart|[Bb]egann|[Bb]eginn|besteht|[Ss]eit|bis|Arbeit auf|eröffnet|gegründet)/u;

/**
 * The period sentences about a project state: the first full range ("vom … bis …", "Förderzeitraum
 * 01.01.2024 bis 31.12.2026"), else the first start and the first end. A start stated besides a
 * range ("seit dem 01.01.2021 … für den Zeitraum 2024 bis 2026") is the project's beginning.
 */
export function prosePeriod(texts: readonly string[]): (Period & { begin?: string }) | undefined {
  let start: string | undefined;
  let end: string | undefined;
  let range: Period | undefined;
  for (const t of texts) {
    if (!PERIOD_CONTEXT.test(t) || !hasDate(t)) continue;
    const p = prosePeriodOf(t);
    if (!p) continue;
    if (p.start && p.end) range ??= p;
    else {
      start ??= p.start;
      end ??= p.end;
    }
  }
  if (range) return start && start < range.start! ? { ...range, begin: start } : range;
  if (!start && !end) return undefined;
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

/** Programmes the whole page belongs to: cued ones, ones in the first lines, or the only one named. */
function choosePrimaryPrograms(progs: ExtractionRun['programs'], live: readonly Line[]): Mention[] {
  const early = new Set(live.slice(0, 8).map((l) => l.index));
  const byName = new Map<string, Mention>();
  for (const p of progs) if (p.hit.cued || early.has(p.hit.line)) if (!byName.has(p.m.name)) byName.set(p.m.name, p.m);
  if (byName.size === 0) {
    const names = new Set(progs.map((p) => p.m.name));
    if (names.size === 1) byName.set(progs[0]!.m.name, progs[0]!.m);
  }
  return [...byName.values()];
}

/**
 * On a prose page about several projects, a programme named only in sentences that name one of them
 * ("das FGZ an der X-Schule wird auch aus dem Landesprogramm „Y“ finanziert") is that project's, not the page's.
 */
function withoutProjectsOwnPrograms(run: ExtractionRun, primary: Mention[]): Mention[] {
  const { ctx } = run;
  if (!run.genre.proseProjects || new Set(run.proseProjects.map((p) => p.label ?? p.name)).size < 2) return primary;
  const early = new Set(ctx.live.slice(0, 8).map((l) => l.index));
  const first = run.proseProjects[0]!.label ?? run.proseProjects[0]!.name;
  return primary.filter((pm) => {
    const all = run.programs.filter((x) => x.m.name === pm.name);
    return all.some((x) => {
      if (early.has(x.hit.line)) return true;
      const s = ctx.sentenceAt(x.m.start);
      // the page's own (first) project may name the page's programme anywhere
      return (
        !s || !run.proseProjects.some((p) => p.start >= s.start && p.end <= s.end && (p.label ?? p.name) !== first)
      );
    });
  });
}

/** "bewerben wir uns um die Aufnahme in das Landesprogramm …": a programme the page only hopes for (a council's decision to apply is the programme's). */
const PROSPECT =
  /(?<![\p{L}])(?:bewerb\p{L}*|beworben|Aufnahme in|Interessenbekundung|prüf\p{L}* (?:die|eine) Teilnahme)(?![\p{L}])/u;

function withoutProspectivePrograms(run: ExtractionRun, primary: Mention[]): Mention[] {
  const { ctx } = run;
  return primary.filter((pm) =>
    run.programs
      .filter((x) => x.m.name === pm.name)
      .some((x) => {
        const s = ctx.sentenceAt(x.m.start);
        return !s || !PROSPECT.test(ctx.text.slice(s.start, s.end));
      }),
  );
}

interface ProjectCandidate {
  name: string;
  span: Span;
  attrs: MentionAttrs;
  rule: string;
}

const QUOTED_TITLE =
  /(?:Titel|Projekt(?:namen?)?|Präventionsprojekt|Modellprojekt|Pilotprojekt|Teilprojekt|Erfolgsprojekt|Vorhaben|Angebot)\s*(?:mit dem Namen\s*)?[„"'‚»]([^“”"'‘«\n]{2,80})[“”"'‘«]/u;
const QUOTED_PROJEKT = /[„"'‚»]([^“”"'‘«\n]{2,40})[“”"'‘«]-Projekt/u;
const DAS_PROJEKT = /(?<![\p{L}])[Dd]as Projekt ([\p{Lu}][\p{L}-]{2,40})(?=[\s,.])/u;
const STANDALONE_QUOTED = /^\s*[„"»]([^“”"«\n]{2,60})[“”"«]\s*$/u;
const PROJECT_FIELDS: ReadonlySet<Field['key']> = new Set([
  'title',
  'carrier',
  'period',
  'begin',
  'partners',
  'contact',
  'targetGroup',
  'location',
]);

/** The projects named in running text, not after a programme, and their lines, per list (made once per page). */
const namedProse = new WeakMap<readonly ProseProject[], { projects: ProseProject[]; lines: number[] }>();

/**
 * The first project named in running text (not after a programme) on the lines of a block. The list is in
 * text order, so its lines ascend and the first on a line ≥ the block's first line is found by binary
 * search (a scan of the whole list per block was quadratic on long overview pages).
 */
function firstNamedProse(all: readonly ProseProject[], b: Block): ProseProject | undefined {
  let named = namedProse.get(all);
  if (!named) {
    const projects = all.filter((p) => !p.programmeNamed);
    named = { projects, lines: projects.map((p) => p.line) };
    namedProse.set(all, named);
  }
  const p = named.projects[firstAtLeast(named.lines, b.from)];
  return p && p.line < b.to ? p : undefined;
}

function projectOfBlock(
  run: ExtractionRun,
  b: Block,
  maskedText: string,
  blockFields: readonly Field[],
  programs: readonly Mention[],
): ProjectCandidate | undefined {
  const { lines, furniture } = run.ctx;
  const get = (k: Field['key']) => blockFields.filter((f) => f.key === k);
  const blockLines = lines.slice(b.from, b.to).filter((l) => !furniture[l.index] && owns(run, b, l.index));
  const blockText = blockLines.map((l) => l.text).join('\n');
  const domainText = blockLines.map((l) => maskedText.slice(l.start, l.end)).join('\n');
  const isProgramName = (n: string) =>
    programs.some((p) => fold(p.name).startsWith(fold(n).slice(0, 18))) ||
    /^(zusammen im quartier|kinderstark|kein kind)/.test(fold(n));

  const attrs: MentionAttrs = {};
  let name: string | undefined;
  let span: Span | undefined;
  let rule = '';
  const titleValue = get('title')[0]?.values[0];
  if (titleValue) {
    const acronym = /^(\S{2,14})\s+[„"»](.+)[“”"«]$/u.exec(titleValue.text);
    const typed = /^([\p{Lu}][\p{Ll}-]{3,30})\s+[„"»](.+)[“”"«]$/u.exec(titleValue.text);
    if (typed) {
      // "Lotsendienst „Gut angekommen in Lippe“": a kind of offer and its name
      name = typed[2]!;
      attrs.aliases = [typed[1]!, titleValue.text.replace(/[„“”"»«]/g, '')];
    } else if (acronym) {
      name = acronym[1]!;
      attrs.aliases = [acronym[2]!, titleValue.text.replace(/[„“”"»«]/g, '')];
    } else name = titleValue.text.replace(/[„“”"»«]/g, '').trim();
    span = titleValue;
    attrs.titleSource = 'field';
    rule = 'project.title-field';
  }
  // an overview entry that names its project in running text ("das Netzwerk „X“", "die Jugendwerkstatt „Y“")
  const named = b.isEntry ? firstNamedProse(run.proseProjects, b) : undefined;
  if (!name && named) {
    name = named.label ?? named.name;
    span = named;
    attrs.titleSource = 'quoted';
    rule = named.rule;
  }
  if (!name) {
    for (const l of blockLines) {
      const m =
        QUOTED_TITLE.exec(l.text) ??
        QUOTED_PROJEKT.exec(l.text) ??
        (b.isEntry ? STANDALONE_QUOTED.exec(l.text) : null) ??
        DAS_PROJEKT.exec(l.text);
      if (m && !isProgramName(m[1]!)) {
        name = m[1]!.trim();
        const s = l.start + m.index + m[0].indexOf(m[1]!);
        span = { start: s, end: s + m[1]!.length };
        attrs.titleSource = 'quoted';
        rule = 'project.quoted-title';
        break;
      }
    }
    // a long form after the title: "HOME - Hilfe und Orientierung für …"
    if (name) {
      const longForm = new RegExp(`^\\s*${escapeRe(name)}\\s+[-–—:]\\s+(.{8,100})$`, 'mu').exec(blockText);
      if (longForm) attrs.aliases = [`${name} – ${longForm[1]!.trim()}`];
    }
  }
  const hasProjectSignals =
    blockFields.some((f) => PROJECT_FIELDS.has(f.key)) || /Projekt|Maßnahme|Modellvorhaben|Vorhaben/.test(blockText);
  // a sheet titled by its project ("Netzwerk Kinderzukunft Dülmen (NeKiD), Dülmen")
  if (!name && !b.isEntry && hasProjectSignals) {
    const title = titleLine(run, b) ?? headingAboveFields(run, b);
    if (title) {
      name = title.name;
      span = title;
      attrs.titleSource = 'field';
      rule = 'project.page-title';
    }
  }
  if (!name) {
    if (!b.isEntry && (!hasProjectSignals || !run.genre.synthesiseProject || b.around)) return undefined;
    const prog = run.primaryPrograms[0]?.name.split(/\s+[–—-]\s+/)[0];
    const where = b.heading && b.isEntry ? b.heading.text : b.place?.name;
    if (prog && where) name = `${prog}: ${where}`;
    else if (where) name = `Projekt ${where}`;
    else if (b.heading) name = b.heading.text.slice(0, 80);
    else return undefined;
    span = b.isEntry ? b.heading : (pageTitle(run) ?? b.placeSpan ?? b.heading);
    attrs.titleSource = 'synthesised';
    rule = b.isEntry ? 'project.overview-entry' : 'project.synthesised';
  }
  if (!span) return undefined;

  const periodField = get('period')[0]
    ?.values.map((v) => v.text)
    .join(' ');
  const period = (periodField ? parsePeriod(periodField) : undefined) ?? b.period ?? proseEnd(blockText);
  if (period) attrs.period = period;
  const beginField = get('begin')[0]?.values[0]?.text;
  const begin = beginField ? parseSingleDate(beginField) : undefined;
  // a "seit" column ("Baustein | Ort | seit") gives the running period's start, as "seit 2020" in prose does
  if (begin && /^seit$/iu.test(get('begin')[0]!.label.trim())) attrs.period ??= { start: begin };
  else if (begin) attrs.begin = begin;
  const groups = get('targetGroup')
    .flatMap((f) => f.values.flatMap((v) => v.text.split(/\s*[,;]\s*|\s+und\s+(?=[\p{Lu}])/u)))
    .map((s) => s.replace(/^[•·*-]\s*/, '').trim())
    .filter((s) => s.length > 1);
  if (groups.length) attrs.targetGroups = [...new Set(groups)];
  if (targetsSgb2(blockText)) attrs.sgb2TargetGroup = true;
  const domains = domainsOfText(domainText);
  if (domains.length) attrs.domains = domains;
  return { name, span, attrs, rule };
}

const TYPED_QUOTE = /([\p{Lu}][\p{L}-]+)\s+[„"»][^“”"«\n]{2,80}[“”"«]/u;

/** Whether a block owns a line: every line of its range, but for the page around a table not the table's rows. */
function owns(run: ExtractionRun, b: Block, line: number): boolean {
  return !b.around || run.blockOfLine[line] === b;
}

/** A heading among the block's first lines that names a project (a project word in it), without a trailing ", Town" or "(Kürzel)". */
function titleLine(run: ExtractionRun, b: Block): (Span & { name: string }) | undefined {
  const { ctx } = run;
  const header = tableHeaderTitle(run, b);
  if (header) return header;
  for (const l of ctx.live.filter((x) => x.index >= b.from && x.index < b.to && owns(run, b, x.index)).slice(0, 12)) {
    const t = l.text.trim();
    if (
      t.length < 6 ||
      t.length > 90 ||
      /[.!?:]$/.test(t) ||
      /\|/.test(t) ||
      ctx.fieldLabelLines.has(l.index) ||
      ctx.fieldValueLines.has(l.index)
    )
      continue;
    // "Familienzentrum Kita Sonnenblume Baumheide" heading its own page: the house, not a project
    const at0 = l.start + l.text.indexOf(t);
    if (run.found.orgs.some((o) => o.kind === 'daycare' && o.start <= at0 && o.end >= at0 + t.length)) continue;
    if (
      !PROJECT_TITLE_WORD.test(t) ||
      isSectionHeading(t) ||
      /^(?:Projekte|Projektstandorte|Standorte|Unsere|Aktuelle|Alle|Ziele?|Methoden?|Über|Zum|Zur|Das|Die|Der)\b|\s(?:des|der|zum|zur|von|über)\s|Rundbrief|Newsletter|[Bb]ericht(?![\p{L}])/u.test(
        t,
      )
    )
      continue;
    // "Betreff: Präventionskette „Oberhausen. Kinder. Chancen.“ – Sachstand 2024": the noun and its quoted name
    const typed = TYPED_QUOTE.exec(t);
    const name =
      typed && PROJECT_TITLE_WORD.test(typed[1]!)
        ? typed[0]
        : t
            .replace(/\s*,\s*[\p{Lu}][\p{L} .()-]*$/u, '')
            .replace(/\s*\([^)]{1,15}\)\s*$/u, '')
            .trim();
    const at = l.start + l.text.indexOf(name);
    return { start: at, end: at + name.length, name };
  }
  return undefined;
}

/** "| Kita-Lotsen Wulfen-Barkenberg | |" over "|---|---|": a key-value table titled by its header row. */
function tableHeaderTitle(run: ExtractionRun, b: Block): (Span & { name: string }) | undefined {
  const { ctx } = run;
  for (let l = b.from; l + 1 < Math.min(b.to, b.from + 6); l++) {
    const m = /^\s*\|\s*([^|]{3,90}?)\s*\|\s*\|\s*$/u.exec(ctx.lines[l]!.text);
    if (!m || !/^\s*\|[\s:|-]+\|\s*$/u.test(ctx.lines[l + 1]!.text)) continue;
    const name = m[1]!;
    const at = ctx.lines[l]!.start + ctx.lines[l]!.text.indexOf(name);
    return { start: at, end: at + name.length, name };
  }
  return undefined;
}

/** Words of a sheet's own headings ("Kommunensteckbrief", "Detailansicht"), no project's name. */
const SHEET_HEADING =
  /^(?:projekte|angebote|[\p{L}-]*(?:steckbrief|profil|übersicht|ansicht|beschreibung|angaben|datenbank|informationen|details?)|zurück\b.*|kontakt|ansprechperson(?:en)?|auf einen blick|im überblick|(?:das jahr )?in zahlen|zahlen(?:,| und) fakten|(?:unser|unsere|ihr|ihre)\s.*)$/iu;

/**
 * "Familienpaten im Warburger Land / Ehrenamtliche Begleitung für …" over "Angebotsart: …, Träger: …":
 * the first line of the heading group (a title and its subtitle) right above the block's first field.
 */
const TWO_COLUMN_HEADER =
  /^\s*\|?\s*(?:Feld|Merkmal|Angabe|Kategorie|Eigenschaft)\s*(?:\||\t+)\s*(?:Wert|Angabe|Inhalt|Angaben|Beschreibung)\s*\|?\s*$/u;

function headingAboveFields(run: ExtractionRun, b: Block): (Span & { name: string }) | undefined {
  const { ctx } = run;
  const live = ctx.live.filter((x) => x.index >= b.from && x.index < b.to && owns(run, b, x.index));
  // the first field, also one Netzatlas has no key for ("Angebotsart: …")
  let first = live.findIndex(
    (l) => ctx.fieldLabelLines.has(l.index) || /^\s*[\p{Lu}][\p{L}-]{2,30}:\s+\S/u.test(l.text),
  );
  // "Feld | Wert" above the rows: the header of a two-column sheet; the heading stands above it
  const header = first > 0 && TWO_COLUMN_HEADER.test(live[first - 1]!.text);
  if (header) {
    live.splice(first - 1, 1);
    first--;
  }
  if (first <= 0) return undefined;
  // the group: consecutive lines (no blank between) ending right above the field
  let top = first - 1;
  while (top > 0 && live[top - 1]!.index === live[top]!.index - 1 && first - top < 2) top--;
  if (live[first - 1]!.index < live[first]!.index - (header ? 4 : 2)) return undefined;
  const l = live[top]!;
  // "▸ Familienkompass Kalkar" right above its "Träger:": an entry of a list of projects
  const entry = top === first - 1 && l.index === live[first]!.index - 1;
  const t = entry ? l.text.trim().replace(/^(?:[▸►•·*–-]|\d{1,2}[.)])\s+/u, '') : l.text.trim();
  if (
    t.length < 6 ||
    t.length > 90 ||
    /[!?:;|«»>›]|\.(?!\p{L})/u.test(t) ||
    ctx.fieldValueLines.has(l.index) ||
    ctx.fieldLabelLines.has(l.index)
  )
    return undefined;
  // ("Sozialraumbericht Jugendhilfe 2025": a report's title, no project)
  if (
    SHEET_HEADING.test(t) ||
    isSectionHeading(t) ||
    ctx.places.lookup(t).length > 0 ||
    ADDRESS_LINE.test(t) ||
    /[Bb]ericht(?![\p{L}])/u.test(t)
  )
    return undefined;
  if (!/^[\p{Lu}„"]/u.test(t) || t.split(/\s+/).length > 10) return undefined;
  const at = l.start + l.text.indexOf(t);
  return { start: at, end: at + t.length, name: t };
}

/** The page's title: the first live line long enough to be one (not a bare "Projekte"), not a field. */
function pageTitle(run: ExtractionRun): Span | undefined {
  const { ctx } = run;
  for (const l of ctx.live.slice(0, 8)) {
    const t = l.text.trim();
    if (t.length < 12 || t.length > 120 || ctx.fieldLabelLines.has(l.index) || ctx.fieldValueLines.has(l.index))
      continue;
    const lead = l.text.length - l.text.trimStart().length;
    return { start: l.start + lead, end: l.start + lead + t.length };
  }
  return undefined;
}

/** "bis Ende 2024" in a sentence about the project. */
function proseEnd(blockText: string): Period | undefined {
  const m =
    /(?:Projekt|Maßnahme|Förderung|Vorhaben)[^.\n]{0,160}?\bbis (?:Ende |zum )?((?:\d{1,2}\.\d{1,2}\.)?(?:19|20)\d{2})/u.exec(
      blockText,
    );
  return m ? parsePeriod(`bis ${m[1]}`) : undefined;
}

/** The text with the given spans blanked out (same length, so offsets stay valid); spans lie inside the text. */
export function maskSpans(text: string, spans: readonly Span[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let pos = 0;
  for (const s of sorted) {
    const from = Math.max(s.start, pos);
    if (s.end <= from) continue;
    parts.push(text.slice(pos, from), text.slice(from, s.end).replace(/[^\n]/g, ' '));
    pos = s.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
