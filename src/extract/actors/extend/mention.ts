/** The mention a grown head makes: its name, kind, domains and place, and the token the search goes on from. */
import type { PlaceLookup } from '../../../model/index.ts';
import type { OrgMention } from '../organisations.ts';
import type { Extent, HeadContext } from './context.ts';
import { kindOf } from './kind.ts';
import { nameOf } from './name.ts';
import { genitivePlace, placeInName } from './place.ts';

export function mentionOf(
  c: HeadContext,
  e: Extent,
  places: PlaceLookup,
): { mentions: OrgMention[]; nextToken: number } {
  const { offset, tokens, info } = c;
  const name = nameOf(c, e);
  const inName = placeInName(c, e, name, places);
  const gen = genitivePlace(c, e.end, places);
  const place = inName ?? gen?.place;
  const spanEnd = e.end + (gen?.length ?? 0);
  const { kind, domains } = kindOf(info, name, c.headWord);
  const mention: OrgMention = {
    start: tokens[e.start]!.start,
    end: offset + spanEnd,
    name: name.replace(/\s*,\s*$/, ''),
    kind,
    cls: info.cls,
    domains,
    ...(place ? { place } : {}),
    rule: 'org.head',
  };
  let next = e.pos;
  while (next < tokens.length && tokens[next]!.start < offset + spanEnd) next++;
  return { mentions: [mention], nextToken: next };
}
