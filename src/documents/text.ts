/**
 * Plain text as it is. A first line `source: URL` or `Quelle: URL` (how saved pages often start) is the
 * document's address, not text: it is blanked out with spaces, so extraction never reads it and every
 * offset still points at the same place of the file.
 */
import { httpUrl } from './html.ts';
import type { ReadDocument, ReadOptions } from './types.ts';

const SOURCE_LINE = /^[ \t]*(?:source|quelle|url|adresse)[ \t]*:[ \t]*(\S+)[ \t]*(?=\r?\n|$)/i;

export function readText(text: string, name: string, opts: ReadOptions = {}): ReadDocument {
  const m = SOURCE_LINE.exec(text);
  const stated = m ? httpUrl(m[1]) : undefined;
  const body = m && stated ? ' '.repeat(m[0].length) + text.slice(m[0].length) : text;
  const url = opts.url ?? stated;
  // no title is guessed: the first line of a saved page is as often "Inhalt anspringen" or "Login" as a heading
  return {
    name,
    text: body,
    info: { format: 'text', ...(url ? { url } : {}) },
    genreHints: [],
    notes: [],
    toSource: (offset) => ({ offset }),
  };
}
