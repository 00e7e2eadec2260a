/**
 * NRW and federal ministries by full name, abbreviation and publisher mark. Ministries are renamed
 * with each government (MAIS → MAGS; MFKJKS → MKFFI → MKJFGFI), so every name maps to one canonical
 * body per period (GLOSSARY.md §2). Public reference data, not names from any input page.
 */
import { fold, memoize } from '../util/index.ts';
import type { Span } from '../model/index.ts';

export interface PublicBody {
  canonical: string;
  abbreviations: string[];
  /** The "für …" part of the full name, folded, as it identifies the ministry. */
  portfolio: string;
  /** Publisher marks printed as logo lines ("Arbeit.Gesundheit.Soziales."). */
  marks: string[];
  /** Short names the press uses for the current holder of a portfolio ("Familienministerium"); folded. */
  shortNames?: string[];
}

export const MINISTRIES: readonly PublicBody[] = [
  {
    canonical: 'Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen',
    abbreviations: ['MAGS'],
    portfolio: 'arbeit, gesundheit und soziales',
    marks: ['Arbeit.Gesundheit.Soziales.'],
    shortNames: [
      'arbeitsministerium',
      'sozialministerium',
      'gesundheitsministerium',
      'arbeits- und sozialministerium',
      'sozial- und arbeitsministerium',
    ],
  },
  {
    canonical: 'Ministerium für Arbeit, Integration und Soziales des Landes Nordrhein-Westfalen',
    abbreviations: ['MAIS'],
    portfolio: 'arbeit, integration und soziales',
    marks: [],
  },
  {
    canonical:
      'Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration des Landes Nordrhein-Westfalen',
    abbreviations: ['MKJFGFI'],
    portfolio: 'kinder, jugend, familie, gleichstellung, flucht und integration',
    marks: [],
    shortNames: ['familienministerium', 'jugendministerium', 'kinderministerium'],
  },
  {
    canonical: 'Ministerium für Kinder, Familie, Flüchtlinge und Integration des Landes Nordrhein-Westfalen',
    abbreviations: ['MKFFI'],
    portfolio: 'kinder, familie, fluechtlinge und integration',
    marks: [],
  },
  {
    canonical: 'Ministerium für Familie, Kinder, Jugend, Kultur und Sport des Landes Nordrhein-Westfalen',
    abbreviations: ['MFKJKS'],
    portfolio: 'familie, kinder, jugend, kultur und sport',
    marks: [],
  },
  {
    canonical: 'Ministerium für Schule und Bildung des Landes Nordrhein-Westfalen',
    abbreviations: ['MSB'],
    portfolio: 'schule und bildung',
    marks: [],
    shortNames: ['schulministerium'],
  },
  {
    canonical: 'Ministerium für Heimat, Kommunales, Bau und Digitalisierung des Landes Nordrhein-Westfalen',
    abbreviations: ['MHKBD'],
    portfolio: 'heimat, kommunales, bau und digitalisierung',
    marks: [],
  },
  {
    canonical: 'Ministerium für Heimat, Kommunales, Bau und Gleichstellung des Landes Nordrhein-Westfalen',
    abbreviations: ['MHKBG'],
    portfolio: 'heimat, kommunales, bau und gleichstellung',
    marks: [],
  },
  {
    canonical: 'Bundesministerium für Familie, Senioren, Frauen und Jugend',
    abbreviations: ['BMFSFJ'],
    portfolio: 'familie, senioren, frauen und jugend',
    marks: [],
    shortNames: ['bundesfamilienministerium'],
  },
  {
    canonical: 'Bundesministerium für Arbeit und Soziales',
    abbreviations: ['BMAS'],
    portfolio: 'arbeit und soziales',
    marks: [],
    shortNames: ['bundesarbeitsministerium', 'bundessozialministerium'],
  },
  {
    canonical: 'Bundesministerium für Bildung und Forschung',
    abbreviations: ['BMBF'],
    portfolio: 'bildung und forschung',
    marks: [],
    shortNames: ['bundesbildungsministerium'],
  },
];

const ministryOf = memoize((name: string): PublicBody | null => findMinistry(name) ?? null);

/** The canonical ministry a name refers to (full name in any inflection, abbreviation or mark); remembered per name. */
export function canonicalMinistry(name: string): PublicBody | undefined {
  return ministryOf(name) ?? undefined;
}

function findMinistry(name: string): PublicBody | undefined {
  const f = fold(name)
    .replace(/\s+(nrw|nordrhein-westfalen)$/, '')
    .replace(/\s+des landes( nordrhein-westfalen| nrw)?$/, '');
  for (const b of MINISTRIES) {
    if (b.abbreviations.some((a) => f === a.toLowerCase() || f === `${a.toLowerCase()} nrw`)) return b;
    if (b.marks.some((m) => fold(m) === f)) return b;
    if (b.shortNames?.includes(f.replace(/^nrw-/, '').replace(/s$/, ''))) return b;
    const m = /ministeriums? fuer (.+)$/.exec(f);
    if (m && m[1]!.replace(/\s+/g, ' ') === b.portfolio && f.startsWith('bundes') === b.canonical.startsWith('Bundes'))
      return b;
  }
  return undefined;
}

export interface BodyHit extends Span {
  body: PublicBody;
}

/** One pattern per abbreviation, built once. */
const ABBREVIATION_PATTERNS = MINISTRIES.map((b) => ({
  body: b,
  patterns: b.abbreviations.map((a) => ({ a, re: new RegExp(`(?<![\\p{L}-])${a}(?: NRW)?(?![\\p{L}-])`, 'gu') })),
}));

/** Every abbreviation so far holds an "M" and a capital ("MAGS", "BMFSFJ"): a line without one names none of them (checked once). */
const ABBREVIATION_CORE = /M[A-Z]/;
const CORE_GATES_ABBREVIATIONS = MINISTRIES.every((b) => b.abbreviations.every((a) => ABBREVIATION_CORE.test(a)));

/** Short names with an optional "NRW-" and the genitive: "des NRW-Familienministeriums". */
const capitalised = (n: string) =>
  n
    .split(' und ')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' und ');
const SHORT_NAME_PATTERNS = MINISTRIES.flatMap((b) => (b.shortNames ?? []).map((n) => ({ body: b, n })))
  .sort((x, y) => y.n.length - x.n.length)
  .map(({ body, n }) => ({ body, re: new RegExp(`(?<![\\p{L}-])(?:NRW-)?${capitalised(n)}s?(?![\\p{L}-])`, 'gu') }));

/** Abbreviations ("MAGS NRW"), publisher marks and short names ("Familienministerium") in a line. */
export function findMinistryAbbreviations(text: string, offset = 0): BodyHit[] {
  const out: BodyHit[] = [];
  const mayHoldAbbreviation = !CORE_GATES_ABBREVIATIONS || ABBREVIATION_CORE.test(text);
  for (const { body: b, patterns } of ABBREVIATION_PATTERNS) {
    for (const { a, re } of patterns) {
      // most lines name no ministry: a plain substring test first
      if (!mayHoldAbbreviation || !text.includes(a)) continue;
      for (const m of text.matchAll(re))
        out.push({ start: offset + m.index, end: offset + m.index + m[0].length, body: b });
    }
    for (const mark of b.marks) {
      const i = text.indexOf(mark);
      if (i >= 0) out.push({ start: offset + i, end: offset + i + mark.length, body: b });
    }
  }
  if (text.includes('ministerium')) {
    for (const { body, re } of SHORT_NAME_PATTERNS) {
      for (const m of text.matchAll(re)) {
        const hit = { start: offset + m.index, end: offset + m.index + m[0].length, body };
        // "Arbeits- und Sozialministerium" holds "Sozialministerium": the longer name only
        if (!out.some((o) => o.start < hit.end && hit.start < o.end)) out.push(hit);
      }
    }
  }
  return out;
}
