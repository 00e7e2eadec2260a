/**
 * Which genre a page is: every genre scores the page by features of German page types (rules as
 * data: GENRE_FEATURES); the best score wins, ties go to the earlier genre of the table.
 */
import type { DocContext } from '../context.ts';
import { entryHeadingPlace } from '../segments.ts';
import { GENRE_PROFILES } from './profiles.ts';
import type { GenreGuess, GenreId } from './types.ts';

interface PageFeatures {
  text: string;
  head: string;
  separateOrInlineFields: number;
  tableFields: number;
  /** the distinct keys of the page's labelled fields */
  sheetKeys: ReadonlySet<string>;
  /** keys of non-table fields that occur more than once */
  repeatedKeys: ReadonlySet<string>;
  entryHeadings: number;
  /** lines of running text (long, ending in a full stop) */
  proseParagraphs: number;
  /** sentences in the first person plural ("wir begleiten …", "unsere Projekte") */
  weSentences: number;
}

interface GenreFeature {
  id: string;
  genre: GenreId;
  weight: number;
  test: (f: PageFeatures) => boolean;
}

/** Features and their weights; each id names what it recognises. */
export const GENRE_FEATURES: readonly GenreFeature[] = [
  {
    id: 'project-fields',
    genre: 'project-sheet',
    weight: 2,
    test: (f) =>
      f.sheetKeys.has('title') ||
      f.sheetKeys.has('carrier') ||
      f.sheetKeys.has('partners') ||
      f.sheetKeys.has('location'),
  },
  {
    id: 'fields',
    genre: 'project-sheet',
    weight: 3,
    test: (f) => f.sheetKeys.size >= 4 && f.separateOrInlineFields >= f.proseParagraphs,
  },
  { id: 'many-fields', genre: 'project-sheet', weight: 2, test: (f) => f.sheetKeys.size >= 6 },
  { id: 'table-rows', genre: 'table-sheet', weight: 4, test: (f) => f.tableFields >= 3 },
  { id: 'entry-headings', genre: 'programme-overview', weight: 6, test: (f) => f.entryHeadings >= 3 },
  {
    id: 'press-word',
    genre: 'press-release',
    weight: 3,
    test: (f) =>
      /Presse(?:mitteilung|meldung|information|stelle|kontakt|service)|Medieninformation|[>›|/]\s*Presse\s*[>›|/]/.test(
        f.text,
      ),
  },
  {
    id: 'dateline',
    genre: 'press-release',
    weight: 2,
    test: (f) =>
      /(?:^|\n)[\p{Lu}][\p{L}. -]{2,30}(?:\s\([^)]{2,20}\))?,?\s(?:den\s)?\d{1,2}\.\s?(?:\d{1,2}\.|[\p{L}]+)\s?\d{4}\s?[-–.:]/u.test(
        f.text,
      ),
  },
  {
    id: 'byline',
    genre: 'news-article',
    weight: 3,
    test: (f) => /(?:^|\n)\s*(?:Von|Text:)\s[\p{Lu}][\p{L}-]+\s[\p{Lu}][\p{L}-]+\s*(?:\n|$)/u.test(f.text),
  },
  {
    id: 'newspaper-furniture',
    genre: 'news-article',
    weight: 2,
    test: (f) => /Kommentare|Lesen Sie auch|Mehr zum Thema|Artikel teilen|Abo|Zeitung|Lokales/.test(f.text),
  },
  {
    id: 'minutes-words',
    genre: 'minutes',
    weight: 4,
    test: (f) =>
      /Niederschrift|Tagesordnung|Beschlussvorschlag|Beschlussvorlage|Sitzungsvorlage|Mitteilungsvorlage|Drucksache|Ratsinformation/.test(
        f.text,
      ),
  },
  // the parts of a council document: two of them tell a Vorlage from a sheet with a table
  {
    id: 'council-parts',
    genre: 'minutes',
    weight: 3,
    test: (f) =>
      new Set(
        f.text.match(
          /Beratungsfolge|Sachdarstellung|Begründung|Abstimmungsergebnis|Finanzielle Auswirkungen|Beschlussvorschlag|Tagesordnung|Anwesend|Sitzungsverlauf/gu,
        ) ?? [],
      ).size >= 2,
  },
  {
    id: 'top-numbers',
    genre: 'minutes',
    weight: 2,
    test: (f) => /(?:^|\n)\s*(?:TOP|Tagesordnungspunkt)\s?\d/.test(f.text),
  },
  { id: 'we-voice', genre: 'carrier-page', weight: 2, test: (f) => f.weSentences >= 2 },
  // "Jahresbericht 2025" above an organisation's name, "wir" in the text: the carrier's own report on its projects
  {
    id: 'own-report',
    genre: 'carrier-page',
    weight: 2,
    test: (f) => f.weSentences >= 2 && /(?:Jahres|Tätigkeits|Sach)bericht/u.test(f.head.slice(0, 300)),
  },
  // several projects under headings, each with its own "Laufzeit"/"Ansprechpartnerin", but no "Projekttitel" fields
  {
    id: 'repeated-fields',
    genre: 'carrier-page',
    weight: 3,
    test: (f) => f.repeatedKeys.has('period') || (f.repeatedKeys.has('contact') && !f.repeatedKeys.has('title')),
  },
  {
    id: 'carrier-words',
    genre: 'carrier-page',
    weight: 3,
    test: (f) =>
      /Unsere (?:Projekte|Angebote)|Spende|Spendenkonto|Über uns|Wir über uns|Unser Leitbild|Mitglied werden/.test(
        f.text,
      ),
  },
  {
    id: 'portal-words',
    genre: 'portal-profile',
    weight: 3,
    test: (f) =>
      /Programmkommune|Kommunenprofil|Kommunensteckbrief|Profil der Kommune|Steckbrief der Kommune|Projektdatenbank|Projektprofil|Praxisdatenbank|Good-Practice/.test(
        f.head,
      ),
  },
  {
    id: 'magazine-words',
    genre: 'magazine-article',
    weight: 3,
    test: (f) => /Ausgabe|Autor(?:in)?:|Interview|Jahresbericht|Fachbeitrag|Magazin|Praxisbeispiel/.test(f.text),
  },
];

export function pageFeatures(ctx: DocContext): PageFeatures {
  let separateOrInlineFields = 0;
  let tableFields = 0;
  const sheetKeys = new Set<string>();
  const repeatedKeys = new Set<string>();
  const projectColumns = ctx.fields.some((f) => f.layout === 'column' && f.key === 'title');
  for (const f of ctx.fields) {
    // a table of dates or places is no project sheet; a table with a project column is a table sheet
    if (f.layout === 'column') {
      if (projectColumns) tableFields++;
      continue;
    }
    if (sheetKeys.has(f.key) && f.layout !== 'table') repeatedKeys.add(f.key);
    sheetKeys.add(f.key);
    if (f.layout === 'table') tableFields++;
    else separateOrInlineFields++;
  }
  let entryHeadings = 0;
  for (const l of ctx.live) if (entryHeadingPlace(l.text, ctx.places)) entryHeadings++;
  const text = ctx.text;
  const proseParagraphs = ctx.live.filter((l) => l.text.trim().length > 160 && /[.!?“"]$/.test(l.text.trim())).length;
  // two first-person-plural words are enough to tell
  let weSentences = 0;
  for (const _ of text.matchAll(/(?<![\p{L}])(?:[Ww]ir|[Uu]nser(?:e|em|en|er)?)(?![\p{L}])/gu))
    if (++weSentences >= 2) break;
  return {
    text: text.length > 20000 ? text.slice(0, 20000) : text,
    head: text.slice(0, 1500),
    separateOrInlineFields,
    tableFields,
    sheetKeys,
    repeatedKeys,
    entryHeadings,
    proseParagraphs,
    weSentences,
  };
}

const ORDER = Object.keys(GENRE_PROFILES) as GenreId[];

export function detectGenre(ctx: DocContext): GenreGuess {
  const f = pageFeatures(ctx);
  const scores = new Map<GenreId, number>(ORDER.map((g) => [g, 0]));
  const hits = new Map<GenreId, string[]>();
  const features = new Set<string>();
  for (const feature of GENRE_FEATURES) {
    if (!feature.test(f)) continue;
    features.add(feature.id);
    scores.set(feature.genre, scores.get(feature.genre)! + feature.weight);
    (hits.get(feature.genre) ?? hits.set(feature.genre, []).get(feature.genre)!).push(feature.id);
  }
  const ranked = ORDER.map((id) => ({ id, score: scores.get(id)! })).sort(
    (a, b) => b.score - a.score || ORDER.indexOf(a.id) - ORDER.indexOf(b.id),
  );
  const best = ranked[0]!;
  // a page with no feature at all reads as prose about a project: a press release is the closest
  const id: GenreId = best.score > 0 ? best.id : 'press-release';
  return {
    profile: GENRE_PROFILES[id],
    scores: ranked,
    reason: best.score > 0 ? (hits.get(id) ?? []).join(', ') : 'keine Merkmale',
    features,
  };
}
