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
import { SourceMap } from './source-map.ts';

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
const WORDS = /[^ \t\n\r\f\u00a0]+/g;
/** Whitespace a browser would collapse: anything but single blanks between words. */
const MESSY_SPACE = /[\t\n\r\f\u00a0]| {2}|^ +$/;
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
  const paragraphEnds = style.paragraphIsLine ? 1 : 2;
  let paragraphText = false;
  const hasMain = /<(?:main|article)[\s>]/i.test(html);
  const out = new SourceMap();
  const stack: Open[] = [];
  let dropDepth = 0;
  let preDepth = 0;
  // whitespace between words is one blank; breaks are collected and written before the next text
  let pendingSpace = false;
  let pendingBreak = 0;
  let cellInRow = 0;
  let title: string | undefined;
  let ogTitle: string | undefined;
  let inTitle = false;
  let url: string | undefined;
  let ogUrl: string | undefined;
  let date: string | undefined;
  let tableRows = 0;
  let droppedFurniture = false;

  // inside a table cell, paragraphs and lines are words of the one cell: a blank, not a break
  let cellDepth = 0;
  let endsInBlank = false;
  const brk = (n: number) => {
    if (cellDepth > 0) {
      if (pendingBreak === 0) pendingSpace = true;
      return;
    }
    pendingBreak = Math.max(pendingBreak, n);
    pendingSpace = false;
  };
  // `span`: what the piece stands for in the file (a cell separator or list dash the reader adds: nothing)
  const write = (text: string, at: number, span = text.length) => {
    if (pendingBreak > 0 && out.length > 0) out.push('\n'.repeat(pendingBreak), at, 0);
    else if (pendingSpace && out.length > 0 && !endsInBlank && !text.startsWith(' ')) out.push(' ', at, 0);
    pendingBreak = 0;
    pendingSpace = false;
    out.push(text, at, span);
    endsInBlank = text.endsWith(' ');
  };

  const parser: Parser = new Parser(
    {
      onopentag(tag, attrs) {
        // the page's title, not an SVG's
        if (tag === 'title' && !stack.some((s) => s.name === 'svg')) inTitle = true;
        if (tag === 'meta') readMeta(attrs);
        if (tag === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(attrs['rel'] ?? '') && attrs['href'])
          url ??= attrs['href'];
        const role = (attrs['role'] ?? '').toLowerCase();
        const furniture = hasMain && (FURNITURE.has(tag) || FURNITURE_ROLES.has(role)) && !insideContent();
        const consent =
          CONSENT.test(`${attrs['id'] ?? ''} ${attrs['class'] ?? ''}`) ||
          (role === 'dialog' && CONSENT.test(attrs['aria-label'] ?? ''));
        const drops = DROPPED.has(tag) || furniture || consent;
        if (furniture || consent) droppedFurniture = true;
        if (stack.length >= MAX_HTML_DEPTH) throw new TooDeep();
        stack.push({ name: tag, drops, pre: tag === 'pre' });
        if (drops) dropDepth++;
        if (tag === 'pre') preDepth++;
        if (dropDepth > 0) return;
        if (tag === 'tr') cellInRow = 0;
        if (tag === 'td' || tag === 'th') {
          if (cellInRow++ > 0) write(' | ', parser.startIndex, 0);
          cellDepth++;
        } else if (tag === 'li') {
          brk(1);
          write('- ', parser.startIndex, 0);
        } else if (tag === 'p') {
          brk(paragraphEnds);
          paragraphText = false;
        } else if (PARAGRAPH.has(tag)) brk(2);
        else if (LINE.has(tag)) brk(1);
      },
      ontext(text) {
        if (inTitle) {
          title = (title ?? '') + text;
          return;
        }
        if (dropDepth > 0) return;
        const at = parser.startIndex;
        if (preDepth > 0) {
          write(text, at);
          return;
        }
        // collapse whitespace as a browser does; within one text event the data is the file's slice
        // (htmlparser2 reports decoded entities as events of their own), so each word keeps its place
        if (!MESSY_SPACE.test(text)) {
          // the common text node: words with single blanks, one piece (the place stays exact, 1:1)
          const lead = text.startsWith(' ') ? 1 : 0;
          const trail = text.length > lead && text.endsWith(' ') ? 1 : 0;
          if (lead) pendingSpace = true;
          if (text.length > lead + trail) {
            write(text.slice(lead, text.length - trail), at + lead);
            paragraphText = true;
          }
          if (trail) pendingSpace = true;
          return;
        }
        WORDS.lastIndex = 0;
        let m: RegExpExecArray | null;
        let end = 0;
        while ((m = WORDS.exec(text))) {
          if (m.index > end) pendingSpace = true;
          write(m[0], at + m.index);
          paragraphText = true;
          end = m.index + m[0].length;
        }
        if (end < text.length) pendingSpace = true;
      },
      onclosetag(tag) {
        if (tag === 'title') inTitle = false;
        // htmlparser2 closes every element it opened, implied ones included, innermost first
        const open = stack.pop();
        if (!open) return;
        if (open.drops) dropDepth--;
        if (open.pre) preDepth--;
        if (dropDepth > 0 || open.drops) return;
        if (tag === 'td' || tag === 'th') {
          cellDepth = Math.max(0, cellDepth - 1);
          pendingSpace = false;
        } else if (tag === 'tr') {
          if (cellInRow >= 2) tableRows++;
          brk(1);
        } else if (tag === 'p') brk(style.paragraphIsLine && !paragraphText ? 2 : paragraphEnds);
        else if (PARAGRAPH.has(tag)) brk(2);
        else if (LINE.has(tag)) brk(1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );

  function insideContent(): boolean {
    return stack.some((s) => s.name === 'main' || s.name === 'article');
  }

  function readMeta(attrs: Record<string, string>): void {
    const key = (attrs['property'] ?? attrs['name'] ?? attrs['itemprop'] ?? '').toLowerCase();
    const content = attrs['content']?.trim();
    if (!content) return;
    if (key === 'og:title') ogTitle ??= content;
    else if (key === 'og:url') ogUrl ??= content;
    else if (DATE_META.has(key) || key === 'datepublished') date ??= isoDate(content);
  }

  let cutAt = -1;
  try {
    parser.end(html);
  } catch (e) {
    if (!(e instanceof TooDeep)) throw e;
    cutAt = parser.startIndex;
  }
  const text = out.text() + (out.length > 0 ? '\n' : '');
  const cleanTitle = (ogTitle ?? title)?.replace(/\s+/g, ' ').trim();
  const address = opts.url ?? httpUrl(url) ?? httpUrl(ogUrl);
  const notes = droppedFurniture ? ['Navigation, Kopf- und Fußzeilen sowie Cookie-Hinweise wurden nicht gelesen.'] : [];
  if (cutAt >= 0)
    notes.push(
      `Elemente sind tiefer als ${MAX_HTML_DEPTH} Ebenen ineinander verschachtelt: ab Zeichen ${cutAt} wurde nichts mehr gelesen.`,
    );
  return {
    name,
    text,
    info: {
      format: 'html',
      ...(cleanTitle ? { title: cleanTitle } : {}),
      ...(address ? { url: address } : {}),
      ...(date ? { date } : {}),
    },
    genreHints: [...(tableRows >= 2 ? ['table'] : []), ...(/<article[\s>]/i.test(html) ? ['article'] : [])],
    notes,
    toSource: (offset) => ({ offset: out.toSource(offset) }),
  };
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
