/**
 * One document as the passes see it: its text cut into lines, page furniture, labelled fields and
 * sentences, the gazetteer, the genre it was read as, and the issues found. Built once per document;
 * the passes read it and never change it (findings go to the mention store).
 */
import type { Field } from './fields.ts';
import { readColumnTables, readFields } from './fields.ts';
import { markFurniture } from './furniture.ts';
import { isBlank, splitLines, trimmedSpan, type Line } from './lines.ts';
import type { ExtractionIssue, PlaceLookup, SourceDocument, Span } from '../model/index.ts';
import { sentenceAt, sentencesOfLine, type Sentence } from './sentences.ts';

export interface DocContext {
  doc: SourceDocument;
  text: string;
  places: PlaceLookup;
  lines: Line[];
  /** true where a line is page furniture (navigation, cookie box, `source:` line …) */
  furniture: boolean[];
  /** lines that are neither furniture nor blank, in order */
  live: Line[];
  /** live lines except those holding only a field label: what the recognisers read */
  readable: Line[];
  fields: Field[];
  fieldValueLines: ReadonlySet<number>;
  fieldLabelLines: ReadonlySet<number>;
  sentences: Sentence[];
  /** the text with the dots of abbreviations ("e.V.", "Dr.") masked, same length: what cue patterns read */
  cueText: string;
  issues: ExtractionIssue[];
  /** The line holding a text offset. */
  lineOf(pos: number): number;
  /** The sentence around an offset (or its trimmed line): the evidence a relation shows. */
  evidenceAt(pos: number): Span;
  /** The sentence holding an offset, if any. */
  sentenceAt(pos: number): Sentence | undefined;
}

export function createContext(doc: SourceDocument, places: PlaceLookup): DocContext {
  const text = doc.text;
  const lines = splitLines(text);
  const furniture = markFurniture(lines);
  // tables with a header row first; their lines are not read again as "Feld | Wert" rows
  const columns = readColumnTables(lines, furniture);
  const fields = [
    ...readFields(
      lines,
      furniture.map((f, i) => f || columns.tableLines.has(i)),
    ),
    ...columns.fields,
  ];
  const fieldValueLines = new Set(fields.flatMap((f) => f.values.map((v) => v.line)));
  const lineOf = (pos: number) => lineIndexOf(lines, pos);
  const fieldLabelLines = new Set(fields.map((f) => lineOf(f.labelSpan.start)));
  const live = lines.filter((l) => !furniture[l.index] && !isBlank(l));
  const sentences = live.flatMap(sentencesOfLine);
  const readable = live.filter((l) => !(fieldLabelLines.has(l.index) && !fieldValueLines.has(l.index)));
  return {
    readable,
    doc,
    text,
    places,
    lines,
    furniture,
    live,
    fields,
    fieldValueLines,
    fieldLabelLines,
    sentences,
    cueText: maskAbbreviationDots(text),
    issues: [],
    lineOf,
    sentenceAt: (pos) => sentenceAt(sentences, pos),
    evidenceAt(pos) {
      const s = sentenceAt(sentences, pos);
      if (s) return { start: s.start, end: s.end };
      const t = trimmedSpan(lines[lineOf(pos)]!);
      return { start: t.start, end: t.end };
    },
  };
}

/** Lines the recognisers read: live lines, except lines that hold only a field label. */
export function recognisableLines(ctx: DocContext): Line[] {
  return ctx.readable;
}

/** Index of the last line starting at or before pos (binary search). */
export function lineIndexOf(lines: readonly Line[], pos: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The line whose span [start, end] holds pos, or -1 (pos on the second character of "\r\n"). */
export function lineContaining(lines: readonly Line[], pos: number): number {
  const l = lineIndexOf(lines, pos);
  const line = lines[l];
  return line && line.start <= pos && pos <= line.end ? l : -1;
}

/** The fields whose label lies on a line of a block, in field order; label lines are found once. */
export function fieldsByBlock(
  fields: readonly Field[],
  lines: readonly Line[],
): (b: { from: number; to: number }) => Field[] {
  const byLabelLine = new Map<number, number[]>();
  fields.forEach((f, i) => {
    // a table column's field belongs to its row, not to the header
    const l = f.layout === 'column' ? (f.values[0]?.line ?? -1) : lineContaining(lines, f.labelSpan.start);
    if (l < 0) return;
    const list = byLabelLine.get(l);
    if (list) list.push(i);
    else byLabelLine.set(l, [i]);
  });
  return (b) => {
    const hits: number[] = [];
    for (let l = b.from; l < b.to; l++) for (const i of byLabelLine.get(l) ?? []) hits.push(i);
    return hits.sort((x, y) => x - y).map((i) => fields[i]!);
  };
}

/** The text with the dots of abbreviations replaced by "·" (same length, so offsets hold). */
export function maskAbbreviationDots(t: string): string {
  return t.replace(/\b(?:e\.\s?V|z\.\s?B|u\.\s?a|d\.\s?h|bzw|ggf|ca|Dr|Prof|St|Str|Nr|gem|inkl|v\.\s?l|Dipl)\./g, (m) =>
    m.replace(/\./g, '·'),
  );
}
