/**
 * Organisation mentions in a line of text: a head noun from the vocabulary (Jugendamt, Caritasverband,
 * Grundschule, Fachbereich, Ministerium für …), extended to the name the text gives, plus any capitalised
 * run that ends in a legal form (e.V., gGmbH …). A genitive place ("der Stadt Hagen", "des Kreises
 * Lippe") or a place inside the name ("Jobcenter Kreis Unna") gives the municipality.
 */
import type { LegalDomain, NodeKind, PlaceLookup, PlaceRef } from '../../model/index.ts';
import { foldMemo as fold } from '../../util/index.ts';
import { isCapitalised, tokenize, type Token } from '../tokens.ts';
import type { HeadClass } from './org-vocabulary.ts';
import { headFinder, type Head } from './org-heads.ts';
import { FUNCTION_WORDS, foldedToken, isAdjectiveLike } from './org-words.ts';
import type { Extent, HeadContext } from './extend/context.ts';
import { mentionOf } from './extend/mention.ts';
import { EXTENT_STEPS } from './extend/steps.ts';
import { LEGAL_FORM } from '../../vocabulary/index.ts';

export interface OrgMention {
  start: number;
  end: number;
  name: string;
  kind: NodeKind;
  cls: HeadClass;
  domains: LegalDomain[];
  /** Municipality the text ties the organisation to (genitive or inside the name). */
  place?: PlaceRef;
  /** How it was found: a head noun, a legal-form run, a quoted unit list, a ministry abbreviation. */
  rule: string;
}

/** Find organisation mentions in `text` (a line or a field value); offsets are shifted by `offset`. */
export function findOrganisations(text: string, offset: number, places: PlaceLookup): OrgMention[] {
  const tokens = tokenize(text, offset);
  const headOf = headFinder(tokens);
  const found: OrgMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const head = headOf(i);
    if (!head) {
      i++;
      continue;
    }
    const m = extend(text, offset, tokens, headOf, i, head, places);
    if (m) {
      found.push(...m.mentions);
      i = Math.max(m.nextToken, i + 1);
    } else i = head.end;
  }
  found.push(...legalFormRuns(text, offset, tokens, found));
  found.push(...pluralUnits(text, offset, found));
  return joinBranches(text, offset, dedupe(found));
}

/** The head at token hs grown to its name (EXTENT_STEPS in order), or undefined when it names no organisation. */
function extend(
  text: string,
  offset: number,
  tokens: readonly Token[],
  headOf: (i: number) => Head | undefined,
  hs: number,
  head: Head,
  places: PlaceLookup,
): { mentions: OrgMention[]; nextToken: number } | undefined {
  const c: HeadContext = {
    text,
    offset,
    tokens,
    headOf,
    hs,
    head,
    info: head.info,
    // the head word folded once: the steps ask for it several times
    headWord: foldedToken(tokens[hs]!),
    headFold: fold(
      tokens
        .slice(hs, head.end)
        .map((t) => t.text)
        .join(' '),
    ),
  };
  let e: Extent | undefined = { start: hs, pos: head.end, named: false, end: -1 };
  for (let s = 0; s < EXTENT_STEPS.length && e; s++) e = EXTENT_STEPS[s]!.run(c, e);
  return e && mentionOf(c, e, places);
}

// the lookahead on the first letters lets the engine skip to candidate positions before the lookbehind runs
const LEGAL_FORM_ANYWHERE = new RegExp(String.raw`(?=[egmGA])(?<![\p{L}])(${LEGAL_FORM})(?![\p{L}])`, 'gu');

/** Capitalised runs that end in a legal form and were not found through a head. */
function legalFormRuns(
  text: string,
  offset: number,
  tokens: readonly Token[],
  found: readonly OrgMention[],
): OrgMention[] {
  const out: OrgMention[] = [];
  // one pattern for every line (its state is reset here): a copy per line cost a new RegExp each time
  const re = LEGAL_FORM_ANYWHERE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const absStart = offset + m.index;
    if (found.some((f) => absStart >= f.start && absStart < f.end)) continue;
    let k = tokens.findIndex((t) => t.start >= absStart) - 1;
    let took = 0;
    let firstTok = -1;
    while (k >= 0) {
      const t = tokens[k]!;
      const f = foldedToken(t);
      if (t.word && isCapitalised(t.text) && !FUNCTION_WORDS.has(f)) {
        firstTok = k;
        took++;
        k--;
        continue;
      }
      if (t.word && (f === 'fuer' || f === 'und' || isAdjectiveLike(t.text)) && took > 0) {
        k--;
        continue;
      }
      if ((t.text === '&' || t.text === '-') && took > 0) {
        k--;
        continue;
      }
      break;
    }
    if (took === 0 || firstTok < 0) continue;
    // a run must not start with a connector
    while (firstTok < tokens.length && !isCapitalised(tokens[firstTok]!.text)) firstTok++;
    const s = tokens[firstTok]!.start;
    const e = absStart + m[0].length;
    const name = text
      .slice(s - offset, e - offset)
      .replace(/\s+/g, ' ')
      .trim();
    // a cooperative or a plain company (housing, business) is no welfare carrier
    const commercial =
      (/^(?:GmbH|mbH|AöR)$/u.test(m[1]!) || (m[1] === 'eG' && /Wohn|Bau|Bank|Energie|Siedlung/u.test(name))) &&
      !/[Gg]emeinnützig/u.test(name);
    out.push({
      start: s,
      end: e,
      name,
      kind: commercial ? 'organisation' : 'carrier',
      cls: 'brand',
      domains: [],
      rule: 'org.legal-form',
    });
  }
  return out;
}

const BRANCH =
  /^(?:Kreisverband|Ortsverband|Stadtverband|Bezirksverband|Landesverband|Regionalverband|Ortsverein|Kreisgruppe|Ortsgruppe|Unterbezirk)\b/u;

/** "Arbeiterwohlfahrt Kreisverband Hellweg-Lippe e.V.", "Kinderschutzbund Ortsverband Dülmen e.V.": a brand and its local branch are one name. */
function joinBranches(text: string, offset: number, ms: OrgMention[]): OrgMention[] {
  const out: OrgMention[] = [];
  for (const m of ms) {
    const last = out[out.length - 1];
    if (
      last &&
      last.cls === 'brand' &&
      BRANCH.test(m.name) &&
      /^\s+$/.test(text.slice(last.end - offset, m.start - offset))
    ) {
      out[out.length - 1] = {
        ...last,
        end: m.end,
        name: `${last.name} ${m.name}`,
        kind: 'carrier',
        ...(m.place ? { place: m.place } : {}),
      };
      continue;
    }
    out.push(m);
  }
  return out;
}

function dedupe(ms: OrgMention[]): OrgMention[] {
  const sorted = [...ms].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: OrgMention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

/** "der Dezernate „Bildung und Soziales“ und „Bau, Planung und Umwelt“": one unit per quoted name. */
function pluralUnits(text: string, offset: number, found: readonly OrgMention[]): OrgMention[] {
  const out: OrgMention[] = [];
  // every plural unit has a quoted name: most lines have no quote at all
  if (!/[„"»]/u.test(text)) return out;
  const re =
    /(?=[DFARÄ])(?<![\p{L}])(Dezernat|Fachbereich|Abteilung|Referat|Fachdienst|Ämter|Amt)(?:e|en|er)?\s+[„"»]([^“”"«]{2,60})[“”"«](?:\s*(?:und|,|sowie)\s*[„"»]([^“”"«]{2,60})[“”"«])*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const unit = m[1] === 'Ämter' ? 'Amt' : m[1]!;
    const quoted = /[„"»]([^“”"«]{2,60})[“”"«]/gu;
    let q: RegExpExecArray | null;
    const block = m[0];
    while ((q = quoted.exec(block)) !== null) {
      const s = offset + m.index + q.index;
      if (found.some((f) => s >= f.start && s < f.end && f.name.startsWith(unit + ' ' + q![1]))) continue;
      const name = `${unit} ${q[1]!.trim()}`;
      const jugend = /jugend/i.test(q[1]!);
      out.push({
        start: s,
        end: s + q[0].length,
        name,
        kind: jugend ? 'youth_office' : 'organisation',
        cls: 'unit',
        domains: /schul|bildung/i.test(q[1]!) ? ['Schule'] : [],
        rule: 'org.plural-unit',
      });
    }
  }
  return out;
}
