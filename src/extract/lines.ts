/** Split a document into lines that keep their offsets into the original text. */
import type { Span } from '../model/index.ts';

export interface Line extends Span {
  /** The line's text without the line break. */
  text: string;
  index: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  const re = /\r\n|\n|\r/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index), index: index++ });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start), index });
  return lines;
}

/** The span of a line without leading/trailing white space and list bullets. */
export function trimmedSpan(line: Line): Span & { text: string } {
  const lead = /^[\s•·▪‣◦*–-]*/.exec(line.text)?.[0].length ?? 0;
  const body = line.text.slice(lead);
  const trail = body.length - body.trimEnd().length;
  const start = line.start + lead;
  const end = line.end - trail;
  return { start, end: Math.max(start, end), text: line.text.slice(lead, line.text.length - trail) };
}

export function isBlank(line: Line): boolean {
  return line.text.trim() === '';
}
