/** Pass: relations from labelled fields (rules/field-relations.ts), with an organisation made from a value no recogniser named. */
import type { Mention, RelationKind } from '../../model/index.ts';
import type { Field, FieldValueLine } from '../fields.ts';
import { FIELD_RELATION_RULES } from '../rules/field-relations.ts';
import { localMunicipality, type ExtractionRun } from '../run.ts';
import { spanIndex } from '../span-index.ts';

/** A street and number or a postcode line of an address block ("Markt 1–3", "48249 Dülmen"). */
const ADDRESS = /^\d{5}\s|\s\d+\s?[a-z]?(?:\s?[–-]\s?\d+)?$|(?:straße|str\.|weg|platz|allee|ring|gasse)\s+\d/iu;

const WITH_PARTNERS =
  /(?:,\s*)?(?:in Kooperation mit|gemeinsam mit|zusammen mit|mit Unterstützung (?:von|der|des)|Kooperationspartner|Partner:)/u;

const OFFICE_UNIT =
  /^(?:Abteilung|Fachdienst|Fachbereich|Sachgebiet|Referat|Dezernat|Fachstelle|Bezirkssozialdienst|Sozialer Dienst)(?![\p{L}])/u;

/** The header of a table column of Jugendämter. */
const OFFICE_COLUMN = /^(?:Kreisjugendamt|Jugendamt)$/u;

const GENERIC_FIRST_WORD =
  /(innen|ungen|stätten|zentren|schulen|ämter|einrichtungen|akteure|beteiligte|partner|träger|vereine|verbände|institutionen|dienste|fachkräfte|familien|eltern|kinder|n und)\b/i;

export function addFieldRelations(run: ExtractionRun): void {
  const { ctx, store } = run;
  const orgsIn = spanIndex(run.orgs, (x) => x.m);
  const placesIn = spanIndex(run.places, (x) => x.m);
  const districtsIn = spanIndex(run.districts, (x) => x.m);
  const personLines = new Set(run.found.persons.map((p) => p.line));
  const contactLines = new Set(run.found.contacts.map((c) => c.line));
  for (const f of ctx.fields) {
    const rule = FIELD_RELATION_RULES.find((r) => r.field === f.key);
    const project = run.projectOfLine[f.layout === 'column' ? f.values[0]!.line : ctx.lineOf(f.labelSpan.start)];
    if (!rule || !project) continue;
    for (const v of f.values) {
      const actors = rule.placesOnly
        ? [...placesIn(v).map((x) => x.m), ...districtsIn(v).map((x) => x.m)]
        : [...orgsIn(v).map((x) => x.m), ...placesIn(v).map((x) => x.m)];
      // "Träger: X, in Kooperation mit Y und Z": the actors after the cue are partners
      const cue = rule.field === 'carrier' ? WITH_PARTNERS.exec(v.text) : null;
      const partnersFrom = cue ? v.start + cue.index : Infinity;
      // "Träger: Stadt Marl, Jugendamt – Abteilung Frühe Hilfen": the town and the unit say which office it is
      const office =
        rule.field === 'carrier' && actors.some((a) => a.kind === 'youth_office' || a.kind === 'job_center');
      if (officeOfTownCell(run, f, v, actors, project, rule.id)) continue;
      for (const a of actors) {
        if (office && (a.kind === 'municipality' || OFFICE_UNIT.test(a.name)) && a.start < partnersFrom) continue;
        if (a.start >= partnersFrom) {
          if (a.kind !== 'funder') store.relate('partner', project, a, v, f.label, `${rule.id}.partners`);
          continue;
        }
        // "Bundesstiftung Frühe Hilfen (Mittel werden über das Kreisjugendamt weitergeleitet)": a body in a remark takes part, it does not pay
        if (rule.field === 'funder' && a.kind !== 'funder' && inParentheses(v.text, a.start - v.start)) {
          store.relate('partner', project, a, v, f.label, `${rule.id}.remark`);
          continue;
        }
        const kind = a.kind === 'funder' ? rule.funderRelation : rule.relation;
        if (kind) store.relate(kind, project, a, v, f.label, rule.id);
      }
      if (actors.length === 0 && rule.fallbackOrganisation)
        fallbackOrg(v, f.label, rule.relation, `${rule.id}.fallback`);
    }
  }

  function fallbackOrg(v: FieldValueLine, label: string, kind: RelationKind, rule: string): void {
    const project = run.projectOfLine[v.line];
    const t = v.text.replace(/\s*\(.*$/, '').trim();
    if (!project || t.length < 3 || t.length > 90 || !/^[\p{Lu}„"]/u.test(t) || /[.!?]$/.test(t)) return;
    if (GENERIC_FIRST_WORD.test(t.split(/\s+/)[0] ?? '')) return;
    if (personLines.has(v.line) || contactLines.has(v.line) || ADDRESS.test(t)) return;
    const start = v.start + v.text.indexOf(t);
    const m = store.add(
      'organisation',
      t.replace(/[„“”"]/g, ''),
      { start, end: start + t.length },
      {},
      localMunicipality(run, v.line),
      'org.field-value',
    );
    store.relate(kind, project, m, v, label, rule);
  }
}

/**
 * A "Jugendamt" column whose cell names only the town ("Stadt Gladbeck"): that town's Jugendamt runs
 * the row's project, which works in that town. False when the cell is no such cell.
 */
function officeOfTownCell(
  run: ExtractionRun,
  f: Field,
  v: FieldValueLine,
  actors: readonly Mention[],
  project: Mention,
  ruleId: string,
): boolean {
  const town = actors.length === 1 ? actors[0] : undefined;
  const label = f.label;
  if (f.layout !== 'column' || !OFFICE_COLUMN.test(label.trim()) || town?.kind !== 'municipality') return false;
  const yo = run.store.add(
    'youth_office',
    'Jugendamt',
    v,
    { domains: ['SGB VIII'] },
    town.name,
    'youth_office.column-town',
  );
  run.store.relate('carried_by', project, yo, v, label, `${ruleId}.office-column`);
  run.store.relate('located_in', project, town, v, label, 'located.office-column-town');
  return true;
}

/** Whether a position of a value lies inside an open parenthesis. */
function inParentheses(text: string, at: number): boolean {
  const before = text.slice(0, Math.max(0, at));
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}
