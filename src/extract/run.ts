/**
 * The state one extraction builds up, pass by pass: the document context, the store of mentions and
 * relations, the genre profile, what the recognisers found per line, the page's blocks and projects.
 */
import type { ContactHit } from './actors/contacts.ts';
import type { OrgMention } from './actors/organisations.ts';
import type { PersonMention } from './actors/persons.ts';
import type { DocContext } from './context.ts';
import type { DistrictMention } from './districts.ts';
import type { GenreProfile } from './genres/types.ts';
import type { MentionStore } from './mention-store.ts';
import type { Mention, Period, PlaceRef, Span } from '../model/index.ts';
import type { ProgramMention } from './programs.ts';
import { byLine } from './span-index.ts';

export type OnLine<T> = T & { line: number };

export interface PlaceHit extends Span {
  place: PlaceRef;
  line: number;
  cue?: string;
}

/** Raw recogniser hits, in text order per kind. */
export interface Found {
  contacts: Array<{ type: 'email' | 'phone' | 'website'; hit: ContactHit; line: number }>;
  programs: Array<OnLine<ProgramMention>>;
  orgs: Array<OnLine<OrgMention>>;
  persons: Array<OnLine<PersonMention>>;
  districts: Array<OnLine<DistrictMention>>;
  places: PlaceHit[];
}

/** A stretch of lines about one project: the whole page, or one entry of an overview. */
export interface Block {
  from: number;
  to: number;
  place?: PlaceRef;
  placeSpan?: Span;
  kreis?: PlaceRef;
  kreisSpan?: Span;
  period?: Period;
  heading?: Span & { text: string };
  isEntry: boolean;
  /** the page around a table of projects: it owns only the lines outside the table's rows, and names its project or has none */
  around?: boolean;
}

/** A project named in running text (passes/prose-projects.ts). */
export interface ProseProject extends Span {
  /** the name as written (also the text every repeat matches) */
  name: string;
  /** the label when it differs from the name ("Präventionsnetzwerk „X“") */
  label?: string;
  line: number;
  rule: string;
  /** the page calls its project by the programme's name */
  programmeNamed?: boolean;
}

export interface WithHit<T> {
  m: Mention;
  hit: T;
}

export interface ExtractionRun {
  ctx: DocContext;
  store: MentionStore;
  genre: GenreProfile;
  /** the genre features the page showed (genres/detect.ts), also of genres that did not win */
  genreFeatures: ReadonlySet<string>;
  found: Found;
  blocks: Block[];
  /** per line, the block covering it */
  blockOfLine: Array<Block | undefined>;
  places: Array<{ m: Mention; line: number }>;
  /** the block's town or Kreis paying from its own budget without its name ("aus städtischen Mitteln") */
  municipalMeans: Mention[];
  /** place mentions by gazetteer id and start, so that a span names a place once */
  placeMentionAt: Map<string, Mention>;
  orgs: Array<WithHit<OnLine<OrgMention>>>;
  programs: Array<WithHit<OnLine<ProgramMention>>>;
  districts: Array<WithHit<OnLine<DistrictMention>>>;
  persons: Array<WithHit<OnLine<PersonMention>>>;
  /** projects named in running text, with every repeat of their names, in text order */
  proseProjects: ProseProject[];
  /** the page names two or more towns in running text (local actors take the town named near them) */
  multiTown: boolean;
  /** the programmes the whole page belongs to */
  primaryPrograms: Mention[];
  projects: Array<{ m: Mention; block: Block }>;
  /** the projects of a numbered table's rows, by number ("Nr. 3 und 5 erhalten …") */
  rowProjects: Map<number, Mention>;
  /** per line, the project of the block covering it (on prose pages: the project named last) */
  projectOfLine: Array<Mention | undefined>;
  /** a page without a project: the cooperation body it is about (passes/hub.ts) */
  hub?: Mention;
  /** the hub is the organisation the page is by (a Jobcenter's report): its ties are cooperations, not partnerships */
  hubIsOwner?: boolean;
  /** prose pages with several projects: the stretch of text about each */
  projectRegions: Array<{ project: Mention; start: number; end: number }>;
}

/** Per line, the first item whose line range [from, to) covers it (items in priority order). */
export function firstCovering<T>(
  items: readonly T[],
  rangeOf: (x: T) => { from: number; to: number },
  lineCount: number,
): Array<T | undefined> {
  const out = new Array<T | undefined>(lineCount);
  for (const x of items) {
    const { from, to } = rangeOf(x);
    for (let l = Math.max(0, from); l < Math.min(to, lineCount); l++) if (out[l] === undefined) out[l] = x;
  }
  return out;
}

/**
 * The municipality a local actor at `pos` belongs to. On a page about several towns: the town named
 * last before it in the same paragraph, else the first named after it in the same sentence; on any
 * page, failing that, its block's place.
 */
export function localMunicipality(
  run: ExtractionRun,
  line: number,
  pos?: number,
  townsOnly = false,
  end?: number,
): string | undefined {
  const fallback = run.blockOfLine[line]?.place?.name;
  if (pos === undefined || !run.multiTown) return fallback;
  let before: PlaceHit | undefined;
  let after: PlaceHit | undefined;
  const sentence = run.ctx.sentenceAt(pos);
  for (const p of placesOnLine(run.found.places, line)) {
    if (townsOnly && p.place.level !== 'gemeinde') continue;
    // "am Kölner Stadtrand": an adjective of a town places nothing in it (but "in den Wuppertaler Stadtteilen X und Y")
    if (
      /er$/u.test(run.ctx.text.slice(p.start, p.end)) &&
      !/er$/u.test(p.place.name) &&
      !/^\s+(?:Stadtteil|Ortsteil|Quartier|Stadtbezirk|Bezirk|Viertel)/u.test(run.ctx.text.slice(p.end, p.end + 14))
    )
      continue;
    // "das Familienzentrum X in Halle": the town right after the name
    if (
      end !== undefined &&
      p.start >= end &&
      /^\s+(?:in|im)\s+(?:der\s+Stadt\s+|der\s+Gemeinde\s+)?$/u.test(run.ctx.text.slice(end, p.start))
    )
      return p.place.name;
    if (p.end <= pos) before = p;
    else if (!after && p.start >= pos && sentence && p.end <= sentence.end) after = p;
  }
  return (before ?? after)?.place.name ?? fallback;
}

/**
 * The place hits of a line, in list order, from an index made once per list of hits (a scan of all the
 * page's places per actor grew with actors × places on long pages). The passes replace the list or
 * push to it (which changes its length) rather than change its hits, so a list of the same length is
 * the one indexed.
 */
const placeIndex = new WeakMap<readonly PlaceHit[], { length: number; byLine: Map<number, PlaceHit[]> }>();
const NO_PLACES: readonly PlaceHit[] = [];

function placesOnLine(places: readonly PlaceHit[], line: number): readonly PlaceHit[] {
  let index = placeIndex.get(places);
  if (!index || index.length !== places.length) {
    index = { length: places.length, byLine: byLine(places, (p) => p.line) };
    placeIndex.set(places, index);
  }
  return index.byLine.get(line) ?? NO_PLACES;
}

/** The mention of a place at a span (one per place and start). */
export function placeMention(run: ExtractionRun, place: PlaceRef, span: Span, rule: string): Mention {
  const key = `${place.id}@${span.start}`;
  let m = run.placeMentionAt.get(key);
  if (!m) {
    m = run.store.add(
      'municipality',
      place.name,
      span,
      { placeId: place.id, placeType: place.level },
      place.level === 'gemeinde' ? place.kreis : undefined,
      rule,
    );
    run.placeMentionAt.set(key, m);
  }
  return m;
}

/** "im Hammer Stadtteil Herringen", "Recklinghausen-Hochlarmark": the town a district's own words name. */
export function townNamedWith(run: ExtractionRun, d: Span): PlaceRef | undefined {
  const before = run.ctx.text.slice(Math.max(0, d.start - 60), d.start);
  const compound = /(?:^|[\s(„"])([\p{Lu}][\p{L}]+(?:-[\p{Lu}][\p{L}]+)?)-$/u.exec(before);
  if (compound) return townOf(run, compound[1]!);
  const adjective =
    /(?:^|[\s(„"])([\p{Lu}][\p{L}-]+?)(aner|er)\s+(?:Stadtteil|Ortsteil|Stadtbezirk|Quartier|Sozialraum|Norden|Süden|Osten|Westen)\s+$/u.exec(
      before,
    );
  return adjective ? townOf(run, adjective[1]!) : undefined;
}

function townOf(run: ExtractionRun, name: string): PlaceRef | undefined {
  return run.ctx.places.lookup(name).find((p) => p.level === 'gemeinde');
}
