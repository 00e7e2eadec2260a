/** Pass: recogniser hits become mentions (places, organisations, programmes, districts), local actors get their block's town. */
import { domainsOfKind, type LegalDomain, type NodeKind } from '../../model/kinds.ts';
import { localMunicipality, placeMention, type ExtractionRun } from '../run.ts';

const LOCAL_KINDS: ReadonlySet<NodeKind> = new Set(['youth_office', 'job_center', 'school', 'daycare', 'organisation', 'carrier']);

export function addActorMentions(run: ExtractionRun): void {
  const { store, found } = run;
  const towns = new Set(found.places.filter((p) => p.place.level === 'gemeinde' && !run.ctx.fieldValueLines.has(p.line)).map((p) => p.place.id));
  run.multiTown = towns.size >= 2;
  for (const h of found.places) run.places.push({ m: placeMention(run, h.place, h, 'place.gazetteer'), line: h.line });
  for (const h of found.orgs) {
    const local = LOCAL_KINDS.has(h.kind) ? (h.place?.name ?? localMunicipality(run, h.line, h.start)) : h.place?.name;
    const domains = [...new Set<LegalDomain>([...domainsOfKind(h.kind), ...h.domains])];
    run.orgs.push({ m: store.add(h.kind, h.name, h, domains.length ? { domains } : {}, local, h.rule), hit: h });
  }
  for (const p of found.programs) run.programs.push({ m: store.add('program', p.name, p, {}, undefined, p.rule), hit: p });
  for (const d of found.districts) run.districts.push({ m: store.add('district', d.name, d, { placeType: d.type }, localMunicipality(run, d.line, d.start), d.rule), hit: d });
}
