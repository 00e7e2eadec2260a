/**
 * The text of a web page as the HTML reader writes it: whitespace collapsed as a browser does, line
 * and paragraph breaks collected and written before the next text, and every piece remembering its
 * place in the file (source-map.ts).
 */
import { SourceMap } from './source-map.ts';

const WORDS = /[^ \t\n\r\f\u00a0]+/g;
/** Whitespace a browser would collapse: anything but single blanks between words. */
const MESSY_SPACE = /[\t\n\r\f\u00a0]| {2}|^ +$/;

export class HtmlText {
  readonly out = new SourceMap();
  /** Whether the current paragraph has had text (a Word file's empty paragraph is a blank line). */
  paragraphText = false;
  // whitespace between words is one blank; breaks are collected and written before the next text
  private pendingSpace = false;
  private pendingBreak = 0;
  // inside a table cell, paragraphs and lines are words of the one cell: a blank, not a break
  private cellDepth = 0;
  private endsInBlank = false;

  /** A break of `n` newlines before the next text (inside a table cell: a blank). */
  brk(n: number): void {
    if (this.cellDepth > 0) {
      if (this.pendingBreak === 0) this.pendingSpace = true;
      return;
    }
    this.pendingBreak = Math.max(this.pendingBreak, n);
    this.pendingSpace = false;
  }

  enterCell(): void {
    this.cellDepth++;
  }

  leaveCell(): void {
    this.cellDepth = Math.max(0, this.cellDepth - 1);
    this.pendingSpace = false;
  }

  /** `span`: what the piece stands for in the file (a cell separator or list dash the reader adds: nothing). */
  write(text: string, at: number, span = text.length): void {
    const out = this.out;
    if (this.pendingBreak > 0 && out.length > 0) out.push('\n'.repeat(this.pendingBreak), at, 0);
    else if (this.pendingSpace && out.length > 0 && !this.endsInBlank && !text.startsWith(' ')) out.push(' ', at, 0);
    this.pendingBreak = 0;
    this.pendingSpace = false;
    out.push(text, at, span);
    this.endsInBlank = text.endsWith(' ');
  }

  /**
   * A text event at `at`, whitespace collapsed as a browser does. Within one text event the data is
   * the file's slice (htmlparser2 reports decoded entities as events of their own), so each word
   * keeps its place.
   */
  words(text: string, at: number): void {
    if (!MESSY_SPACE.test(text)) {
      this.plainWords(text, at);
      return;
    }
    WORDS.lastIndex = 0;
    let m: RegExpExecArray | null;
    let end = 0;
    while ((m = WORDS.exec(text))) {
      if (m.index > end) this.pendingSpace = true;
      this.write(m[0], at + m.index);
      this.paragraphText = true;
      end = m.index + m[0].length;
    }
    if (end < text.length) this.pendingSpace = true;
  }

  /** The common text node: words with single blanks, one piece (the place stays exact, 1:1). */
  private plainWords(text: string, at: number): void {
    const lead = text.startsWith(' ') ? 1 : 0;
    const trail = text.length > lead && text.endsWith(' ') ? 1 : 0;
    if (lead) this.pendingSpace = true;
    if (text.length > lead + trail) {
      this.write(text.slice(lead, text.length - trail), at + lead);
      this.paragraphText = true;
    }
    if (trail) this.pendingSpace = true;
  }
}
