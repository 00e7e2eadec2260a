/**
 * Pass: the page's blocks. A programme overview gives one block per town entry (segments.ts); any
 * other page is one block whose place comes from its fields ("Projektort", "Kreis/kreisfreie Stadt")
 * or, failing those, from the town it names most often.
 */
import { trimmedSpan } from '../lines.ts';
import type { FieldValueLine } from '../fields.ts';
import type { PlaceRef } from '../place-lookup.ts';
import { firstCovering, type Block, type ExtractionRun, type PlaceHit } from '../run.ts';
import { segmentDocument } from '../segments.ts';
import type { Span } from '../types.ts';

export function findBlocks(run: ExtractionRun): void {
  const { ctx } = run;
  const seg = segmentDocument(ctx.lines, ctx.furniture, ctx.places, ctx.fieldValueLines);
  const blocks: Block[] = [];
  if (seg.entries.length > 0 && run.genre.entries) {
    for (const e of seg.entries) blocks.push({ from: e.from, to: e.to, place: e.place, placeSpan: e.heading, heading: e.heading, isEntry: true, ...(e.period ? { period: e.period } : {}) });
  } else {
    const page = pageBlock(run);
    // a sheet with several "Projekt"/"Projekttitel" fields (or a table with a project column) lists several projects
    const titles = [...new Set(ctx.fields.filter((f) => f.key === 'title' && f.values.length).map((f) => (f.layout === 'column' ? f.values[0]!.line : ctx.lineOf(f.labelSpan.start))))].sort((a, b) => a - b);
    if (titles.length >= 2 && !run.genre.proseProjects) {
      titles.forEach((from, k) => {
        const to = titles[k + 1] ?? ctx.lines.length;
        const { heading: _h, ...rest } = page;
        blocks.push({ ...rest, from: k === 0 ? 0 : from, to, isEntry: false });
      });
    } else blocks.push(page);
  }
  run.blocks = blocks;
  run.blockOfLine = firstCovering(blocks, (b) => b, ctx.lines.length);
}

function pageBlock(run: ExtractionRun): Block {
  const { ctx } = run;
  const placeInValues = (vals: FieldValueLine[]): { place: PlaceRef; span: Span } | undefined => {
    for (const v of vals) {
      const hit = run.found.places.find((p) => p.start >= v.start && p.end <= v.end);
      if (hit) return { place: hit.place, span: hit };
      const direct = ctx.places.lookup(v.text.replace(/^\d{5}\s+/, '').split(',')[0]!.trim())[0];
      if (direct) return { place: direct, span: v };
    }
    return undefined;
  };
  const valuesOf = (key: string) => ctx.fields.filter((f) => f.key === key).flatMap((f) => f.values);
  const b: Block = { from: 0, to: ctx.lines.length, isEntry: false };
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
  if (!b.place) {
    const main = mainPlace(run.found.places);
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

/** The town a single-project page is about: the Gemeinde named most often (ties: first named). */
function mainPlace(hits: readonly PlaceHit[]): { place: PlaceRef; start: number; end: number } | undefined {
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
  for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && c.first.start < best.first.start)) best = c;
  if (topKreis && topKreis.n >= 2 && (!best || topKreis.n > best.n)) best = topKreis;
  return best ? { place: best.first.place, start: best.first.start, end: best.first.end } : undefined;
}
