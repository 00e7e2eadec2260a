/**
 * Funding programmes: the NRW programmes of this field by name (public reference list, see
 * GLOSSARY.md §3), and any programme a page introduces with a cue ("Förderprogramm „…“",
 * "im Rahmen des Landesprogramms …").
 */
import type { Span } from '../model/index.ts';

export interface ProgramMention extends Span {
  name: string;
  /** true when a cue ("im Rahmen des Programms") ties the page to it */
  cued: boolean;
  rule: 'program.quoted-cue' | 'program.im-rahmen' | 'program.known' | 'program.compound' | 'program.directive';
}

interface KnownProgram {
  name: string;
  pattern: RegExp;
  /** what every match contains: lines without it skip the pattern */
  needs: string | RegExp;
}

/** Programmes against child poverty and for family support in NRW (Land, LWL/LVR, federal). */
const KNOWN: KnownProgram[] = [
  {
    name: 'Zusammen im Quartier – Kinder stärken – Zukunft sichern',
    pattern: /Zusammen im Quartier(?:\s*[–:—-]\s*Kinder stärken(?:\s*[–—-]\s*Zukunft sichern)?)?/gu,
    needs: 'Zusammen im Quartier',
  },
  {
    name: 'kinderstark – NRW schafft Chancen',
    pattern: /kinderstark(?:\.nrw)?(?:\s*[–—-]\s*NRW schafft Chancen)?/giu,
    needs: /kinderstark/iu,
  },
  {
    name: 'Kein Kind zurücklassen!',
    pattern: /Kein Kind zurücklassen!?(?:\s*[–—-]?\s*Kommunen in NRW beugen vor)?/gu,
    needs: 'Kein Kind zurücklassen',
  },
  {
    name: 'Kommunale Präventionsketten',
    pattern: /(?<![\p{L}])Kommunale Präventionsketten(?: NRW)?/gu,
    needs: 'Kommunale Präventionsketten',
  },
  {
    name: 'Gelingendes Aufwachsen – Netzwerke für Kinder',
    pattern: /Gelingendes Aufwachsen\s*[–—-]\s*Netzwerke für Kinder/gu,
    needs: 'Gelingendes Aufwachsen',
  },
  {
    name: 'Teilhabe ermöglichen – Kommunale Netzwerke gegen Kinderarmut',
    pattern: /Teilhabe ermöglichen\s*[–—-]\s*Kommunale Netzwerke gegen Kinderarmut/gu,
    needs: 'Teilhabe ermöglichen',
  },
  {
    name: 'Soziale Stadt',
    pattern: /(?<![\p{L}])(?:Programms? )?Soziale Stadt(?: NRW)?(?![\p{L}])/gu,
    needs: 'Soziale Stadt',
  },
  {
    name: 'Sozialer Zusammenhalt',
    pattern: /(?<![\p{L}])Sozialer Zusammenhalt(?![\p{L}])/gu,
    needs: 'Sozialer Zusammenhalt',
  },
  {
    name: 'Starke Quartiere – starke Menschen',
    pattern: /Starke Quartiere\s*[–—-]\s*starke Menschen/giu,
    needs: /Starke Quartiere/iu,
  },
  {
    name: 'Familiengrundschulzentren NRW',
    pattern: /(?:Initiative |Landesprogramm )Familiengrundschulzentren(?: NRW)?/gu,
    needs: 'Familiengrundschulzentren',
  },
  { name: 'Bundesprogramm Sprach-Kitas', pattern: /Sprach-Kitas/gu, needs: 'Sprach-Kitas' },
  { name: 'Aufholen nach Corona', pattern: /Aufholen nach Corona/gu, needs: 'Aufholen nach Corona' },
  // the Land's system for the transition from school to work (Landesinitiative since 2012)
  {
    name: 'Kein Abschluss ohne Anschluss',
    pattern:
      /Kein Abschluss ohne Anschluss(?:\s*[–—-]\s*Übergang Schule[ –-]+Beruf(?: in NRW)?)?|(?<![\p{L}])KAoA(?![\p{L}])/gu,
    needs: /Kein Abschluss ohne Anschluss|KAoA/u,
  },
];

const CUED =
  /(?:(?:Förder|Landes|Bundes|Modell|Sonder|Aktions)?[Pp]rogramm(?:s|es)?|Modellvorhaben(?:s)?|Landesinitiative|Initiative)\s+[„"»]([^“”"«\n]{3,100})[“”"«]/gu;
const RAHMEN =
  /im Rahmen (?:des|der) (?:Förder|Landes|Bundes|Modell)?(?:[Pp]rogramms?|Modellvorhabens|Initiative|Landesinitiative)\s+[„"»]?([\p{Lu}][^“”"«\n.,;]{2,80})/gu;

/** "im Rahmen des Startchancen-Programms", "das ESF-Programm": a programme named by a compound with "-Programm". */
const COMPOUND_PROGRAMME = /(?<![\p{L}-])((?:[\p{Lu}][\p{L}]+-)+Programm)(?:s|es)?(?![\p{L}])/gu;

/** "die Richtlinie über die Förderung von Familiengrundschulzentren": a funding directive, named by what it funds. */
const DIRECTIVE =
  /(?<![\p{L}])((?:Förder)?[Rr]ichtlinie (?:über die|zur) Förderung (?:von|der|des) (?:[\p{Ll}]+ )?[\p{Lu}][\p{L}-]+(?:(?: und| für| in| im| von| der| des)? [\p{Lu}][\p{L}-]+){0,4})/gu;
/** the page ties itself to the directive: the funding goes "über" or "nach" it */
const DIRECTIVE_CUE = /(?:über die|nach der|gemäß der|auf (?:der )?Grundlage der|im Rahmen der)\s+$/u;

function mayMatch(k: KnownProgram, text: string): boolean {
  return typeof k.needs === 'string' ? text.includes(k.needs) : k.needs.test(text);
}

export function canonicalProgramName(raw: string): string {
  const t = raw.trim();
  for (const k of KNOWN) {
    k.pattern.lastIndex = 0;
    if (k.pattern.test(t)) {
      k.pattern.lastIndex = 0;
      return k.name;
    }
  }
  return t.replace(/\s+/g, ' ').replace(/\s*[–—-]\s*/g, ' – ');
}

/** Adds m, or marks the programme it overlaps as cued when m is (a module function: findPrograms runs per line). */
function addProgram(out: ProgramMention[], m: ProgramMention): void {
  const same = out.find((o) => m.start < o.end && o.start < m.end);
  if (same) {
    same.cued ||= m.cued;
    return;
  }
  out.push(m);
}

export function findPrograms(text: string, offset = 0): ProgramMention[] {
  const out: ProgramMention[] = [];
  for (const m of /[„"»]/.test(text) ? text.matchAll(CUED) : []) {
    const inner = m[1]!;
    const s = offset + m.index + m[0].lastIndexOf(inner);
    addProgram(out, {
      start: s,
      end: s + inner.length,
      name: canonicalProgramName(inner),
      cued: true,
      rule: 'program.quoted-cue',
    });
  }
  for (const m of text.includes('ichtlinie') ? text.matchAll(DIRECTIVE) : []) {
    const s = offset + m.index;
    addProgram(out, {
      start: s,
      end: s + m[1]!.length,
      name: m[1]!.replace(/^Förderrichtlinie/u, 'Richtlinie'),
      cued: DIRECTIVE_CUE.test(text.slice(Math.max(0, m.index - 30), m.index)),
      rule: 'program.directive',
    });
  }
  for (const m of text.includes('im Rahmen ') ? text.matchAll(RAHMEN) : []) {
    const inner = m[1]!.trim();
    const known = canonicalProgramName(inner);
    const s = offset + m.index + m[0].indexOf(inner);
    addProgram(out, { start: s, end: s + inner.length, name: known, cued: true, rule: 'program.im-rahmen' });
  }
  for (const m of text.includes('-Programm') ? text.matchAll(COMPOUND_PROGRAMME) : []) {
    // "ESF-Plus-Programm „X“" names X (found above); a compound alone names itself
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (/^\s*[„"»]/.test(after)) continue;
    addProgram(out, {
      start: offset + m.index,
      end: offset + m.index + m[1]!.length,
      name: m[1]!,
      cued: /im Rahmen (?:des|der)\s+$/.test(text.slice(Math.max(0, m.index - 20), m.index)),
      rule: 'program.compound',
    });
  }
  for (const k of KNOWN) {
    if (!mayMatch(k, text)) continue;
    for (const m of text.matchAll(k.pattern))
      addProgram(out, {
        start: offset + m.index,
        end: offset + m.index + m[0].length,
        name: k.name,
        cued: false,
        rule: 'program.known',
      });
  }
  return out.sort((a, b) => a.start - b.start);
}
