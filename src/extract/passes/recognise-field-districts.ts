/**
 * Pass: districts a location field lists without a cue word — "Projektort: Marl-Brassert",
 * "Ort | Lirich, Osterfeld", "Projektort: Dorsten-Wulfen, Barkenberg und Hervest". A part that is no
 * town of the gazetteer and no organisation is a district; "Town-Name" names the district Name of
 * the town (but "Hürth-Mitte", "Solingen-Nord" stay whole: a compass word is no name).
 */
import type { ExtractionRun } from '../run.ts';

const SEPARATOR = /\s*(?:,|;|\/|\s+und\s+|\s+sowie\s+)\s*/u;
const PART = /^[\p{Lu}][\p{L}.]*(?:[ -][\p{Lu}][\p{L}.]*){0,2}$/u;
const LEAD =
  /^(?:(?:im |in |in den )?(?:Stadtteil|Stadtteilen|Ortsteil|Ortsteilen|Quartier|Stadtbezirk|Sozialraum)e?n?\s+)/u;
const COMPASS = /^(?:Mitte|Nord|Süd|Ost|West|Nordost|Nordwest|Südost|Südwest|Zentrum|Innenstadt)$/u;
const NOT_A_PART =
  /^(?:Stadtweit|Kreisweit|Ganzer|Gesamte|Alle|Verschiedene|Mehrere|Online|Digital|Kreis|Stadt|Gemeinde)(?![\p{L}])/u;

/** A building or a street where something takes place ("Bürgerhaus", "Beratungsstelle Kaiserstraße"), no district. */
const VENUE =
  /(?:haus|häuser|zentrum|stelle|schule|halle|büro|treff|raum|räume|kirche|saal|kita|garten|bibliothek|amt|straße|str\.|weg|platz|allee|ring|gasse)$/iu;

export function recogniseFieldDistricts(run: ExtractionRun): void {
  const { ctx, store, found } = run;
  for (const f of ctx.fields) {
    if (f.key !== 'location') continue;
    for (const v of f.values) {
      let at = 0;
      for (const raw of v.text.split(SEPARATOR)) {
        const pos = v.text.indexOf(raw, at);
        at = pos + raw.length;
        const lead = LEAD.exec(raw);
        let part = raw
          .slice(lead ? lead[0].length : 0)
          .replace(/\s*\(.*$/u, '')
          .trim();
        let start = v.start + pos + (lead ? lead[0].length : 0);
        if (!PART.test(part) || NOT_A_PART.test(part) || VENUE.test(part) || ctx.places.lookup(part).length > 0)
          continue;
        // "Marl-Brassert": the town's name before the hyphen is the town, the rest the district
        const hyphen = part.indexOf('-');
        if (hyphen > 0) {
          const town = part.slice(0, hyphen);
          const rest = part.slice(hyphen + 1);
          if (ctx.places.lookup(town).some((p) => p.level === 'gemeinde') && !COMPASS.test(rest)) {
            start += hyphen + 1;
            part = rest;
          }
        }
        const span = { start, end: start + part.length };
        if (part.length < 3 || !store.isFree(v.line, span)) continue;
        if (found.orgs.some((o) => o.start < span.end && span.start < o.end)) continue;
        found.districts.push({ ...span, name: part, type: 'Stadtteil', rule: 'district.location-field', line: v.line });
        store.take(v.line, span);
      }
    }
  }
  found.districts.sort((a, b) => a.start - b.start);
}
