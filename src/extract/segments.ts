/**
 * A page describes one project, or lists many (a programme overview: one entry per town under
 * "Förderzeitraum 2021 bis 2024" headings). This splits the lines into the page's blocks.
 */
import { findOrganisations } from './actors/organisations.ts';
import { isBlank, trimmedSpan, type Line } from './lines.ts';
import { parsePeriod, PERIOD_HEADING } from './periods.ts';
import type { Period, PlaceLookup, PlaceRef, Span } from '../model/index.ts';

export interface Entry {
  from: number;
  to: number;
  heading: Span & { text: string };
  place: PlaceRef;
  period?: Period;
  periodSpan?: Span;
}

export interface Segmentation {
  /** Line ranges [from, to) of entries; empty for a single-project page. */
  entries: Entry[];
  /** Lines before the first entry (programme introduction) */
  introTo: number;
}

const ENTRY_HEADING =
  /^(?:(?:Stadt|Hansestadt|Gemeinde|Kreis|Kreisstadt|StädteRegion|Städteregion|Landkreis)\s+[\p{Lu}][\p{L}\-. ()]+|[\p{Lu}][\p{L}-]*(?:kreis|Kreis))$/u;

/** A standalone line naming exactly one municipality or Kreis ("Stadt Hamm", "Kreis Lippe"). */
export function entryHeadingPlace(text: string, places: PlaceLookup): PlaceRef | undefined {
  const t = text.trim();
  if (t.length > 60) return undefined;
  if (ENTRY_HEADING.test(t)) return places.lookup(t)[0];
  // Kreise whose names do not end in "Kreis": "Rhein-Kreis Neuss", "Kreis Soest" spelled out in the gazetteer
  if (/[Kk]reis|Region/.test(t)) return places.lookup(t).find((p) => p.level === 'kreis');
  return undefined;
}

export function segmentDocument(
  lines: readonly Line[],
  furniture: readonly boolean[],
  places: PlaceLookup,
  fieldValueLines: ReadonlySet<number>,
): Segmentation {
  const headings: Array<{ line: number; place: PlaceRef }> = [];
  const periodHeadings: Array<{ line: number; period: Period; span: Span }> = [];
  for (const line of lines) {
    if (furniture[line.index] || isBlank(line) || fieldValueLines.has(line.index)) continue;
    const t = line.text.trim();
    const ph = PERIOD_HEADING.exec(t);
    if (ph && t.length < 60) {
      const period = parsePeriod(ph[1]!);
      if (period) {
        const s = trimmedSpan(line);
        periodHeadings.push({ line: line.index, period, span: { start: s.start, end: s.end } });
        continue;
      }
    }
    const place = entryHeadingPlace(t, places);
    if (place) headings.push({ line: line.index, place });
  }
  if (headings.length < 2) return { entries: [], introTo: lines.length };

  const stops = new Set([...headings.map((h) => h.line), ...periodHeadings.map((p) => p.line)]);
  const entries: Entry[] = [];
  for (const h of headings) {
    let to = h.line + 1;
    while (to < lines.length && !stops.has(to) && !isEntryTerminator(lines[to]!, places)) to++;
    const period = [...periodHeadings].reverse().find((p) => p.line < h.line);
    const s = trimmedSpan(lines[h.line]!);
    entries.push({
      from: h.line,
      to,
      heading: { start: s.start, end: s.end, text: s.text },
      place: h.place,
      ...(period ? { period: period.period, periodSpan: period.span } : {}),
    });
  }
  return { entries, introTo: headings[0]!.line };
}

/** A short standalone line that is only an organisation's name ends an entry (e.g. a sponsor block). */
function isEntryTerminator(line: Line, places: PlaceLookup): boolean {
  const t = line.text.trim();
  if (t === '' || t.length > 60 || /[.!?:"“”]$/.test(t) || t.split(/\s+/).length > 6) return false;
  const orgs = findOrganisations(line.text, line.start, places);
  const covered = orgs.reduce((n, o) => n + (o.end - o.start), 0);
  return (
    orgs.length === 1 && covered >= t.length * 0.8 && (orgs[0]!.kind === 'funder' || orgs[0]!.kind === 'organisation')
  );
}
