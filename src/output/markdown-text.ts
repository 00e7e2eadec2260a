/**
 * Data in Markdown: a label, a file name or a quoted sentence comes from the user's documents and
 * must stay text in any Markdown viewer. HTML is entity-escaped (no <img onerror>, no <iframe>), every
 * character that starts Markdown syntax is backslash-escaped (no [text](javascript:…) link, no
 * emphasis, no table cell break), and line breaks become blanks so a value cannot open a new block.
 */

// brackets (links, images), emphasis, code, strike-through, the table cell separator (an underscore
// between two letters or digits starts no emphasis: file names stay as they are); parentheses, hyphens
// and hashes inside a line start nothing once brackets are escaped, so labels stay readable in the raw file
const MARKDOWN_SPECIAL = /[\\`*[\]|~<>&]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/** s as literal text inside one Markdown line. */
export function markdownText(s: string): string {
  return s.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(MARKDOWN_SPECIAL, (c) => ENTITIES[c] ?? `\\${c}`);
}

/**
 * A link in Markdown when `url` is an http(s) address, else the text alone. The address is
 * percent-encoded where Markdown would end or break it (parentheses, angle brackets, blanks,
 * backslashes), so it cannot close the link and start another.
 */
export function markdownLink(text: string, url: string | undefined): string {
  if (!url) return markdownText(text);
  let href: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return markdownText(text);
    href = u.href.replace(
      /[()<>\s\\[\]`*_]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    );
  } catch {
    return markdownText(text);
  }
  return `[${markdownText(text)}](${href})`;
}
