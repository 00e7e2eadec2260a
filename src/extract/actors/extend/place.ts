/** The municipality the text ties an organisation to: a place inside its name, or a genitive right after it. */
import type { PlaceLookup, PlaceRef } from '../../../model/index.ts';
import type { Extent, HeadContext } from './context.ts';

const GENITIVE_PLACE =
  /^\s+(?:der|des|in|im)\s+((?:(?:Hanse|Kreis)?[Ss]tadt|Gemeinde|Kreises|Kreis|Städteregion|StädteRegion)\s+)?([\p{Lu}][\p{L}.-]*(?:(?:\s|-)(?:an der|am|im|\(?[\p{Lu}][\p{L}.)-]*))*)/u;

/** "Jobcenter Kreis Unna", "Kita Sonnenschein Hagen": the last one to three words of the name after the head. */
export function placeInName(c: HeadContext, e: Extent, name: string, places: PlaceLookup): PlaceRef | undefined {
  const nameTokens = c.tokens.slice(c.head.end, e.pos).filter((t) => t.word);
  // "DRK-Kreisverband Coesfeld": a Kreis branch is named after its Kreis, not after the Kreis town
  const kreisBranch =
    nameTokens.length > 0 && /kreis(?:verband|gruppe|verein|geschäftsstelle)|^[\p{L}-]*-?Kreis\b/iu.test(name);
  for (let n = Math.min(3, nameTokens.length); n >= 1; n--) {
    const cand = nameTokens
      .slice(nameTokens.length - n)
      .map((t) => t.text)
      .join(' ')
      .replace(/\s+(e\.\s?V\.?|gGmbH|GmbH)$/, '');
    const found = places.lookup(cand).filter((pl) => pl.level === 'gemeinde' || pl.level === 'kreis');
    const kreisOfName = kreisBranch
      ? (found.find((pl) => pl.level === 'kreis') ?? places.lookup(`Kreis ${cand}`).find((pl) => pl.level === 'kreis'))
      : undefined;
    const hit = kreisOfName ?? found[0];
    if (hit) return hit;
  }
  return undefined;
}

/** A genitive place after the name ("… der Stadt Hagen", "… des Kreises Lippe"): the place and how far the mention reaches into it. */
export interface GenitivePlace {
  place: PlaceRef;
  /** characters of the genitive the mention takes in (0 after "in"/"im": a location, not part of the name) */
  length: number;
}

export function genitivePlace(c: HeadContext, end: number, places: PlaceLookup): GenitivePlace | undefined {
  const { info } = c;
  const gen = GENITIVE_PLACE.exec(c.text.slice(end));
  if (!gen || !takesGenitivePlace(c)) return undefined;
  const phrase = (gen[1] ?? '') + gen[2]!;
  const bare = gen[2]!.trim();
  const hit = [
    ...places.lookup(phrase.trim()),
    ...places.lookup(bare),
    ...places.lookup(bare.replace(/(?<=kreis)es$|(?<=[^s])s$/i, '')),
  ].find((pl) => pl.level === 'gemeinde' || pl.level === 'kreis');
  const isIn = /^\s+(in|im)\s/.test(gen[0]);
  if (!hit || (isIn && info.cls !== 'unique') || (isIn && gen[1] === undefined && /^\s+im\s/.test(gen[0])))
    return undefined;
  return { place: hit, length: isIn ? 0 : gen[0].length };
}

function takesGenitivePlace({ info }: HeadContext): boolean {
  return (
    info.cls === 'unique' ||
    info.cls === 'unit' ||
    info.cls === 'fuer' ||
    info.kind === 'youth_office' ||
    info.kind === 'job_center' ||
    info.cls === 'brand' ||
    info.cls === 'named'
  );
}
