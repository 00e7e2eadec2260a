/**
 * Everything a view of the map consists of: filters, visual mapping, selection, camera, language,
 * presenter mode and the open tab. One plain object (no DOM), changed only through `reduce`, so a
 * view can be put into the URL hash, saved for a presentation and restored exactly.
 */
import { z } from 'zod';
import { LEGAL_DOMAINS, type LegalDomain, NODE_KINDS, type NodeKind } from '../../model/index.ts';
import { MEASURE_KEYS, type MeasureKey } from '../measures.ts';
import { maxLength, minLength } from '../../util/index.ts';

export type SizeBy = 'uniform' | MeasureKey;
export type ColourBy = 'kind' | 'community' | 'domain' | 'gaps';
export type Language = 'de' | 'en';
/** How the map arranges the nodes: the network layout (ForceAtlas2) or their places in NRW. */
export type Arrangement = 'network' | 'geo';
/**
 * What the map draws: the nodes (default), the Kreis overview of a large network (one point per Kreis),
 * or the nodes of one Kreis opened from the overview (the Kommune filter holds it; „Zurück zur
 * Kreisübersicht“ leads back).
 */
export type Level = 'nodes' | 'kreise' | 'kreis';
export type Tab = 'details' | 'filters' | 'gaps' | 'clusters' | 'charts' | 'table' | 'compare' | 'views' | 'curation';

export const TABS: readonly Tab[] = [
  'details',
  'filters',
  'gaps',
  'clusters',
  'charts',
  'table',
  'compare',
  'views',
  'curation',
];
export const SIZE_OPTIONS: readonly SizeBy[] = ['uniform', ...MEASURE_KEYS];
export const COLOUR_OPTIONS: readonly ColourBy[] = ['kind', 'community', 'domain', 'gaps'];
export const ARRANGEMENTS: readonly Arrangement[] = ['network', 'geo'];
export const LEVELS: readonly Level[] = ['nodes', 'kreise', 'kreis'];

export interface Filters {
  /** Kinds shown; all kinds by default. */
  kinds: NodeKind[];
  programme: string | null;
  year: number | null;
  municipality: string | null;
  domain: LegalDomain | null;
  minDegree: number;
  /** Only the SGB II/VIII cooperation clusters (members and their projects). */
  sgbOnly: boolean;
  /** "nur Lücken": the nodes of a gap and their direct neighbours. */
  gapsOnly: boolean;
}

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

/** The comparison chosen in the compare tab (a second graph file cannot go into a link, so it is not here). */
export type CompareChoice =
  { mode: 'programmes'; left: string; right: string } | { mode: 'years'; left: number; right: number };

export interface ViewState {
  filters: Filters;
  sizeBy: SizeBy;
  colourBy: ColourBy;
  arrangement: Arrangement;
  level: Level;
  selected: string | null;
  /** Nodes emphasised together (a gap or a cluster), besides the selection. */
  focus: string[];
  camera: Camera | null;
  language: Language;
  presenter: boolean;
  tab: Tab;
  compare: CompareChoice | null;
  /** The legend open (true) or folded to its button. */
  legendOpen: boolean;
}

export const DEFAULT_FILTERS: Filters = {
  kinds: [...NODE_KINDS],
  programme: null,
  year: null,
  municipality: null,
  domain: null,
  minDegree: 0,
  sgbOnly: false,
  gapsOnly: false,
};

export const DEFAULT_STATE: ViewState = {
  filters: DEFAULT_FILTERS,
  sizeBy: 'degree',
  colourBy: 'kind',
  arrangement: 'network',
  level: 'nodes',
  selected: null,
  focus: [],
  camera: null,
  language: 'de',
  presenter: false,
  tab: 'details',
  compare: null,
  legendOpen: true,
};

const finite = z.number().refine(Number.isFinite);

export const FiltersSchema = z.object({
  kinds: z.array(z.enum(NODE_KINDS)),
  programme: z.string().nullable(),
  year: z.number().int().nullable(),
  municipality: z.string().nullable(),
  domain: z.enum(LEGAL_DOMAINS).nullable(),
  minDegree: z.number().int().min(0),
  sgbOnly: z.boolean(),
  // views saved before the filter existed have none
  gapsOnly: z.boolean().default(false),
});

export const CompareChoiceSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('programmes'), left: z.string(), right: z.string() }),
  z.object({ mode: z.literal('years'), left: z.number().int(), right: z.number().int() }),
]);

export const ViewStateSchema = z.object({
  filters: FiltersSchema,
  sizeBy: z.enum(SIZE_OPTIONS as [SizeBy, ...SizeBy[]]),
  colourBy: z.enum(COLOUR_OPTIONS as [ColourBy, ...ColourBy[]]),
  // views saved before the geographic arrangement have none
  arrangement: z.enum(ARRANGEMENTS as [Arrangement, ...Arrangement[]]).default('network'),
  // views saved before the Kreis overview show the nodes
  level: z.enum(LEVELS as [Level, ...Level[]]).default('nodes'),
  selected: z.string().nullable(),
  focus: z.array(z.string()),
  camera: z.object({ x: finite, y: finite, ratio: finite.refine((r) => r > 0) }).nullable(),
  language: z.enum(['de', 'en']),
  presenter: z.boolean(),
  tab: z.enum(TABS as [Tab, ...Tab[]]),
  // views saved before the comparison was part of a view have none
  compare: CompareChoiceSchema.nullable().default(null),
  // views saved before the legend's state was part of a view show it open
  legendOpen: z.boolean().default(true),
});

/** A saved view for presentations: a name and the state to restore. */
export const SavedViewSchema = z.object({
  name: z.string().check(minLength(1)).check(maxLength(200)),
  state: ViewStateSchema,
});
export type SavedView = z.infer<typeof SavedViewSchema>;
export const SavedViewsSchema = z.array(SavedViewSchema).check(maxLength(200));
