/** Pass: recogniser hits become mentions (places, organisations, programmes, districts), local actors get their block's town. */
import { domainsOfKind, type LegalDomain, type NodeKind, type PlaceRef } from '../../model/index.ts';
import { localMunicipality, placeMention, townNamedWith, type ExtractionRun } from '../run.ts';
import { OF_THE_KREIS } from '../rules/toponyms.ts';

const LOCAL_KINDS: ReadonlySet<NodeKind> = new Set([
  'youth_office',
  'job_center',
  'school',
  'daycare',
  'organisation',
  'carrier',
]);

const KREIS_OFFICE = /^(?:Kreisjugendamt|Jugendamt des Kreises|Amt für [^,]*des Kreises)/u;

/** The Kreis a place names or lies in; else the Kreis the page names most. */
function kreisOf(run: ExtractionRun, place: PlaceRef | undefined, town: string | undefined): string | undefined {
  if (place?.level === 'kreis') return place.name;
  if (place?.level === 'gemeinde' && place.kreis) return place.kreis;
  const named = town ? run.ctx.places.lookup(town)[0] : undefined;
  if (named?.level === 'kreis') return named.name;
  if (named?.level === 'gemeinde' && named.kreis) return named.kreis;
  return run.found.places.find((p) => p.place.level === 'kreis')?.place.name;
}

export function addActorMentions(run: ExtractionRun): void {
  const { store, found } = run;
  const towns = new Set(
    found.places
      .filter((p) => p.place.level === 'gemeinde' && !run.ctx.fieldValueLines.has(p.line))
      .map((p) => p.place.id),
  );
  run.multiTown = towns.size >= 2;
  for (const h of found.places) run.places.push({ m: placeMention(run, h.place, h, 'place.gazetteer'), line: h.line });
  for (const h of found.orgs) {
    const local = municipalityOfOrg(run, h);
    const domains = [...new Set<LegalDomain>([...domainsOfKind(h.kind), ...h.domains])];
    run.orgs.push({ m: store.add(h.kind, h.name, h, domains.length ? { domains } : {}, local, h.rule), hit: h });
  }
  for (const p of found.programs)
    run.programs.push({ m: store.add('program', p.name, p, {}, undefined, p.rule), hit: p });
  for (const d of found.districts)
    run.districts.push({
      m: store.add(
        'district',
        d.name,
        d,
        { placeType: d.type },
        townNamedWith(run, d)?.name ?? rowTown(run, d.line) ?? localMunicipality(run, d.line, d.start, true),
        d.rule,
      ),
      hit: d,
    });
}

const KREIS_LEVEL_OFFICE = /^(?:Gesundheitsamt|Schulamt)$/u;

/** The area of an office run per Kreis and kreisfreie Stadt (Jobcenter, Gesundheitsamt): a kreisangehörige town's Kreis, else the town. */
function kreisArea(run: ExtractionRun, town: string): string {
  const place = run.ctx.places.lookup(town).find((p) => p.name === town);
  return place?.level === 'gemeinde' && place.kreis ? place.kreis : town;
}

/** The municipality an organisation mention belongs to: named in it, its Kreis's for a Kreis's office, else the town near it. */
function municipalityOfOrg(run: ExtractionRun, h: ExtractionRun['found']['orgs'][number]): string | undefined {
  const local = LOCAL_KINDS.has(h.kind)
    ? (h.place?.name ?? localMunicipality(run, h.line, h.start, false, h.end))
    : h.place?.name;
  // a Kreisjugendamt belongs to the Kreis, never to its seat or to the town named nearby
  if (h.kind === 'youth_office' && KREIS_OFFICE.test(h.name)) return kreisOf(run, h.place, local) ?? local;
  // "das Gesundheitsamt des Kreises", "Abteilung Jugend beim Kreis": an office of the Kreis
  if (
    (h.kind === 'youth_office' || h.kind === 'organisation') &&
    !h.place &&
    OF_THE_KREIS.test(run.ctx.text.slice(h.end, h.end + 30))
  )
    return kreisOf(run, h.place, local) ?? local;
  // a bare "Jugendamt" near a town without a Jugendamt of its own is the Kreis's; a bare "Jobcenter"
  // near a town of a Kreis too (SGB II is run per Kreis and kreisfreie Stadt); an overview's town
  // entry names the offices for that town
  if (h.place || !local || run.blockOfLine[h.line]?.isEntry) return local;
  if (h.kind === 'youth_office') return youthOfficeArea(run, local);
  // the Gesundheitsamt and the Schulamt (untere Schulaufsicht) are offices of the Kreis or kreisfreie Stadt too
  return h.kind === 'job_center' || KREIS_LEVEL_OFFICE.test(h.name) ? kreisArea(run, local) : local;
}

/** The area of the Jugendamt of a town: its Kreis for a town the Kreisjugendamt serves, else the town itself. */
function youthOfficeArea(run: ExtractionRun, town: string): string {
  const place = run.ctx.places.lookup(town).find((p) => p.name === town);
  return place?.level === 'gemeinde' && place.ownYouthOffice === false && place.kreis ? place.kreis : town;
}

/** "Stadt Rheine | Kinderkonferenz Dorenkamp | Dorenkamp": in a row of a table, the one town another cell names. */
function rowTown(run: ExtractionRun, line: number): string | undefined {
  if (!run.ctx.fields.some((f) => f.layout === 'column' && f.values[0]?.line === line)) return undefined;
  const towns = new Set(
    run.found.places.filter((p) => p.line === line && p.place.level === 'gemeinde').map((p) => p.place.name),
  );
  return towns.size === 1 ? [...towns][0] : undefined;
}
