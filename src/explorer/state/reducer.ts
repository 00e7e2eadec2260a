/** All changes to the view state, as actions on a pure reducer (unit-tested without a browser). */
import { type LegalDomain, NODE_KINDS, type NodeKind } from '../../model/index.ts';
import {
  DEFAULT_FILTERS,
  type Arrangement,
  type Camera,
  type ColourBy,
  type CompareChoice,
  type Filters,
  type Language,
  type Level,
  type SizeBy,
  type Tab,
  type ViewState,
} from './view-state.ts';

export type Action =
  | { type: 'toggleKind'; kind: NodeKind }
  | { type: 'setKinds'; kinds: NodeKind[] }
  | { type: 'setProgramme'; programme: string | null }
  | { type: 'setYear'; year: number | null }
  | { type: 'setMunicipality'; municipality: string | null }
  | { type: 'setDomain'; domain: LegalDomain | null }
  | { type: 'setMinDegree'; minDegree: number }
  | { type: 'setSgbOnly'; sgbOnly: boolean }
  | { type: 'setGapsOnly'; gapsOnly: boolean }
  | { type: 'resetFilters' }
  | { type: 'setSizeBy'; sizeBy: SizeBy }
  | { type: 'setColourBy'; colourBy: ColourBy }
  | { type: 'setArrangement'; arrangement: Arrangement }
  | { type: 'setLevel'; level: Level }
  | { type: 'expandKreis'; municipality: string; select?: string | null }
  | { type: 'select'; key: string | null }
  | { type: 'focus'; keys: string[]; select?: string | null }
  | { type: 'setCamera'; camera: Camera | null }
  | { type: 'setLanguage'; language: Language }
  | { type: 'setPresenter'; presenter: boolean }
  | { type: 'setTab'; tab: Tab }
  | { type: 'setCompare'; compare: CompareChoice | null }
  | { type: 'setLegendOpen'; open: boolean }
  | { type: 'restore'; state: ViewState };

const withFilters = (s: ViewState, f: Partial<Filters>): ViewState => ({ ...s, filters: { ...s.filters, ...f } });

/**
 * The overview counts every place, so it drops the Kommune filter (and a selection, which names a
 * node it does not draw); leaving it keeps the filters. The camera of the other level means nothing.
 */
function setLevel(state: ViewState, level: Level): ViewState {
  if (level === state.level) return state;
  if (level === 'kreise')
    return { ...withFilters(state, { municipality: null }), level, selected: null, focus: [], camera: null };
  return { ...state, level, camera: null };
}

export function reduce(state: ViewState, action: Action): ViewState {
  switch (action.type) {
    case 'toggleKind': {
      const has = state.filters.kinds.includes(action.kind);
      const kinds = has ? state.filters.kinds.filter((k) => k !== action.kind) : [...state.filters.kinds, action.kind];
      return withFilters(state, { kinds: NODE_KINDS.filter((k) => kinds.includes(k)) });
    }
    case 'setKinds':
      return withFilters(state, { kinds: NODE_KINDS.filter((k) => action.kinds.includes(k)) });
    case 'setProgramme':
      return withFilters(state, { programme: action.programme || null });
    case 'setYear':
      return withFilters(state, { year: action.year });
    case 'setMunicipality': {
      const next = withFilters(state, { municipality: action.municipality || null });
      // in the overview a chosen Kommune opens its Kreis (the overview itself shows every place)
      return state.level === 'kreise' && next.filters.municipality ? { ...next, level: 'kreis' } : next;
    }
    case 'setDomain':
      return withFilters(state, { domain: action.domain });
    case 'setMinDegree':
      return withFilters(state, {
        minDegree: Number.isFinite(action.minDegree) ? Math.max(0, Math.floor(action.minDegree)) : 0,
      });
    case 'setSgbOnly':
      return withFilters(state, { sgbOnly: action.sgbOnly });
    case 'setGapsOnly':
      return withFilters(state, { gapsOnly: action.gapsOnly });
    case 'resetFilters':
      return { ...state, filters: DEFAULT_FILTERS };
    case 'setSizeBy':
      return { ...state, sizeBy: action.sizeBy };
    case 'setColourBy':
      return { ...state, colourBy: action.colourBy };
    case 'setArrangement':
      // the camera of the other arrangement means nothing here: the map is framed anew
      return action.arrangement === state.arrangement
        ? state
        : { ...state, arrangement: action.arrangement, camera: null };
    case 'setLevel':
      return setLevel(state, action.level);
    case 'expandKreis':
      return {
        ...withFilters(state, { municipality: action.municipality }),
        level: 'kreis',
        selected: action.select ?? null,
        focus: [],
        camera: null,
      };
    case 'select':
      // selecting a node opens its details; clearing keeps the tab the user is on
      return {
        ...state,
        selected: action.key,
        focus: action.key ? state.focus : [],
        tab: action.key ? 'details' : state.tab,
      };
    case 'focus':
      return {
        ...state,
        focus: [...action.keys],
        selected: action.select === undefined ? state.selected : action.select,
      };
    case 'setCamera':
      return { ...state, camera: action.camera };
    case 'setLanguage':
      return { ...state, language: action.language };
    case 'setPresenter':
      return { ...state, presenter: action.presenter };
    case 'setTab':
      return { ...state, tab: action.tab };
    case 'setCompare':
      return { ...state, compare: action.compare };
    case 'setLegendOpen':
      return { ...state, legendOpen: action.open };
    case 'restore':
      return action.state;
  }
}
