/**
 * Pass: the page's blocks. A programme overview gives one block per town entry (segments.ts); any
 * other page is one block whose place comes from its fields ("Projektort", "Kreis/kreisfreie Stadt")
 * or, failing those, from the town it names most often.
 */
import { trimmedSpan } from '../lines.ts';
import type { FieldValueLine } from '../fields.ts';
import type { PlaceRef, Span } from '../../model/index.ts';
import { firstCovering, type Block, type ExtractionRun, type PlaceHit } from '../run.ts';
import { segmentDocument } from '../segments.ts';

export function findBlocks(run: ExtractionRun): void {
  const { ctx } = run;
  const seg = segmentDocument(ctx.lines, ctx.furniture, ctx.places, ctx.fieldValueLines);
  const blocks: Block[] = [];
  if (seg.entries.length > 0 && run.genre.entries) {
    for (const e of seg.entries)
      blocks.push({
        from: e.from,
        to: e.to,
        place: e.place,
        placeSpan: e.heading,
        heading: e.heading,
        isEntry: true,
        ...(e.period ? { period: e.period } : {}),
      });
  } else {
    const page = pageBlock(run);
    // a sheet with several "Projekt"/"Projekttitel" fields (or a table with a project column) lists several projects
    const titleLines = [
      ...new Set(
        ctx.fields
          .filter((f) => f.key === 'title' && f.values.length)
          .map((f) => (f.layout === 'column' ? f.values[0]!.line : ctx.lineOf(f.labelSpan.start))),
      ),
    ].sort((a, b) => a - b);
    // several "Feld | Angabe" tables, each with its own carrier or title: one project per table, from the heading above it
    const tables = projectTableStarts(run);
    const groups = tables.length >= 2 ? [] : fieldGroupStarts(run);
    const titles =
      tables.length >= 2 && tables.length >= titleLines.length
        ? tables
        : groups.length >= 2 && groups.length > titleLines.length
          ? groups
          : titleLines;
    const rows =
      titles === titleLines &&
      ctx.fields.filter((f) => f.key === 'title' && f.values.length).every((f) => f.layout === 'column');
    if (titles.length >= 2 && !run.genre.proseProjects && rows) {
      // a table with a project column: each row is a project; the page around the table may name one more
      for (const from of titles) {
        const own = placeOfFields(run, from, from + 1);
        const { heading: _h, ...rest } = page;
        blocks.push({
          ...rest,
          ...(own.place ? { place: own.place, placeSpan: own.placeSpan } : {}),
          from,
          to: from + 1,
          isEntry: false,
        });
      }
      blocks.push({ ...page, around: true });
    } else if (titles.length >= 2 && !run.genre.proseProjects) {
      // a list of entries: the page's lines above the first entry are no entry's
      if (titles === groups) blocks.push({ ...page, to: titles[0]!, around: true });
      titles.forEach((from, k) => {
        const to = titles[k + 1] ?? ctx.lines.length;
        const start = k === 0 && titles !== groups ? 0 : from;
        // each project's place from its own fields, else the page's
        const own = placeOfFields(run, start, to);
        const { heading: _h, ...rest } = page;
        blocks.push({
          ...rest,
          ...(own.place ? { place: own.place, placeSpan: own.placeSpan } : {}),
          from: start,
          to,
          isEntry: false,
        });
      });
    } else blocks.push(page);
  }
  run.blocks = blocks;
  run.blockOfLine = firstCovering(blocks, (b) => b, ctx.lines.length);
}

/** "▸ Familienkompass Kalkar" / "Träger: …" / "Standort: …": the heading line right above a group of field lines. */
const ENTRY_HEADING = /^\s*(?:[▸►•·*–-]\s+|\d{1,2}[.)]\s+)?[\p{Lu}„"](?:[^.!?:;|]|\.(?=\p{L})){2,88}$/u;
const GROUP_KEYS: ReadonlySet<string> = new Set(['carrier', 'location', 'title']);

/**
 * A list of project entries, each a heading over its own fields ("▸ Name", "Träger: …", "Standort: …",
 * "Laufzeit: …"): the heading lines, when at least two groups name a carrier or a place of their own.
 */
function fieldGroupStarts(run: ExtractionRun): number[] {
  const { ctx } = run;
  const keyOfLine = new Map<number, string>();
  for (const f of ctx.fields)
    if (f.layout === 'inline' || f.layout === 'separate') keyOfLine.set(ctx.lineOf(f.labelSpan.start), f.key);
  const starts: number[] = [];
  let withKey = 0;
  for (let i = 1; i < ctx.lines.length; i++) {
    if (!keyOfLine.has(i) || keyOfLine.has(i - 1) || ctx.fieldValueLines.has(i - 1)) continue;
    const above = ctx.lines[i - 1]!;
    if (!ENTRY_HEADING.test(above.text) || ctx.furniture[i - 1]) continue;
    // the group: the field lines (and their values) below the heading
    let keyed = false;
    for (let j = i; j < ctx.lines.length && (keyOfLine.has(j) || ctx.fieldValueLines.has(j)); j++)
      keyed ||= GROUP_KEYS.has(keyOfLine.get(j) ?? '');
    starts.push(i - 1);
    if (keyed) withKey++;
  }
  return withKey >= 2 ? starts : [];
}

const TABLE_ROW = /^\s*\|/u;
const TABLE_FIELDS: ReadonlySet<string> = new Set(['title', 'carrier', 'partners', 'location']);

/** First lines of the page's key-value tables that hold project fields, each moved up to the short heading right above it. */
function projectTableStarts(run: ExtractionRun): number[] {
  const { ctx } = run;
  const fieldLines = new Set(
    ctx.fields.filter((f) => f.layout === 'table' && TABLE_FIELDS.has(f.key)).map((f) => ctx.lineOf(f.labelSpan.start)),
  );
  const starts: number[] = [];
  for (let i = 0; i < ctx.lines.length; i++) {
    if (!TABLE_ROW.test(ctx.lines[i]!.text) || (i > 0 && TABLE_ROW.test(ctx.lines[i - 1]!.text))) continue;
    let end = i;
    while (end < ctx.lines.length && TABLE_ROW.test(ctx.lines[end]!.text)) end++;
    let withFields = false;
    for (let l = i; l < end && !withFields; l++) withFields = fieldLines.has(l);
    if (!withFields) continue;
    let start = i;
    let k = i - 1;
    while (k >= 0 && ctx.lines[k]!.text.trim() === '') k--;
    const above = k >= 0 ? ctx.lines[k]!.text.trim() : '';
    if (above && above.length <= 90 && !/[.!?:]$/.test(above) && !ctx.furniture[k]) start = k;
    starts.push(start);
  }
  return starts;
}

function pageBlock(run: ExtractionRun): Block {
  const { ctx } = run;
  const b: Block = { from: 0, to: ctx.lines.length, isEntry: false, ...placeOfFields(run, 0, ctx.lines.length) };
  if (!b.place) {
    // a page by the Kreis (its name heads the page: "Kreis Unna – Bürgerinformationssystem") speaks of its own bodies
    const head = new Set(ctx.live.slice(0, 1).map((l) => l.index));
    const byKreis = run.found.places.some((p) => p.place.level === 'kreis' && head.has(p.line));
    const main = mainPlace(run.found.places, byKreis ? kreisBodyWords(ctx.text) : 0);
    if (main) {
      b.place = main.place;
      b.placeSpan = main;
    }
  }
  if (!b.place && b.kreis) {
    b.place = b.kreis;
    b.placeSpan = b.kreisSpan;
    delete b.kreis;
  }
  const first = ctx.live[0];
  if (first) {
    const t = trimmedSpan(first);
    b.heading = { start: t.start, end: t.end, text: t.text };
  }
  return b;
}

/** The place (and Kreis) the fields between two lines give: "Projektort", "Kreis/kreisfreie Stadt", "Kommune". */
function placeOfFields(
  run: ExtractionRun,
  from: number,
  to: number,
): Pick<Block, 'place' | 'placeSpan' | 'kreis' | 'kreisSpan'> {
  const { ctx } = run;
  const placeInValues = (vals: FieldValueLine[]): { place: PlaceRef; span: Span } | undefined => {
    for (const v of vals) {
      const hit = run.found.places.find((p) => p.start >= v.start && p.end <= v.end);
      if (hit) return { place: hit.place, span: hit };
      const direct = ctx.places.lookup(
        v.text
          .replace(/^\d{5}\s+/, '')
          .split(',')[0]!
          .trim(),
      )[0];
      if (direct) return { place: direct, span: v };
    }
    return undefined;
  };
  // a column of a table with several rows places each row, not the page around it
  const rowsOnly = (f: (typeof ctx.fields)[number]) =>
    f.layout === 'column' &&
    to - from > 1 &&
    ctx.fields.some((g) => g.layout === 'column' && g.key === 'title' && g.values.length > 0) &&
    countColumnRows(ctx.fields) >= 2;
  const valuesOf = (key: string) =>
    ctx.fields
      .filter((f) => f.key === key && !rowsOnly(f))
      .flatMap((f) => f.values)
      .filter((v) => v.line >= from && v.line < to);
  const b: Pick<Block, 'place' | 'placeSpan' | 'kreis' | 'kreisSpan'> = {};
  const loc = placeInValues(valuesOf('location'));
  const muni = placeInValues(valuesOf('municipality'));
  if (muni) {
    // "Kreis/kreisfreie Stadt: Herford" with a town's name: the page speaks of the town, whose
    // Kreis it does not name (the town is the place; no Kreis node is made from its name)
    if (muni.place.level === 'kreis') {
      b.kreis = muni.place;
      b.kreisSpan = muni.span;
    } else if (!loc) {
      b.place = muni.place;
      b.placeSpan = muni.span;
    }
  }
  if (loc && loc.place.level === 'gemeinde') {
    b.place = loc.place;
    b.placeSpan = loc.span;
  }
  // "Kommune: Kreis Lippe" with no place of its own: the page is about the Kreis
  if (!b.place && b.kreis && !loc) {
    b.place = b.kreis;
    b.placeSpan = b.kreisSpan;
    delete b.kreis;
  }
  return b;
}

/** Rows of the page's tables with a project column. */
function countColumnRows(fields: ExtractionRun['ctx']['fields']): number {
  return fields.filter((f) => f.layout === 'column' && f.key === 'title' && f.values.length > 0).length;
}

/** The town a single-project page is about: the Gemeinde named most often (ties: first named). */
/** The Kreis's own bodies a page speaks of ("Kreistag", "Kreisjugendamt", "Landrat"): each is a sign the page is the Kreis's. */
const KREIS_BODY = /Kreistag|Kreisjugendamt|Kreishaus|Kreisverwaltung|Kreisausschuss|Landrat|Landrätin|des Kreises/gu;

function kreisBodyWords(text: string): number {
  return Math.min(3, new Set(text.match(KREIS_BODY) ?? []).size);
}

function mainPlace(
  hits: readonly PlaceHit[],
  kreisBonus = 0,
): { place: PlaceRef; start: number; end: number } | undefined {
  const counts = new Map<string, { n: number; first: PlaceHit }>();
  // a page about a Kreis (minutes of its committee, a Kreis press release) names the Kreis more often than any town
  const kreise = new Map<string, { n: number; first: PlaceHit }>();
  for (const h of hits) {
    if (h.place.level === 'kreis') {
      const k = kreise.get(h.place.id);
      if (k) k.n++;
      else kreise.set(h.place.id, { n: 1, first: h });
    }
  }
  const topKreis = [...kreise.values()].sort((a, b) => b.n - a.n || a.first.start - b.first.start)[0];
  for (const h of hits) {
    if (h.place.level !== 'gemeinde') continue;
    const c = counts.get(h.place.id);
    if (c) c.n++;
    else counts.set(h.place.id, { n: 1, first: h });
  }
  let best: { n: number; first: PlaceHit } | undefined;
  for (const c of counts.values())
    if (!best || c.n > best.n || (c.n === best.n && c.first.start < best.first.start)) best = c;
  if (topKreis && topKreis.n >= 2 && (!best || topKreis.n + kreisBonus > best.n)) best = topKreis;
  return best ? { place: best.first.place, start: best.first.start, end: best.first.end } : undefined;
}
