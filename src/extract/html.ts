/**
 * Saved web pages: tags, scripts and styles are blanked out with spaces (block tags become a line
 * break), so the text keeps its length and every offset still points into the file as read.
 *
 * One left-to-right scan, linear in the input: at each `<` a script, a style, a comment or a plain
 * tag is tried in that order (the first that closes wins); when a closer is missing, it is missing for
 * every later `<` too, so that is remembered instead of searched again. A single pattern with lazy
 * bodies searched to the end of the file once per `<` (an unclosed comment followed by 200,000 `<`
 * took minutes).
 */
const BLOCK = /^<\/?(p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|dd|dt|dl|blockquote|hr)\b/i;

interface Region {
  /** Sticky pattern for the opening at a `<`. */
  open: RegExp;
  /** Global pattern for the first closer after the opening. */
  close: RegExp;
}

const REGIONS: readonly Region[] = [
  { open: /<script\b/iy, close: /<\/script\s*>/gi },
  { open: /<style\b/iy, close: /<\/style\s*>/gi },
  { open: /<!--/y, close: /-->/g },
];

export function maskHtml(html: string): string {
  const out: string[] = [];
  // per region: the earliest index from which its closer is known to be absent
  const noCloserFrom = REGIONS.map(() => Infinity);
  let noTagEndFrom = Infinity;
  let copied = 0;
  let at = html.indexOf('<');
  while (at >= 0) {
    const end = regionEnd(html, at, noCloserFrom) ?? tagEnd(html, at, noTagEndFrom);
    if (end < 0) {
      noTagEndFrom = Math.min(noTagEndFrom, at);
      at = html.indexOf('<', at + 1);
      continue;
    }
    out.push(html.slice(copied, at), blank(html.slice(at, end)));
    copied = end;
    at = html.indexOf('<', end);
  }
  out.push(html.slice(copied));
  return out.join('');
}

/** End of a script, style or comment opening at `at`, or undefined when none opens and closes there. */
function regionEnd(html: string, at: number, noCloserFrom: number[]): number | undefined {
  for (let r = 0; r < REGIONS.length; r++) {
    const { open, close } = REGIONS[r]!;
    open.lastIndex = at;
    if (!open.test(html)) continue;
    if (at >= noCloserFrom[r]!) continue;
    close.lastIndex = open.lastIndex;
    if (close.exec(html)) return close.lastIndex;
    noCloserFrom[r] = at;
  }
  return undefined;
}

/** End of `<…>` starting at `at`, or -1 when no `>` follows. */
function tagEnd(html: string, at: number, noTagEndFrom: number): number {
  if (at >= noTagEndFrom) return -1;
  const gt = html.indexOf('>', at + 1);
  return gt < 0 ? -1 : gt + 1;
}

function blank(tag: string): string {
  const keepBreaks = tag.replace(/[^\n]/g, ' ');
  return BLOCK.test(tag) && !tag.includes('\n') ? '\n' + keepBreaks.slice(1) : keepBreaks;
}

export function isHtmlName(name: string): boolean {
  return /\.html?$/i.test(name);
}
