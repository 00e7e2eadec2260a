/**
 * One document → mentions and relations with offsets. Pure and browser-safe: no graphology,
 * no file system, no DOM (it also runs in a Web Worker).
 */
import { domainsOfKind, type LegalDomain, type NodeKind, type RelationKind } from '../model/kinds.ts';
import type { Period } from '../model/schema.ts';
import { findEmails, findPhones, findWebsites, type ContactHit } from './actors/contacts.ts';
import { findOrganisations, type OrgMention } from './actors/organisations.ts';
import { findPersons, type PersonMention } from './actors/persons.ts';
import { findMinistryAbbreviations } from './actors/public-bodies.ts';
import { findDistricts } from './districts.ts';
import { foldMemo as fold } from './memo.ts';
import { domainsOfText, targetsSgb2 } from './domains.ts';
import { readFields, type Field, type FieldValueLine } from './fields.ts';
import { markFurniture } from './furniture.ts';
import { isBlank, splitLines, trimmedSpan, type Line } from './lines.ts';
import { parsePeriod, parseSingleDate } from './periods.ts';
import type { PlaceLookup, PlaceRef } from './place-lookup.ts';
import { findPrograms } from './programs.ts';
import { CARRIER_CUE, FUNDING_CUE, PARTNER_CUE } from './relations/cues.ts';
import { cooperationPairs } from './relations/cooperation.ts';
import { segmentDocument } from './segments.ts';
import { byLine, onLines, spanIndex } from './span-index.ts';
import { sentenceAt, sentencesOfLine, type Sentence } from './sentences.ts';
import type { DocumentExtraction, ExtractionIssue, Mention, MentionAttrs, RelationMention, SourceDocument, Span } from './types.ts';

export interface ExtractOptions {
  places: PlaceLookup;
}

interface Block {
  from: number;
  to: number;
  place?: PlaceRef;
  placeSpan?: Span;
  kreis?: PlaceRef;
  kreisSpan?: Span;
  period?: Period;
  heading?: Span & { text: string };
  isEntry: boolean;
}

const LOCAL_KINDS: ReadonlySet<NodeKind> = new Set(['youth_office', 'job_center', 'school', 'daycare', 'organisation', 'carrier']);
const MAYOR_ROLE = /bürgermeister|landrat|landrätin/i;

export function extractDocument(doc: SourceDocument, opts: ExtractOptions): DocumentExtraction {
  const { places } = opts;
  const text = doc.text;
  const lines = splitLines(text);
  const furniture = markFurniture(lines);
  const fields = readFields(lines, furniture);
  const fieldValueLines = new Set(fields.flatMap((f) => f.values.map((v) => v.line)));
  const fieldLabelLines = new Set(fields.map((f) => lineOf(lines, f.labelSpan.start)));
  const bzrLines = new Set(fields.filter((f) => f.key === 'bzr').flatMap((f) => f.values.map((v) => v.line)));
  const seg = segmentDocument(lines, furniture, places, fieldValueLines);
  const live = lines.filter((l) => !furniture[l.index] && !isBlank(l));
  const sentences: Sentence[] = live.flatMap(sentencesOfLine);
  const issues: ExtractionIssue[] = [];

  const mentions: Mention[] = [];
  const relations: RelationMention[] = [];
  let counter = 0;
  const add = (kind: NodeKind, name: string, span: Span, attrs: MentionAttrs = {}, municipality?: string): Mention => {
    const m: Mention = { id: `${doc.name}#${counter++}`, doc: doc.name, kind, name, start: span.start, end: span.end, attrs, ...(municipality ? { municipality } : {}) };
    mentions.push(m);
    return m;
  };
  const related = new Set<string>();
  const relate = (kind: RelationKind, from: Mention, to: Mention, evidence: Span, cue: string) => {
    const k = `${kind}|${from.id}|${to.id}`;
    if (from.id === to.id || related.has(k)) return;
    related.add(k);
    relations.push({ kind, from: from.id, to: to.id, doc: doc.name, start: evidence.start, end: evidence.end, cue });
  };
  const evidenceAt = (pos: number): Span => {
    const s = sentenceAt(sentences, pos);
    if (s) return { start: s.start, end: s.end };
    const l = lines[lineOf(lines, pos)]!;
    const t = trimmedSpan(l);
    return { start: t.start, end: t.end };
  };

  // ---- 1. recognise mentions line by line -------------------------------------------------------
  const contactFields = fields.filter((f) => f.key === 'contact');
  const contactLines = new Set(contactFields.flatMap((f) => f.values.map((v) => v.line)));
  const orgHits: Array<OrgMention & { line: number }> = [];
  const personHits: Array<PersonMention & { line: number }> = [];
  const contactHits: Array<{ type: 'email' | 'phone' | 'website'; hit: ContactHit; line: number }> = [];
  const programHits: Array<ReturnType<typeof findPrograms>[number] & { line: number }> = [];
  const districtHits: Array<ReturnType<typeof findDistricts>[number] & { line: number }> = [];
  const placeHits: Array<{ start: number; end: number; place: PlaceRef; line: number; cue?: string }> = [];

  for (const line of live) {
    if (fieldLabelLines.has(line.index) && !fieldValueLines.has(line.index)) continue;
    const emails = findEmails(line.text, line.start);
    const phones = findPhones(line.text, line.start);
    const webs = findWebsites(line.text, line.start);
    for (const h of emails) contactHits.push({ type: 'email', hit: h, line: line.index });
    for (const h of phones) contactHits.push({ type: 'phone', hit: h, line: line.index });
    for (const h of webs) contactHits.push({ type: 'website', hit: h, line: line.index });
    const taken: Span[] = [...emails, ...phones, ...webs];
    const free = (s: Span) => !taken.some((t) => s.start < t.end && t.start < s.end);

    const progs = findPrograms(line.text, line.start);
    let orgs = findOrganisations(line.text, line.start, places).filter(free);
    for (const b of findMinistryAbbreviations(line.text, line.start)) {
      if (free(b) && !orgs.some((o) => b.start < o.end && o.start < b.end)) orgs.push({ start: b.start, end: b.end, name: line.text.slice(b.start - line.start, b.end - line.start), kind: 'funder', cls: 'brand', domains: [] });
    }
    // a programme name inside an organisation's name: cut the organisation before it, or drop the
    // programme mention when it is the organisation's own label ("Quartiersmanagement Soziale Stadt")
    const keptProgs = progs.filter((p) => {
      const inside = orgs.find((o) => p.start >= o.start && p.end <= o.end);
      if (inside) return false;
      return true;
    });
    orgs = orgs.map((o) => {
      const p = keptProgs.find((pp) => pp.start > o.start && pp.start < o.end && pp.end > o.end);
      if (!p) return o;
      const cut = line.text.slice(o.start - line.start, p.start - line.start).replace(/[\s\-–]+$/, '');
      return { ...o, end: o.start + cut.length, name: cut.replace(/[„“”"]/g, '').trim() };
    });
    for (const p of keptProgs) programHits.push(Object.assign(p, { line: line.index }));
    // the hits are fresh objects of this line: tagging them with the line saves a copy
    for (const o of orgs) {
      taken.push(o);
      orgHits.push(Object.assign(o, { line: line.index }));
    }
    const persons = findPersons(line.text, line.start, places, contactLines.has(line.index)).filter(free);
    for (const p of persons) {
      taken.push(p);
      personHits.push(Object.assign(p, { line: line.index }));
    }
    for (const p of keptProgs) taken.push(p);
    for (const d of findDistricts(line.text, line.start)) {
      if (!free(d) || places.lookup(d.name).some((pl) => pl.level === 'gemeinde' && d.type !== 'Stadtteil' && d.type !== 'Stadtbezirk')) continue;
      districtHits.push(Object.assign(d, { line: line.index }));
      taken.push(d);
    }
    for (const h of bzrLines.has(line.index) ? [] : places.scan(line.text)) {
      const span = { start: line.start + h.start, end: line.start + h.end };
      const place = h.places[0];
      if (!place || !free(span) || (place.level !== 'gemeinde' && place.level !== 'kreis')) continue;
      const hit: (typeof placeHits)[number] = { start: span.start, end: span.end, place, line: line.index };
      if (h.cue) hit.cue = h.cue;
      placeHits.push(hit);
    }
  }

  const personLines = new Set(personHits.map((p) => p.line));
  const contactHitLines = new Set(contactHits.map((c) => c.line));

  // ---- 2. blocks: one per project ------------------------------------------------------------------
  const fieldOf = (key: Field['key'], from = 0, to = lines.length) => fields.filter((f) => f.key === key && lineOf(lines, f.labelSpan.start) >= from && lineOf(lines, f.labelSpan.start) < to);
  const placeInValues = (vals: FieldValueLine[]): { place: PlaceRef; span: Span } | undefined => {
    for (const v of vals) {
      const hit = placeHits.find((p) => p.start >= v.start && p.end <= v.end);
      if (hit) return { place: hit.place, span: hit };
      const direct = places.lookup(v.text.replace(/^\d{5}\s+/, '').split(',')[0]!.trim())[0];
      if (direct) return { place: direct, span: v };
    }
    return undefined;
  };

  const blocks: Block[] = [];
  if (seg.entries.length > 0) {
    for (const e of seg.entries) blocks.push({ from: e.from, to: e.to, place: e.place, placeSpan: e.heading, heading: e.heading, isEntry: true, ...(e.period ? { period: e.period } : {}) });
  } else {
    const b: Block = { from: 0, to: lines.length, isEntry: false };
    const loc = placeInValues(fieldOf('location').flatMap((f) => f.values));
    const muni = placeInValues(fieldOf('municipality').flatMap((f) => f.values));
    if (muni) {
      // "Kreis/kreisfreie Stadt: Herford" names the Kreis when the town is not kreisfrei
      const asKreis = muni.place.level === 'gemeinde' && !muni.place.kreisfrei && muni.place.kreis ? places.lookup(muni.place.kreis)[0] : undefined;
      if (asKreis) {
        b.kreis = asKreis;
        b.kreisSpan = muni.span;
      } else if (muni.place.level === 'kreis') {
        b.kreis = muni.place;
        b.kreisSpan = muni.span;
      } else if (!loc) {
        b.place = muni.place;
        b.placeSpan = muni.span;
      }
    }
    if (loc && loc.place.level === 'gemeinde') {
      b.place = loc.place;
      b.placeSpan = loc.span;
    }
    if (!b.place) {
      const main = mainPlace(placeHits);
      if (main) {
        b.place = main.place;
        b.placeSpan = main;
      }
    }
    if (!b.place && b.kreis) {
      b.place = b.kreis;
      b.placeSpan = b.kreisSpan;
      delete b.kreis;
    }
    const first = live[0];
    if (first) {
      const t = trimmedSpan(first);
      b.heading = { start: t.start, end: t.end, text: t.text };
    }
    blocks.push(b);
  }
  const blockAt = firstCovering(blocks, (b) => b, lines.length);
  const blockOfLine = (line: number): Block | undefined => blockAt[line];

  // ---- 3. mentions of actors, places, programmes -----------------------------------------------------
  const placeMentions = new Map<string, Mention>();
  const placeMention = (place: PlaceRef, span: Span): Mention => {
    const key = `${place.id}@${span.start}`;
    let m = placeMentions.get(key);
    if (!m) {
      m = add('municipality', place.name, span, { placeId: place.id, placeType: place.level, ...(place.ags ? {} : {}) }, place.level === 'gemeinde' ? place.kreis : undefined);
      placeMentions.set(key, m);
    }
    return m;
  };
  const placeMentionList: Array<{ m: Mention; line: number }> = [];
  for (const h of placeHits) placeMentionList.push({ m: placeMention(h.place, h), line: h.line });

  const localMunicipality = (line: number): string | undefined => blockOfLine(line)?.place?.name;

  const orgMentions: Array<{ m: Mention; hit: OrgMention & { line: number } }> = [];
  for (const h of orgHits) {
    const local = LOCAL_KINDS.has(h.kind) && h.kind !== 'funder' ? (h.place?.name ?? localMunicipality(h.line)) : h.place?.name;
    const domains = uniq<LegalDomain>([...domainsOfKind(h.kind), ...h.domains]);
    const m = add(h.kind, h.name, h, domains.length ? { domains } : {}, local);
    orgMentions.push({ m, hit: h });
  }
  const programMentions = programHits.map((p) => ({ m: add('program', p.name, p), hit: p }));
  const districtMentions = districtHits.map((d) => ({ m: add('district', d.name, d, { placeType: d.type }, localMunicipality(d.line)), hit: d }));

  // ---- 4. projects ---------------------------------------------------------------------------------------
  const primaryPrograms = choosePrimaryPrograms(programMentions, live);
  const projects: Array<{ m: Mention; block: Block }> = [];
  // funders' and programmes' names ("… für Arbeit, Gesundheit und Soziales") say nothing of the project's domains
  const maskedText = maskSpans(text, [...orgMentions.filter((o) => o.m.kind === 'funder').map((o) => o.m), ...programMentions.map((x) => x.m)]);
  const fieldsOfBlock = fieldsByBlock(fields, lines);
  for (const b of blocks) {
    const p = projectOfBlock(b, maskedText, lines, furniture, fieldsOfBlock(b), programMentions.map((x) => x.m), primaryPrograms);
    if (!p) continue;
    const m = add('project', p.name, p.span, p.attrs, b.place?.name);
    projects.push({ m, block: b });
  }
  if (projects.length === 0 && blocks.length === 1 && !seg.entries.length) {
    issues.push({ doc: doc.name, message: 'Kein Projekt erkannt: die Seite nennt weder Projektfelder noch ein Projekt.' });
  }
  const projectAt = firstCovering(projects, (p) => p.block, lines.length);
  const projectOfLine = (line: number): Mention | undefined => projectAt[line]?.m;

  // ---- 5. relations ---------------------------------------------------------------------------------------
  // the mentions inside a span, in list order, through sorted starts instead of a scan per sentence
  const orgsIn = spanIndex(orgMentions, (x) => x.m);
  const placesIn = spanIndex(placeMentionList, (x) => x.m);
  const programsIn = spanIndex(programMentions, (x) => x.m);
  const districtsIn = spanIndex(districtMentions, (x) => x.m);
  const actorsIn = (span: Span) => [...orgsIn(span).map((x) => x.m), ...placesIn(span).map((x) => x.m)];

  for (const { m: project, block } of projects) {
    // located_in: the block's place, its Kreis, its districts
    let placeNode: Mention | undefined;
    if (block.place && block.placeSpan) {
      placeNode = placesIn(block.placeSpan).find((x) => x.m.attrs.placeId === block.place!.id)?.m ?? placeMention(block.place, block.placeSpan);
      relate('located_in', project, placeNode, evidenceAt(block.placeSpan.start), 'Projektort');
    }
    if (block.kreis && block.kreisSpan) {
      const k = placeMention(block.kreis, block.kreisSpan);
      relate('located_in', project, k, evidenceAt(block.kreisSpan.start), 'Kreis/kreisfreie Stadt');
    }
    const blockSpan = { start: lines[block.from]!.start, end: lines[block.to - 1]!.end };
    for (const d of districtsIn(blockSpan)) {
      relate('located_in', project, d.m, evidenceAt(d.m.start), 'Quartier/Stadtteil');
      const town = block.place?.level === 'gemeinde' ? placeNode : undefined;
      if (town) relate('located_in', d.m, town, evidenceAt(d.m.start), 'Stadtteil von');
    }
    if (block.place?.level === 'kreis') {
      for (const pm of placesIn(blockSpan)) {
        const pl = places.byId(pm.m.attrs.placeId ?? '');
        if (pl?.level === 'gemeinde' && pl.kreis === block.place.name) relate('located_in', project, pm.m, evidenceAt(pm.m.start), 'Standort im Kreis');
      }
    }
    // part_of: the page's programme(s)
    for (const pm of primaryPrograms) relate('part_of', project, pm, evidenceAt(pm.start), 'Programm der Seite');
    // overview entries: the town's Jugendamt runs the project
    if (block.isEntry && block.place && block.heading) {
      const yo = add('youth_office', 'Jugendamt', block.heading, { domains: ['SGB VIII'], unitName: block.heading.text }, block.place.name);
      relate('carried_by', project, yo, block.heading, 'Eintrag eines Jugendamts in der Programmübersicht');
    }
  }

  // field semantics
  for (const f of fields) {
    const project = projectOfLine(lineOf(lines, f.labelSpan.start));
    if (!project) continue;
    for (const v of f.values) {
      const actors = actorsIn(v);
      if (f.key === 'carrier') {
        for (const a of actors) relate(a.kind === 'funder' ? 'funded_by' : 'carried_by', project, a, v, f.label);
        if (actors.length === 0) fallbackOrg(v, f.label, 'carried_by');
      } else if (f.key === 'partners') {
        for (const a of actors) if (a.kind !== 'funder') relate('partner', project, a, v, f.label);
        if (actors.length === 0) fallbackOrg(v, f.label, 'partner');
      } else if (f.key === 'funder') {
        for (const a of actors) relate('funded_by', project, a, v, f.label);
      }
    }
  }

  function fallbackOrg(v: FieldValueLine, label: string, kind: RelationKind): void {
    const project = projectOfLine(v.line);
    const t = v.text.replace(/\s*\(.*$/, '').trim();
    if (!project || t.length < 3 || t.length > 90 || !/^[\p{Lu}„"]/u.test(t) || /[.!?]$/.test(t)) return;
    if (/(innen|ungen|stätten|zentren|schulen|ämter|einrichtungen|akteure|beteiligte|partner|träger|vereine|verbände|institutionen|dienste|fachkräfte|familien|eltern|kinder|n und)\b/i.test(t.split(/\s+/)[0] ?? '')) return;
    if (/^[\p{Lu}][\p{Ll}]+ [\p{Lu}][\p{Ll}]+$/u.test(t) && personLines.has(v.line)) return;
    if (personLines.has(v.line) || contactHitLines.has(v.line)) return;
    const start = v.start + v.text.indexOf(t);
    const m = add('organisation', t.replace(/[„“”"]/g, ''), { start, end: start + t.length }, {}, localMunicipality(v.line));
    relate(kind, project, m, v, label);
  }

  // sentences with cue phrases
  for (const s of sentences) {
    const st = text.slice(s.start, s.end);
    const orgsHere = orgsIn(s).map((x) => x.m);
    const progsHere = programsIn(s).map((x) => x.m);
    const project = projectOfLine(s.line);
    const block = blockOfLine(s.line);
    const inField = fieldValueLines.has(s.line);
    if (FUNDING_CUE.test(st)) {
      const funders = orgsHere.filter((o) => o.kind === 'funder');
      const subjects = progsHere.length ? progsHere : orgsHere.filter((o) => o.kind !== 'funder').slice(0, 1);
      const from = subjects.length ? subjects : project ? [project] : primaryPrograms.slice(0, 1);
      for (const f of funders) for (const x of from) relate('funded_by', x, f, s, 'Förderung');
    }
    if (project && CARRIER_CUE.test(st) && !inField) {
      for (const o of orgsHere) if (o.kind !== 'funder') relate('carried_by', project, o, s, 'Trägerschaft');
    }
    if (project && (PARTNER_CUE.test(st) || block?.isEntry) && !inField) {
      for (const a of orgsHere) {
        if (a.kind === 'funder' || related.has(`carried_by|${project.id}|${a.id}`)) continue;
        relate('partner', project, a, s, 'Kooperation');
      }
    }
    const coop = orgsHere.filter((o) => o.kind !== 'funder');
    for (const [a, b2] of cooperationPairs(text, s, coop)) relate('cooperates_with', a, b2, s, 'Zusammenarbeit');
    // "X im Stadtteil Y": an actor placed in a district
    for (const d of districtsIn(s)) {
      const before = orgsHere.filter((o) => o.end <= d.m.start && d.m.start - o.end < 25 && /^\s+(?:im|in)\s/.test(text.slice(o.end, d.m.start)));
      for (const o of before) relate('located_in', o, d.m, s, 'Standort');
    }
  }

  // persons: works_for and contact_for; contact details
  const personMentions = personHits.map((p) => {
    const attrs: MentionAttrs = p.role ? { role: p.role } : {};
    return { m: add('person', p.name, p, attrs), hit: p };
  });
  const groups = contactGroups(contactFields, lines);
  // per line: the first contact group, the organisations and the persons (in list order)
  const groupOfLine = new Map<number, (typeof groups)[number]>();
  for (const g of groups) for (const l of g.lines) if (!groupOfLine.has(l)) groupOfLine.set(l, g);
  const orgsOnLine = byLine(orgMentions, (o) => o.hit.line);
  const orgOrder = new Map(orgMentions.map((o, i) => [o, i]));
  const personsOnLine = byLine(personMentions, (p) => p.hit.line);
  const personOrder = new Map(personMentions.map((p, i) => [p, i]));
  const firstPlaceMention = new Map<string, Mention>();
  for (const x of placeMentionList) if (x.m.attrs.placeId !== undefined && !firstPlaceMention.has(x.m.attrs.placeId)) firstPlaceMention.set(x.m.attrs.placeId, x.m);
  for (const { m: pm, hit } of personMentions) {
    const project = projectOfLine(hit.line);
    const line = lines[hit.line]!;
    const group = groupOfLine.get(hit.line);
    const orgsHere = orgsOnLine.get(hit.line) ?? [];
    if (hit.cue === 'parenthesis') {
      const org = orgsHere.filter((o) => o.m.end <= pm.start).pop()?.m;
      if (org) {
        relate('works_for', pm, org, trimmedSpan(line), hit.role ?? 'Leitung');
        pm.attrs.organisation = org.name;
      }
    } else if (group) {
      const orgs = onLines(orgsOnLine, group.lines, orgOrder).map((o) => o.m);
      for (const o of orgs) relate('works_for', pm, o, { start: Math.min(o.start, pm.start), end: Math.max(o.end, pm.end) }, 'Kontakt');
      if (orgs[0]) pm.attrs.organisation = orgs.map((o) => o.name).join(', ');
      if (project) relate('contact_for', pm, project, evidenceAt(pm.start), 'Kontakt');
    } else if (hit.cue === 'label') {
      // "Ansprechpartner im Jugendamt: Name, Bezirkssozialdienst …": the organisation on the line
      const org = orgsHere[0]?.m;
      if (org) {
        relate('works_for', pm, org, trimmedSpan(line), 'Ansprechpartner');
        pm.attrs.organisation = org.name;
      }
      if (project) relate('contact_for', pm, project, evidenceAt(pm.start), 'Ansprechpartner');
    } else if (hit.role && MAYOR_ROLE.test(hit.role)) {
      const town = blockOfLine(hit.line)?.place;
      if (town) {
        const tm = firstPlaceMention.get(town.id);
        if (tm) relate('works_for', pm, tm, evidenceAt(pm.start), hit.role);
        pm.attrs.organisation = town.name;
      }
    } else {
      const org = orgsHere.find((o) => o.m.end <= pm.start && sentenceAt(sentences, o.m.start) === sentenceAt(sentences, pm.start))?.m;
      if (org) {
        relate('works_for', pm, org, evidenceAt(pm.start), hit.role ?? 'Nennung im Satz');
        pm.attrs.organisation = org.name;
      }
      if (project && hit.role && /ansprechpartner/i.test(hit.role)) relate('contact_for', pm, project, evidenceAt(pm.start), 'Ansprechpartner');
    }
  }
  // contact details: to the person of the same contact group, else the group's organisation
  for (const c of contactHits) {
    const group = groupOfLine.get(c.line);
    const near = [c.line - 2, c.line - 1, c.line, c.line + 1, c.line + 2];
    const candidates = onLines(personsOnLine, group ? group.lines : near, personOrder);
    const person = candidates.filter((p) => p.hit.line <= c.line).pop() ?? candidates[0];
    let target: Mention | undefined = person?.m;
    if (!target && group) target = onLines(orgsOnLine, group.lines, orgOrder)[0]?.m;
    if (!target) continue;
    const field = c.type === 'email' ? 'email' : c.type === 'phone' ? 'phone' : 'website';
    const list = (target.attrs[field] ??= []);
    if (!list.includes(c.hit.value)) list.push(c.hit.value);
  }

  return { doc: doc.name, mentions, relations, issues };
}

/** Per line, the first item whose line range [from, to) covers it (items in priority order). */
function firstCovering<T>(items: readonly T[], rangeOf: (x: T) => { from: number; to: number }, lineCount: number): Array<T | undefined> {
  const out = new Array<T | undefined>(lineCount);
  for (const x of items) {
    const { from, to } = rangeOf(x);
    for (let l = Math.max(0, from); l < Math.min(to, lineCount); l++) if (out[l] === undefined) out[l] = x;
  }
  return out;
}

/** The fields whose label lies on a line of a block, in field order; label lines are found once. */
function fieldsByBlock(fields: readonly Field[], lines: readonly Line[]): (b: { from: number; to: number }) => Field[] {
  const byLabelLine = new Map<number, number[]>();
  fields.forEach((f, i) => {
    const l = lineContaining(lines, f.labelSpan.start);
    if (l < 0) return;
    const list = byLabelLine.get(l);
    if (list) list.push(i);
    else byLabelLine.set(l, [i]);
  });
  return (b) => {
    const hits: number[] = [];
    for (let l = b.from; l < b.to; l++) for (const i of byLabelLine.get(l) ?? []) hits.push(i);
    return hits.sort((x, y) => x - y).map((i) => fields[i]!);
  };
}

/** The line whose span [start, end] holds pos, or -1 (pos on the second character of "\r\n"). */
function lineContaining(lines: readonly Line[], pos: number): number {
  const l = lineOf(lines, pos);
  const line = lines[l];
  return line && line.start <= pos && pos <= line.end ? l : -1;
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function lineOf(lines: readonly Line[], pos: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The town a single-project page is about: the Gemeinde named most often (ties: first named). */
function mainPlace(hits: ReadonlyArray<{ start: number; end: number; place: PlaceRef }>): { place: PlaceRef; start: number; end: number } | undefined {
  const counts = new Map<string, { n: number; first: (typeof hits)[number] }>();
  for (const h of hits) {
    if (h.place.level !== 'gemeinde') continue;
    const c = counts.get(h.place.id);
    if (c) c.n++;
    else counts.set(h.place.id, { n: 1, first: h });
  }
  let best: { n: number; first: (typeof hits)[number] } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && c.first.start < best.first.start)) best = c;
  return best ? { place: best.first.place, start: best.first.start, end: best.first.end } : undefined;
}

/** Programmes the whole page belongs to: cued ones, ones in the first lines, or the only one named. */
function choosePrimaryPrograms(progs: ReadonlyArray<{ m: Mention; hit: { cued: boolean; line: number } }>, live: readonly Line[]): Mention[] {
  const early = new Set(live.slice(0, 8).map((l) => l.index));
  const byName = new Map<string, Mention>();
  for (const p of progs) if (p.hit.cued || early.has(p.hit.line)) if (!byName.has(p.m.name)) byName.set(p.m.name, p.m);
  if (byName.size === 0) {
    const names = new Set(progs.map((p) => p.m.name));
    if (names.size === 1) byName.set(progs[0]!.m.name, progs[0]!.m);
  }
  return [...byName.values()];
}

interface ProjectCandidate {
  name: string;
  span: Span;
  attrs: MentionAttrs;
}

const QUOTED_TITLE = /(?:Titel|Projekt(?:namen?)?|Präventionsprojekt|Modellprojekt|Pilotprojekt|Teilprojekt|Erfolgsprojekt|Vorhaben|Angebot)\s*(?:mit dem Namen\s*)?[„"'‚»]([^“”"'‘«\n]{2,80})[“”"'‘«]/u;
const QUOTED_PROJEKT = /[„"'‚»]([^“”"'‘«\n]{2,40})[“”"'‘«]-Projekt/u;
const DAS_PROJEKT = /(?<![\p{L}])[Dd]as Projekt ([\p{Lu}][\p{L}-]{2,40})(?=[\s,.])/u;
const STANDALONE_QUOTED = /^\s*[„"»]([^“”"«\n]{2,60})[“”"«]\s*$/u;

function projectOfBlock(
  b: Block,
  maskedText: string,
  lines: readonly Line[],
  furniture: readonly boolean[],
  /** the fields labelled inside the block */
  blockFields: readonly Field[],
  programs: readonly Mention[],
  primaryPrograms: readonly Mention[],
): ProjectCandidate | undefined {
  const get = (k: Field['key']) => blockFields.filter((f) => f.key === k);
  const blockLines = lines.slice(b.from, b.to).filter((l) => !furniture[l.index]);
  const blockText = blockLines.map((l) => l.text).join('\n');
  const domainText = blockLines.map((l) => maskedText.slice(l.start, l.end)).join('\n');
  const isProgramName = (n: string) => programs.some((p) => fold(p.name).startsWith(fold(n).slice(0, 18))) || /^(zusammen im quartier|kinderstark|kein kind)/.test(fold(n));

  const attrs: MentionAttrs = {};
  let name: string | undefined;
  let span: Span | undefined;
  const titleValue = get('title')[0]?.values[0];
  if (titleValue) {
    const acronym = /^(\S{2,14})\s+[„"»](.+)[“”"«]$/u.exec(titleValue.text);
    if (acronym) {
      name = acronym[1]!;
      attrs.aliases = [acronym[2]!, titleValue.text.replace(/[„“”"»«]/g, '')];
    } else name = titleValue.text.replace(/[„“”"»«]/g, '').trim();
    span = titleValue;
    attrs.titleSource = 'field';
  }
  if (!name) {
    for (const l of blockLines) {
      const m = QUOTED_TITLE.exec(l.text) ?? QUOTED_PROJEKT.exec(l.text) ?? (b.isEntry ? STANDALONE_QUOTED.exec(l.text) : null) ?? DAS_PROJEKT.exec(l.text);
      if (m && !isProgramName(m[1]!)) {
        name = m[1]!.trim();
        const s = l.start + m.index + m[0].indexOf(m[1]!);
        span = { start: s, end: s + m[1]!.length };
        attrs.titleSource = 'quoted';
        break;
      }
    }
    // a long form after the title: "HOME - Hilfe und Orientierung für …"
    if (name) {
      const longForm = new RegExp(`^\\s*${escapeRe(name)}\\s+[-–—:]\\s+(.{8,100})$`, 'mu').exec(blockText);
      if (longForm) attrs.aliases = [`${name} – ${longForm[1]!.trim()}`];
    }
  }
  const hasProjectSignals = blockFields.some((f) => ['title', 'carrier', 'period', 'begin', 'partners', 'contact', 'targetGroup', 'location'].includes(f.key)) || /Projekt|Maßnahme|Modellvorhaben|Vorhaben/.test(blockText);
  if (!name) {
    if (!b.isEntry && !hasProjectSignals) return undefined;
    const prog = primaryPrograms[0]?.name.split(/\s+[–—-]\s+/)[0];
    const where = b.heading && b.isEntry ? b.heading.text : b.place?.name;
    if (prog && where) name = `${prog}: ${where}`;
    else if (where) name = `Projekt ${where}`;
    else if (b.heading) name = b.heading.text.slice(0, 80);
    else return undefined;
    span = b.isEntry ? b.heading : (b.placeSpan ?? b.heading);
    attrs.titleSource = 'synthesised';
  }
  if (!span) return undefined;

  // period, begin, target groups, domains
  const periodField = get('period')[0]?.values.map((v) => v.text).join(' ');
  const period = (periodField ? parsePeriod(periodField) : undefined) ?? b.period ?? proseEnd(blockText);
  if (period) attrs.period = period;
  const beginField = get('begin')[0]?.values[0]?.text;
  const begin = beginField ? parseSingleDate(beginField) : undefined;
  if (begin) attrs.begin = begin;
  const groups = get('targetGroup').flatMap((f) => f.values.flatMap((v) => v.text.split(/\s*[,;]\s*|\s+und\s+(?=[\p{Lu}])/u))).map((s) => s.replace(/^[•·*-]\s*/, '').trim()).filter((s) => s.length > 1);
  if (groups.length) attrs.targetGroups = [...new Set(groups)];
  if (targetsSgb2(blockText)) attrs.sgb2TargetGroup = true;
  const domains = domainsOfText(domainText);
  if (domains.length) attrs.domains = domains;
  return { name, span, attrs };
}

/** "bis Ende 2024" in a sentence about the project. */
function proseEnd(blockText: string): Period | undefined {
  const m = /(?:Projekt|Maßnahme|Förderung|Vorhaben)[^.\n]{0,160}?\bbis (?:Ende |zum )?((?:\d{1,2}\.\d{1,2}\.)?(?:19|20)\d{2})/u.exec(blockText);
  if (!m) return undefined;
  const p = parsePeriod(`bis ${m[1]}`);
  return p;
}

/** The text with the given spans blanked out (same length, so offsets stay valid); spans lie inside the text. */
function maskSpans(text: string, spans: readonly Span[]): string {
  // in order of start, each stretch once: no character array of the whole page
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let pos = 0;
  for (const s of sorted) {
    const from = Math.max(s.start, pos);
    if (s.end <= from) continue;
    parts.push(text.slice(pos, from), text.slice(from, s.end).replace(/[^\n]/g, ' '));
    pos = s.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lines of a contact field, grouped by the blank lines between them. */
function contactGroups(fields: readonly Field[], lines: readonly Line[]): Array<{ lines: number[] }> {
  const out: Array<{ lines: number[] }> = [];
  for (const f of fields) {
    let cur: number[] = [];
    let prev = -1;
    for (const v of f.values) {
      if (prev >= 0 && v.line - prev > 1 && lines.slice(prev + 1, v.line).some((l) => l.text.trim() === '')) {
        out.push({ lines: cur });
        cur = [];
      }
      cur.push(v.line);
      prev = v.line;
    }
    if (cur.length) out.push({ lines: cur });
  }
  return out;
}
