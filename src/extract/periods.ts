/** Dates and periods in German notation ("01.01.2021 - 31.12.2022", "2021 bis 2024", "bis Ende 2024"). */
import type { Period } from '../model/index.ts';

const MONTHS: Record<string, string> = {
  januar: '01',
  jan: '01',
  februar: '02',
  feb: '02',
  märz: '03',
  maerz: '03',
  mär: '03',
  april: '04',
  apr: '04',
  mai: '05',
  juni: '06',
  jun: '06',
  juli: '07',
  jul: '07',
  august: '08',
  aug: '08',
  september: '09',
  sep: '09',
  sept: '09',
  oktober: '10',
  okt: '10',
  november: '11',
  nov: '11',
  dezember: '12',
  dez: '12',
};

const DATE = String.raw`(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{1,2}\.\s?\d{1,2}\.\s?\d{2}(?!\d)|\d{1,2}\/\d{4}|(?:\d{1,2}\.\s)?(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez)\.?\s\d{4}|(?:19|20)\d{2})`;

/** "01.03.2022" → "2022-03-01"; "März 2022" → "2022-03"; "2021" → "2021". */
export function parseGermanDate(raw: string): string | undefined {
  const t = raw.trim();
  let m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2}|\d{4})$/.exec(t);
  if (m) {
    const y = m[3]!.length === 2 ? `20${m[3]}` : m[3]!;
    const mo = Number(m[2]);
    const d = Number(m[1]);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
    return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  m = /^(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) {
    const mo = Number(m[1]);
    return mo >= 1 && mo <= 12 ? `${m[2]}-${String(mo).padStart(2, '0')}` : undefined;
  }
  m = /^(?:(\d{1,2})\.\s)?([A-Za-zäÄ]+)\.?\s(\d{4})$/.exec(t);
  if (m) {
    const mo = MONTHS[m[2]!.toLowerCase()];
    if (!mo) return undefined;
    return m[1] ? `${m[3]}-${mo}-${String(Number(m[1])).padStart(2, '0')}` : `${m[3]}-${mo}`;
  }
  if (/^(19|20)\d{2}$/.test(t)) return t;
  return undefined;
}

const RANGE = new RegExp(
  String.raw`(?:(?:vom|von|ab)\s)?(${DATE})\s*(?:-|–|—|bis(?:\s(?:zum|Ende))?)\s*(${DATE})`,
  'u',
);
const SINGLE = new RegExp(String.raw`(${DATE})`, 'u');
const UNTIL = new RegExp(String.raw`bis\s(?:(?:Ende|zum|Mitte)\s)?(${DATE})`, 'u');
const SINCE = new RegExp(String.raw`(?:seit|ab)\s(?:(?:Anfang|Beginn|Mitte)\s)?(${DATE})`, 'u');

/** A period from a field value or a heading; undefined if none is recognisable. */
export function parsePeriod(text: string): Period | undefined {
  const r = RANGE.exec(text);
  if (r) {
    const start = parseGermanDate(r[1]!);
    const end = parseGermanDate(r[2]!);
    if (start || end) return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
  }
  const u = UNTIL.exec(text);
  if (u) {
    const end = parseGermanDate(u[1]!);
    if (end) return { end };
  }
  const s = SINCE.exec(text);
  if (s) {
    const start = parseGermanDate(s[1]!);
    if (start) return { start };
  }
  return undefined;
}

/** A single date ("Projektbeginn: 2019", "Datum: 01.01.2019"). */
export function parseSingleDate(text: string): string | undefined {
  const m = SINGLE.exec(text);
  return m ? parseGermanDate(m[1]!) : undefined;
}

/** Headings that open a group of projects with one period: "Förderzeitraum 2021 bis 2024". */
export const PERIOD_HEADING =
  /^\s*(?:Förderzeitraum|Förderphase|Förderperiode|Förderrunde|Förderstaffel|Förderwelle|Staffel|Projektphase|Laufzeit|Projektlaufzeit|Förderjahr(?:e)?)\s*:?\s*(.+)$/u;

const DATE_RE = new RegExp(DATE, 'u');

/** "Projektstart war im Januar 2015", "Seit 2019 öffnet …", "nehmen zum 1. August 2024 ihre Arbeit auf": a start date in prose. */
const START_CUE = new RegExp(
  String.raw`(?:[Ss]eit|[Aa]b|Projektstart|Start|[Ss]tartet(?:e|en)?|gestartet|[Bb]egann|[Bb]egonnen|Beginn|[Ee]röffnet|gegründet|[Ii]ns Leben gerufen|(?:nimmt|nehmen|nahm|nahmen)[^.]{0,40}?(?=zum|im|am))\s(?:(?:war|ist|wurde|haben|hat|hatte|wir|sie|im|am|zum|der|dem|Jahr|Anfang|Beginn|Mitte|Frühjahr|Sommer|Herbst|Winter|Schuljahr)\s){0,3}(${DATE})`,
  'u',
);
/** "im Jahr 2013 gegründet", "Im Herbst 2019 fanden … zusammen und gründeten": the date before the founding verb. */
const START_BEFORE_VERB = new RegExp(
  String.raw`(?:^|[Ii]m\s(?:Jahr|Frühjahr|Sommer|Herbst|Winter)\s|[Ii]m\s|[Aa]nfang\s)(${DATE})(?!\s*(?:-|–|bis))[^.;]{0,120}?(?<![\p{L}])(?:gegründet|gründete[nt]?|gestartet|starteten|eröffnet|eröffneten|ins Leben gerufen|riefen[^.;]{0,60}ins Leben|begonnen|begannen)(?![\p{L}])`,
  'u',
);
/** "bis Ende 2025", "läuft bis zum 31.12.2025", "befristet bis 2026": an end date in prose. */
const END_CUE = new RegExp(String.raw`\bbis\s(?:(?:Ende|zum|Mitte|einschließlich)\s){0,2}(${DATE})`, 'u');

/** Start and end a sentence of prose states, if any. */
export function prosePeriodOf(text: string): Period | undefined {
  const r = RANGE.exec(text);
  if (r) {
    const start = parseGermanDate(r[1]!);
    const end = parseGermanDate(r[2]!);
    if (start && end) return { start, end };
  }
  const s = START_CUE.exec(text) ?? START_BEFORE_VERB.exec(text);
  const e = END_CUE.exec(text);
  const start = s ? parseGermanDate(s[1]!) : undefined;
  const end = e ? parseGermanDate(e[1]!) : undefined;
  if (!start && !end) return undefined;
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

export function hasDate(text: string): boolean {
  return DATE_RE.test(text);
}
