/**
 * The sentence around a source reference, for reports and panels. Contact details inside a quote
 * are blanked: a quote explains a tie, it does not pass on personal data.
 */
// a line end is a boundary too: pages converted to text keep one paragraph or one field per line
const BOUNDARY = /[.!?;]\s|\n/g;

/** Offsets of the sentence (or line) around a mention in the document's text. */
export function sentenceSpan(text: string, start: number, end: number): { start: number; end: number } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let from = 0;
  let to = text.length;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const boundaryEnd = m.index + m[0].length;
    if (boundaryEnd <= s) from = boundaryEnd;
    else if (m.index >= e) {
      to = m.index + 1;
      break;
    }
  }
  return { start: from, end: Math.max(from, Math.min(to, text.length)) };
}

export function sentenceAround(text: string, start: number, end: number, max = 300): string {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  const { start: from, end: to } = sentenceSpan(text, s, e);
  let quote = text.slice(from, to).replace(/\s+/g, ' ').trim();
  if (quote.length > max) {
    const mention = text.slice(s, e).replace(/\s+/g, ' ').trim();
    const at = Math.max(0, quote.indexOf(mention));
    const begin = Math.max(0, Math.min(at - Math.floor((max - mention.length) / 2), quote.length - max));
    quote = `${begin > 0 ? '…' : ''}${quote.slice(begin, begin + max).trim()}${begin + max < quote.length ? '…' : ''}`;
  }
  return maskContacts(quote);
}

export function maskContacts(s: string): string {
  return s
    .replace(
      /[\w.+-]+\s*(?:@|\(at\)|\[at\]|\s+at\s+)\s*[\w-]+(?:\s*(?:\.|\(dot\)|\[dot\]|\s+dot\s+)\s*[\w-]+)+/gi,
      '[E-Mail]',
    )
    .replace(/(?:\+49|\b0)[\d\s/()-]{6,}\d/g, '[Telefon]');
}
