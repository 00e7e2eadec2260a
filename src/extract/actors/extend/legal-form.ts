/** The end of the name: a legal form right after it names it ("Lernfreunde e.V."), and a head that needs a name and has none is dropped. */
import { LEGAL_FORM_AFTER } from '../org-words.ts';
import type { Extent, HeadContext } from './context.ts';

export function takeLegalForm(c: HeadContext, e: Extent): Extent {
  const { text, offset, tokens } = c;
  const last = tokens[e.pos - 1]!;
  const end = last.start - offset + last.text.length;
  const lf = LEGAL_FORM_AFTER.exec(text.slice(end));
  if (!lf) return { ...e, end };
  const withForm = end + lf[0].length;
  let pos = e.pos;
  while (pos < tokens.length && tokens[pos]!.start - offset < withForm) pos++;
  return { start: e.start, pos, named: true, end: withForm };
}

/** "die Grundschule", "der Fachbereich": a head that needs a name is no organisation without one. */
export function rejectUnnamed(c: HeadContext, e: Extent): Extent | undefined {
  const { cls } = c.info;
  return !e.named && (cls === 'named' || cls === 'fuer' || cls === 'unit') ? undefined : e;
}
