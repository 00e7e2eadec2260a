/**
 * Pass: a unit inside a youth office is that youth office — "Koordinierungsstelle Präventionskette im
 * Jugendamt des Kreises Wesel", "die Fachstelle Frühe Hilfen beim Kreisjugendamt": the unit's mention
 * takes the office's name and kind, so both become one actor (GLOSSARY: Jugendamt and its units).
 */
import type { ExtractionRun } from '../run.ts';

const UNIT =
  /^(?:Koordinierungsstelle|Koordinationsstelle|Fachstelle|Servicestelle|Fachdienst|Sachgebiet|Stabsstelle|Team|Arbeitsbereich)(?![\p{L}])/u;
const INSIDE = /^\s*(?:im|beim|des|der|am|in der)\s+$/u;

export function mergeOfficeUnits(run: ExtractionRun): void {
  const { text } = run.ctx;
  const orgs = run.found.orgs;
  for (let i = 0; i + 1 < orgs.length; i++) {
    const unit = orgs[i]!;
    const office = orgs[i + 1]!;
    if (unit.kind !== 'organisation' || office.kind !== 'youth_office' || unit.line !== office.line) continue;
    if (!UNIT.test(unit.name) || !INSIDE.test(text.slice(unit.end, office.start))) continue;
    unit.kind = 'youth_office';
    unit.name = office.name;
    if (office.place) unit.place = office.place;
    else delete unit.place;
    unit.rule = 'org.unit-of-youth-office';
  }
}
