/**
 * Saved web pages into plain text with a real HTML parser (htmlparser2, one pass, linear in the
 * input whatever the markup): entities decoded; script, style, noscript, template, svg and forms
 * dropped; navigation, header, footer and aside dropped when the page has a main or article element;
 * cookie and consent banners always dropped. Block elements and <br> end a line, paragraphs and
 * headings a paragraph; a table row becomes `Zelle | Zelle`; a list item becomes `- Eintrag`.
 * Metadata: <title>/og:title, link rel=canonical/og:url, article:published_time and the usual date
 * meta names. Every piece of text remembers where it came from, so toSource() finds the place in
 * the file.
 */
import { Parser } from 'htmlparser2';
import type { ReadDocument, ReadOptions } from './types.ts';
import { isoDate } from './dates.ts';
import { HtmlText } from './html-text.ts';

/** Never text: dropped with everything inside. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'select',
  'button',
  'form',
  'head',
]);
/** Page furniture: dropped when the page marks its content with main or article. */
const FURNITURE = new Set(['nav', 'header', 'footer', 'aside']);
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
const CONSENT =
  /(?:^|[\s_-])(?:cookie|cookies|consent|gdpr|dsgvo|cmp|borlabs|usercentrics|onetrust|klaro)(?:$|[\s_-])/i;
/** Elements that end a line. */
const LINE = new Set([
  'br',
  'div',
  'li',
  'tr',
  'dt',
  'dd',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'figure',
  'figcaption',
  'address',
  'hr',
  'caption',
  'details',
  'summary',
  'center',
]);
/** Elements that end a paragraph (blank line). */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'dl', 'blockquote', 'pre']);
/**
 * Open elements at most: htmlparser2 keeps its stack with unshift/shift, so every tag costs the
 * depth; real pages nest a few dozen levels, 10 MB of nested tags would take minutes. Deeper pages
 * are read up to that point, with a note.
 */
export const MAX_HTML_DEPTH = 1000;
class TooDeep extends Error {}
const DATE_META = new Set([
  'article:published_time',
  'date',
  'dc.date',
  'dcterms.date',
  'dc.date.issued',
  'dcterms.issued',
  'publication_date',
  'pubdate',
  'og:published_time',
]);

interface Open {
  name: string;
  drops: boolean;
  pre: boolean;
}

/** How the markup was made: a Word file's paragraphs are its lines, and an empty one is a blank line. */
export interface HtmlStyle {
  paragraphIsLine?: boolean;
}

export function readHtml(html: string, name: string, opts: ReadOptions = {}, style: HtmlStyle = {}): ReadDocument {
  const page = new HtmlPage(/<(?:main|article)[\s>]/i.test(html), style);
  const parser: Parser = new Parser(
    {
      onopentag: (tag, attrs) => page.open(tag, attrs, parser.startIndex),
      ontext: (text) => page.text(text, parser.startIndex),
      onclosetag: (tag) => page.close(tag),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  let cutAt = -1;
  try {
    parser.end(html);
  } catch (e) {
    if (!(e instanceof TooDeep)) throw e;
    cutAt = parser.startIndex;
  }
  return page.document(html, name, opts, cutAt);
}

/** What one pass over a page has found: its text, the open elements, and what the head says about it. */
class HtmlPage {
  private readonly written = new HtmlText();
  private readonly stack: Open[] = [];
  private dropDepth = 0;
  private preDepth = 0;
  private cellInRow = 0;
  private tableRows = 0;
  private droppedFurniture = false;
  private inTitle = false;
  private title: string | undefined;
  private ogTitle: string | undefined;
  private url: string | undefined;
  private ogUrl: string | undefined;
  private date: string | undefined;
  private readonly paragraphEnds: number;

  constructor(
    /** Whether the page marks its content with main or article (then its furniture is dropped). */
    private readonly hasMain: boolean,
    private readonly style: HtmlStyle,
  ) {
    this.paragraphEnds = style.paragraphIsLine ? 1 : 2;
  }

  open(tag: string, attrs: Record<string, string>, at: number): void {
    this.readHead(tag, attrs);
    const drops = this.drops(tag, attrs);
    if (this.stack.length >= MAX_HTML_DEPTH) throw new TooDeep();
    this.stack.push({ name: tag, drops, pre: tag === 'pre' });
    if (drops) this.dropDepth++;
    if (tag === 'pre') this.preDepth++;
    if (this.dropDepth > 0) return;
    this.openBlock(tag, at);
  }

  text(text: string, at: number): void {
    if (this.inTitle) {
      this.title = (this.title ?? '') + text;
      return;
    }
    if (this.dropDepth > 0) return;
    if (this.preDepth > 0) this.written.write(text, at);
    else this.written.words(text, at);
  }

  close(tag: string): void {
    if (tag === 'title') this.inTitle = false;
    // htmlparser2 closes every element it opened, implied ones included, innermost first
    const open = this.stack.pop();
    if (!open) return;
    if (open.drops) this.dropDepth--;
    if (open.pre) this.preDepth--;
    if (this.dropDepth > 0 || open.drops) return;
    this.closeBlock(tag);
  }

  document(html: string, name: string, opts: ReadOptions, cutAt: number): ReadDocument {
    const out = this.written.out;
    const text = out.text() + (out.length > 0 ? '\n' : '');
    const cleanTitle = (this.ogTitle ?? this.title)?.replace(/\s+/g, ' ').trim();
    const address = opts.url ?? httpUrl(this.url) ?? httpUrl(this.ogUrl);
    const date = this.date;
    return {
      name,
      text,
      info: {
        format: 'html',
        ...(cleanTitle ? { title: cleanTitle } : {}),
        ...(address ? { url: address } : {}),
        ...(date ? { date } : {}),
      },
      genreHints: [...(this.tableRows >= 2 ? ['table'] : []), ...(/<article[\s>]/i.test(html) ? ['article'] : [])],
      notes: this.notes(cutAt),
      toSource: (offset) => ({ offset: out.toSource(offset) }),
    };
  }

  private notes(cutAt: number): string[] {
    const notes = this.droppedFurniture
      ? ['Navigation, Kopf- und Fußzeilen sowie Cookie-Hinweise wurden nicht gelesen.']
      : [];
    if (cutAt >= 0)
      notes.push(
        `Elemente sind tiefer als ${MAX_HTML_DEPTH} Ebenen ineinander verschachtelt: ab Zeichen ${cutAt} wurde nichts mehr gelesen.`,
      );
    return notes;
  }

  /** Title, meta data and the canonical address, wherever they stand. */
  private readHead(tag: string, attrs: Record<string, string>): void {
    // the page's title, not an SVG's
    if (tag === 'title' && !this.stack.some((s) => s.name === 'svg')) this.inTitle = true;
    if (tag === 'meta') this.readMeta(attrs);
    if (tag === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(attrs['rel'] ?? '') && attrs['href'])
      this.url ??= attrs['href'];
  }

  private readMeta(attrs: Record<string, string>): void {
    const key = (attrs['property'] ?? attrs['name'] ?? attrs['itemprop'] ?? '').toLowerCase();
    const content = attrs['content']?.trim();
    if (!content) return;
    if (key === 'og:title') this.ogTitle ??= content;
    else if (key === 'og:url') this.ogUrl ??= content;
    else if (DATE_META.has(key) || key === 'datepublished') this.date ??= isoDate(content);
  }

  /** Whether the element is dropped with everything inside: never text, page furniture, or a consent banner. */
  private drops(tag: string, attrs: Record<string, string>): boolean {
    const role = (attrs['role'] ?? '').toLowerCase();
    const furniture = this.hasMain && (FURNITURE.has(tag) || FURNITURE_ROLES.has(role)) && !this.insideContent();
    const consent =
      CONSENT.test(`${attrs['id'] ?? ''} ${attrs['class'] ?? ''}`) ||
      (role === 'dialog' && CONSENT.test(attrs['aria-label'] ?? ''));
    if (furniture || consent) this.droppedFurniture = true;
    return DROPPED.has(tag) || furniture || consent;
  }

  private insideContent(): boolean {
    return this.stack.some((s) => s.name === 'main' || s.name === 'article');
  }

  /** The break or piece an opening tag stands for: cell separator, list dash, paragraph or line. */
  private openBlock(tag: string, at: number): void {
    const t = this.written;
    if (tag === 'tr') this.cellInRow = 0;
    if (tag === 'td' || tag === 'th') {
      if (this.cellInRow++ > 0) t.write(' | ', at, 0);
      t.enterCell();
    } else if (tag === 'li') {
      t.brk(1);
      t.write('- ', at, 0);
    } else if (tag === 'p') {
      t.brk(this.paragraphEnds);
      t.paragraphText = false;
    } else if (PARAGRAPH.has(tag)) t.brk(2);
    else if (LINE.has(tag)) t.brk(1);
  }

  /** The break a closing tag stands for; a table row of two cells or more counts towards the table hint. */
  private closeBlock(tag: string): void {
    const t = this.written;
    if (tag === 'td' || tag === 'th') t.leaveCell();
    else if (tag === 'tr') {
      if (this.cellInRow >= 2) this.tableRows++;
      t.brk(1);
    } else if (tag === 'p') t.brk(this.style.paragraphIsLine && !t.paragraphText ? 2 : this.paragraphEnds);
    else if (PARAGRAPH.has(tag)) t.brk(2);
    else if (LINE.has(tag)) t.brk(1);
  }
}

/** Only http(s) addresses are kept: anything else is not a place a planner can open. */
export function httpUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const u = new URL(raw.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
