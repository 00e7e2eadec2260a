/** The name as the organisation's own: the text of its extent, cleaned and put in the nominative. */
import type { Extent, HeadContext } from './context.ts';

export function nameOf(c: HeadContext, e: Extent): string {
  const { text, offset, tokens, hs, head } = c;
  let name = text
    .slice(tokens[e.start]!.start - offset, e.end)
    .replace(/\s+/g, ' ')
    .replace(/[„“”"»«]/g, '')
    .replace(/\s+-\s*$/, '')
    .trim();
  // the name in the nominative: "des Vereins Lernfreunde e.V." names the "Verein Lernfreunde e.V."
  if (head.genitive && e.start === hs) {
    const headText = tokens[hs]!.text;
    name = headText.slice(0, headText.length - head.genitive) + name.slice(headText.length);
  }
  // "an der Städtischen Gemeinschaftsgrundschule X": a feminine head's adjective in the nominative
  if (e.start < hs && /(?:schule|stätte|stelle|hilfe|gesellschaft|einrichtung|kita|tagesstätte)$/u.test(c.headWord))
    name = name.replace(/^([\p{Lu}][\p{Ll}]+(?:isch|lich|ig))en(?=\s)/u, '$1e');
  return name;
}
