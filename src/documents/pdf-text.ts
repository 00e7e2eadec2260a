/**
 * Plain text from the positioned text items of PDF pages: lines rebuilt from the items' baselines,
 * paragraphs from the vertical gaps, soft line wraps and hyphenation undone, running headers,
 * footers and page numbers removed. Pure (no pdfjs, no node:*): tested on synthetic item lists.
 *
 * Coordinates are PDF user space: x grows to the right, y (the baseline) grows upwards.
 */

/** One text item as a PDF text layer gives it. */
export interface PdfTextItem {
  str: string;
  /** left edge of the baseline */
  x: number;
  /** baseline */
  y: number;
  width: number;
  /** font height */
  height: number;
}

/** A rebuilt line of one page. */
export interface PdfLine {
  text: string;
  x: number;
  right: number;
  y: number;
  height: number;
  /** width of the line's first word, estimated from its item's average character width */
  firstWordWidth: number;
  /** a clear vertical gap (or a jump upwards) before this line: a new paragraph */
  paragraph: boolean;
}

/** Items closer than this share of the font height to a line's baseline belong to that line. */
const BASELINE_TOLERANCE = 0.5;
/** A horizontal gap wider than this share of the font height between two items is a space. */
const SPACE_GAP = 0.15;
/** A baseline distance above this multiple of the font height starts a new paragraph. */
const PARAGRAPH_GAP = 1.6;
/** Estimated width of a space, as a share of the font height (Helvetica's). */
const SPACE_WIDTH = 0.278;
/** A line ending in a hyphen counts as wrapped when it fills at least this share of the column. */
const HYPHEN_LINE_FILL = 0.6;

const WS = /\s/;

// Helvetica's advance widths (per 1000 em) for ASCII 32–126: relative character widths of a
// typical proportional font, to estimate a word's width from the width of the item it is part of
const HELVETICA = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];

/** Width of `s` in Helvetica units; letters with diacritics count as their base letter. */
export function relativeWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    let c = ch.codePointAt(0)!;
    if (c > 126) c = ch === 'ß' ? 0 : (ch.normalize('NFD').codePointAt(0) ?? 0);
    w += c === 0 ? 611 : c >= 32 && c <= 126 ? HELVETICA[c - 32]! : 556;
  }
  return w;
}

/** Groups the items of one page into lines in reading order (top to bottom, left to right). */
export function buildLines(items: readonly PdfTextItem[]): PdfLine[] {
  const usable = items
    .filter((it) => it.str.trim() !== '' && Number.isFinite(it.x) && Number.isFinite(it.y))
    .map((it) => ({
      ...it,
      height: it.height > 0 && Number.isFinite(it.height) ? it.height : 1,
      width: Number.isFinite(it.width) && it.width > 0 ? it.width : 0,
    }));
  usable.sort((a, b) => b.y - a.y || a.x - b.x);

  const groups: Array<typeof usable> = [];
  let current: typeof usable = [];
  let lineY = 0;
  let lineH = 0;
  for (const it of usable) {
    if (current.length && Math.abs(it.y - lineY) <= BASELINE_TOLERANCE * Math.min(lineH, it.height)) {
      current.push(it);
      continue;
    }
    if (current.length) groups.push(current);
    current = [it];
    lineY = it.y;
    lineH = it.height;
  }
  if (current.length) groups.push(current);

  const lines: PdfLine[] = [];
  for (const g of groups) {
    g.sort((a, b) => a.x - b.x);
    let text = '';
    let prevRight = -Infinity;
    let height = 0;
    for (const it of g) {
      const gap = it.x - prevRight;
      if (text && !WS.test(text.at(-1)!) && !WS.test(it.str[0]!) && gap > SPACE_GAP * it.height) text += ' ';
      text += it.str;
      prevRight = Math.max(prevRight, it.x + it.width);
      height = Math.max(height, it.height);
    }
    const clean = text.replace(/\s+/g, ' ').trim();
    const first = g[0]!;
    const firstWord = clean.split(' ')[0]!;
    const units = relativeWidth(first.str);
    const scale = units > 0 && first.width > 0 ? first.width / units : first.height / 1000;
    const prev = lines.at(-1);
    const dy = prev ? prev.y - first.y : 0;
    lines.push({
      text: clean,
      x: first.x,
      right: prevRight,
      y: first.y,
      height,
      firstWordWidth: scale * relativeWidth(firstWord),
      paragraph: !!prev && (dy <= 0 || dy > PARAGRAPH_GAP * Math.min(prev.height, height)),
    });
  }
  return lines;
}

/** A line that is only a page number: "3", "- 3 -", "Seite 3", "Seite 3 von 10", "3 / 10", "S. 3" (not a bare year like "2019"). */
export function isPageNumberLine(text: string): boolean {
  return /^(?:[-–—]\s*)?(?:(?:seite|s\.|page)\s*)?\d{1,3}(?:\s*(?:\/|von|of)\s*\d{1,4})?(?:\s*[-–—])?$/i.test(
    text.trim(),
  );
}

/** Lines at the top and bottom of a page that are looked at as running headers and footers. */
const FURNITURE_ZONE = 3;

/** Positions of a running header or footer on different pages may differ by this much (points). */
const FURNITURE_Y = 4;

// digits aside, and at (about) the same height of the page
const furnitureKey = (l: PdfLine) =>
  `${Math.round(l.y / FURNITURE_Y)}|${l.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()}`;

/**
 * Removes running headers and footers (lines that repeat, digits aside, at the same height among
 * the first or last lines of most pages) and page-number lines at the top or bottom of a page.
 * Returns new arrays.
 */
export function removePageFurniture(pages: readonly PdfLine[][]): PdfLine[][] {
  const zone = (lines: readonly PdfLine[]) => {
    const idx = new Set<number>();
    for (let i = 0; i < Math.min(FURNITURE_ZONE, lines.length); i++) idx.add(i);
    for (let i = Math.max(0, lines.length - FURNITURE_ZONE); i < lines.length; i++) idx.add(i);
    return idx;
  };
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set<string>();
    for (const i of zone(lines)) seen.add(furnitureKey(lines[i]!));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const withText = pages.filter((p) => p.length).length;
  const needed = Math.max(2, Math.ceil(withText * 0.6));
  return pages.map((lines) => {
    const z = zone(lines);
    const edge = new Set([0, 1, lines.length - 2, lines.length - 1]);
    const kept = lines.filter((l, i) => {
      if (!z.has(i)) return true;
      if (withText >= 2 && (counts.get(furnitureKey(l)) ?? 0) >= needed) return false;
      return !(edge.has(i) && isPageNumberLine(l.text));
    });
    // a removed line must not swallow the paragraph break that followed it
    if (kept.length && kept[0] !== lines[0]) kept[0] = { ...kept[0]!, paragraph: false };
    return kept;
  });
}

/** Words that follow a truncated compound ("Kinder- und Jugendhilfe"): the hyphen stays, with a space. */
const ELLIPSIS_CONTINUATION = /^(?:und|oder|bzw\.?|sowie|bis|als|noch|wie|u\.|o\.)$/;
const LOWER = /\p{Ll}/u;
const UPPER_OR_DIGIT = /[\p{Lu}\p{Nd}]/u;

/**
 * Joins `a` and the next line `b` of the same paragraph where `a` ends in a hyphen at the line end:
 * lowercase continuation → the word is rejoined without the hyphen ("Kooperations-" + "partner");
 * uppercase continuation, a capital or digit before the hyphen, or an address → the hyphen stays
 * ("Caritas-" + "Verband", "SGB II-" + "beziehenden"); "und"/"oder" after it → "Kinder- und".
 * Returns null when `a` does not end in a hyphen.
 */
export function joinHyphenated(a: string, b: string): string | null {
  if (a.endsWith('\u00ad')) return a.slice(0, -1) + b;
  if (!/[-‐]$/.test(a) || a.length < 2) return null;
  const before = a.at(-2)!;
  if (!/\p{L}|\p{Nd}|[)"“”]/u.test(before)) return null;
  const nextWord = b.split(' ')[0]!;
  if (ELLIPSIS_CONTINUATION.test(nextWord)) return `${a} ${b}`;
  const lastToken = a.slice(a.lastIndexOf(' ') + 1);
  const addressLike = /[@/.[\]:]/.test(lastToken.slice(0, -1)) || /^www|^https?/i.test(lastToken);
  const nextFirst = nextWord[0] ?? '';
  if (LOWER.test(nextFirst) && LOWER.test(before) && !addressLike) return a.slice(0, -1) + b;
  if (LOWER.test(nextFirst) || UPPER_OR_DIGIT.test(nextFirst) || addressLike) return a + b;
  return `${a} ${b}`;
}

/** Column geometry the soft-wrap test compares lines with (usually the whole document's). */
export interface Column {
  left: number;
  right: number;
}

/**
 * The text column: from the leftmost line start to the rightmost line end or, with the page width
 * known, to the mirror of the left margin (wrapped lines end short of the margin by up to a word).
 */
export function columnOf(pages: readonly PdfLine[][], pageWidth?: number): Column {
  let left = Infinity;
  let right = -Infinity;
  for (const lines of pages) {
    for (const l of lines) {
      left = Math.min(left, l.x);
      right = Math.max(right, l.right);
    }
  }
  if (!Number.isFinite(left)) return { left: 0, right: 0 };
  if (pageWidth !== undefined && pageWidth - left > right && pageWidth - left <= pageWidth) right = pageWidth - left;
  return { left, right };
}

/**
 * The text of one page: paragraphs separated by a blank line; inside a paragraph, a line that was
 * wrapped by the layout (its successor's first word would not have fitted) is joined with a space,
 * a hyphen at a wrapped line's end is resolved by joinHyphenated, other line breaks stay.
 */
export function pageText(lines: readonly PdfLine[], column: Column): string {
  let out = '';
  const width = column.right - column.left;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (i === 0) {
      out = l.text;
      continue;
    }
    const prev = lines[i - 1]!;
    if (l.paragraph) {
      out += `\n\n${l.text}`;
      continue;
    }
    const wrapped = prev.right + SPACE_WIDTH * l.height + l.firstWordWidth > column.right;
    const filled = width > 0 && prev.right - column.left >= HYPHEN_LINE_FILL * width;
    if (filled || wrapped) {
      const lineStart = out.lastIndexOf('\n') + 1;
      const joined = joinHyphenated(out.slice(lineStart), l.text);
      if (joined !== null) {
        out = out.slice(0, lineStart) + joined;
        continue;
      }
    }
    out += wrapped ? ` ${l.text}` : `\n${l.text}`;
  }
  return out;
}
