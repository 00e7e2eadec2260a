/**
 * Pass: on a foundation's own page (its name heads the page) the projects it presents are the ones it
 * funds. On carrier pages: the organisation whose page it is — named in its header or footer, "wir"
 * in its text — carries every project the page presents, and employs the contact persons the
 * page names without another organisation.
 */
import type { ExtractionRun } from '../run.ts';
import type { Mention } from '../../model/index.ts';
import { firstAtLeast } from '../span-index.ts';

/** Roles that, on an organisation's own page, name its own staff or board. */
const STAFF_ROLE =
  /^(?:(?:stellvertretende[rn]?\s+)?Vorsitzende[rn]?|Vorstand|Geschäftsführ(?:er|erin|ung)|(?:Bereichs|Abteilungs|Einrichtungs|Team|Projekt|Fachbereichs)?(?:[Ll]eiter(?:in)?|[Ll]eitung)|Ansprechpartner(?:in)?|Koordinator(?:in)?|Koordination)$/u;

export function addPageOwnerTies(run: ExtractionRun): void {
  const { ctx, store } = run;
  // a foundation's page (its name heads the page, before any carrier): the projects it presents are the ones it funds
  const funder = headFunder(run);
  if (funder) {
    // the loop adds no part_of ties, so the projects with one are known beforehand
    const inProgramme = new Set(store.relations.filter((r) => r.kind === 'part_of').map((r) => r.from));
    for (const { m } of run.projects) {
      // a project of one of its programmes is funded through the programme (the programme's tie says so)
      if (inProgramme.has(m.id)) continue;
      if (!store.has('funded_by', m, funder))
        store.relate(
          'funded_by',
          m,
          funder,
          ctx.evidenceAt(funder.start),
          'Seite des Förderers',
          'funded_by.page-owner',
        );
    }
    return;
  }
  if (run.genre.id !== 'carrier-page' && !ownReport(run)) return;
  const owner = pageOwner(run);
  if (!owner) return;
  const evidence = ctx.evidenceAt(owner.start);
  for (const { m } of run.projects)
    if (!store.has('partner', m, owner))
      store.relate('carried_by', m, owner, evidence, 'Seite des Trägers', 'carried_by.page-owner');
  const employed = new Set(store.relations.filter((r) => r.kind === 'works_for').map((r) => r.from));
  const contactLines = run.found.contacts.map((c) => c.line).sort((a, b) => a - b);
  for (const { m, hit } of run.persons) {
    if (employed.has(m.id)) continue;
    // near a phone number or an address, or with a role of its own staff („Vorsitzende: Name“, „sagt Geschäftsführer Name“)
    const contact = (contactLines[firstAtLeast(contactLines, hit.line - 3)] ?? Infinity) <= hit.line + 3;
    if (!contact && !(hit.role && STAFF_ROLE.test(hit.role))) continue;
    store.relate(
      'works_for',
      m,
      owner,
      ctx.evidenceAt(m.start),
      'Kontakt auf der Seite des Trägers',
      'works_for.page-owner',
    );
    m.attrs.organisation ??= owner.name;
  }
}

/**
 * A carrier's own report in another layout (tables of its projects): the page shows the genre feature
 * `own-report` ("Jahresbericht" at its top, "wir" in the text) and the carrier's name opens its first line.
 */
function ownReport(run: ExtractionRun): boolean {
  const first = run.ctx.live[0];
  if (!first || !run.genreFeatures.has('own-report')) return false;
  return run.orgs.some(
    (o) =>
      o.hit.line === first.index &&
      (o.m.kind === 'carrier' || o.m.kind === 'daycare') &&
      o.m.start <= first.start + first.text.search(/\S/u),
  );
}

/** A foundation named in the page's first lines before any carrier or Kita: the page is the funder's own. */
function headFunder(run: ExtractionRun): Mention | undefined {
  const head = new Set(run.ctx.live.slice(0, 4).map((l) => l.index));
  const first = run.orgs
    .filter((o) => head.has(o.hit.line) && o.m.kind !== 'person')
    .sort((a, b) => a.m.start - b.m.start)[0];
  return first && first.m.kind === 'funder' && /stiftung/iu.test(first.m.name) ? first.m : undefined;
}

/** A carrier named in the first lines of the page, else the carrier the page names most often. */
export function pageOwner(run: ExtractionRun): Mention | undefined {
  // a carrier's page, or a Kita's or Familienzentrum's own page
  const carriers = run.orgs.map((o) => o.m).filter((m) => m.kind === 'carrier' || m.kind === 'daycare');
  if (!carriers.length) return undefined;
  const head = new Set(run.ctx.live.slice(0, 6).map((l) => l.index));
  // the fullest name the header gives ("Arbeiterwohlfahrt Kreisverband Hellweg-Lippe e.V." over "AWO Hellweg-Lippe")
  const inHead = run.orgs
    .filter((o) => (o.m.kind === 'carrier' || o.m.kind === 'daycare') && head.has(o.hit.line))
    .sort((a, b) => b.m.name.length - a.m.name.length)[0];
  if (inHead) return inHead.m;
  const count = new Map<string, { n: number; m: Mention }>();
  for (const c of carriers) {
    const e = count.get(c.name);
    if (e) e.n++;
    else count.set(c.name, { n: 1, m: c });
  }
  const ranked = [...count.values()].sort((a, b) => b.n - a.n || a.m.start - b.m.start);
  return ranked[0]!.n >= 2 && !byPublicBody(run) ? ranked[0]!.m : undefined;
}

/** "Stadt Gladbeck" as a line of the page's header, "© Stadt Gladbeck" in its footer: the page is a town's or Kreis's own. */
const PUBLIC_BODY_LINE =
  /^\s*(?:©\s*(?:\d{4}\s+)?)?(?:Stadt|Kreis|Gemeinde|Hansestadt|Kreisstadt|Landkreis)\s+[\p{Lu}][\p{L} .-]{1,40}$/u;

function byPublicBody(run: ExtractionRun): boolean {
  const live = run.ctx.live;
  return [...live.slice(0, 6), ...live.slice(-4)].some((l) => PUBLIC_BODY_LINE.test(l.text.trim()));
}
