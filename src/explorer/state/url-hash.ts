/**
 * The view state in the URL hash, so a link restores the view. Only what differs from the default
 * is written; reading is forgiving: an unknown or malformed value is dropped (and reported), never
 * an error page.
 */
import { LEGAL_DOMAINS, type LegalDomain, NODE_KINDS } from '../../model/index.ts';
import {
  COLOUR_OPTIONS,
  DEFAULT_STATE,
  SIZE_OPTIONS,
  TABS,
  type Arrangement,
  type ColourBy,
  type Level,
  type CompareChoice,
  type SizeBy,
  type Tab,
  type ViewState,
} from './view-state.ts';

/** The arrangement's word in a link: `anordnung=lage` (the network layout is the default, `netz`). */
const ARRANGEMENT_WORDS: Record<Arrangement, string> = { network: 'netz', geo: 'lage' };

/** The level's word in a link: `ebene=kreise` (the overview) or `ebene=kreis` (one Kreis opened from it). */
const LEVEL_WORDS: Record<Level, string> = { nodes: 'knoten', kreise: 'kreise', kreis: 'kreis' };

const num = (v: number) => String(Math.round(v * 10000) / 10000);

export function encodeHash(state: ViewState): string {
  const p = new URLSearchParams();
  const f = state.filters;
  const d = DEFAULT_STATE;
  if (f.kinds.length !== NODE_KINDS.length) p.set('arten', f.kinds.join(','));
  if (f.programme) p.set('programm', f.programme);
  if (f.year !== null) p.set('jahr', String(f.year));
  if (f.municipality) p.set('kommune', f.municipality);
  if (f.domain) p.set('rechtskreis', f.domain);
  if (f.minDegree > 0) p.set('mingrad', String(f.minDegree));
  if (f.sgbOnly) p.set('sgb', '1');
  if (f.gapsOnly) p.set('luecken', '1');
  if (state.sizeBy !== d.sizeBy) p.set('groesse', state.sizeBy);
  if (state.colourBy !== d.colourBy) p.set('farbe', state.colourBy);
  if (state.arrangement !== d.arrangement) p.set('anordnung', ARRANGEMENT_WORDS[state.arrangement]);
  if (state.level !== d.level) p.set('ebene', LEVEL_WORDS[state.level]);
  if (state.selected) p.set('auswahl', state.selected);
  if (state.focus.length) p.set('fokus', state.focus.join(','));
  if (state.camera) p.set('kamera', [state.camera.x, state.camera.y, state.camera.ratio].map(num).join(','));
  if (state.language !== d.language) p.set('sprache', state.language);
  if (state.presenter) p.set('praesentation', '1');
  if (state.tab !== d.tab) p.set('tab', state.tab);
  if (state.compare) p.set('vergleich', encodeCompare(state.compare));
  if (!state.legendOpen) p.set('legende', 'zu');
  const s = p.toString();
  return s ? `#${s}` : '';
}

const COMPARE_SEPARATOR = '|';

/** `programme|<key>|<key>` or `jahre|2021|2023`. */
export function encodeCompare(c: CompareChoice): string {
  return [c.mode === 'programmes' ? 'programme' : 'jahre', String(c.left), String(c.right)].join(COMPARE_SEPARATOR);
}

/**
 * The comparison of a link, or null when it is malformed. A key may itself hold the separator:
 * the first split whose two halves are both known programmes wins.
 */
export function decodeCompare(value: string, nodeExists: (key: string) => boolean = () => true): CompareChoice | null {
  const cut = value.indexOf(COMPARE_SEPARATOR);
  if (cut < 0) return null;
  const mode = value.slice(0, cut);
  const rest = value.slice(cut + 1);
  if (mode === 'jahre') {
    const m = /^(\d{4})\|(\d{4})$/.exec(rest);
    return m ? { mode: 'years', left: Number(m[1]), right: Number(m[2]) } : null;
  }
  if (mode !== 'programme') return null;
  for (let i = rest.indexOf(COMPARE_SEPARATOR); i >= 0; i = rest.indexOf(COMPARE_SEPARATOR, i + 1)) {
    const left = rest.slice(0, i);
    const right = rest.slice(i + 1);
    if (left && right && nodeExists(left) && nodeExists(right)) return { mode: 'programmes', left, right };
  }
  return null;
}

export interface DecodedHash {
  state: ViewState;
  /** Parameters that were present but not understood, for a notice. */
  ignored: string[];
}

const KNOWN = new Set([
  'arten',
  'programm',
  'jahr',
  'kommune',
  'rechtskreis',
  'mingrad',
  'sgb',
  'luecken',
  'groesse',
  'farbe',
  'anordnung',
  'ebene',
  'auswahl',
  'fokus',
  'kamera',
  'sprache',
  'praesentation',
  'tab',
  'vergleich',
  'legende',
]);

/** `nodeExists` lets the caller drop selections of nodes the loaded network does not have. */
export function decodeHash(hash: string, nodeExists: (key: string) => boolean = () => true): DecodedHash {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const ignored: string[] = [];
  const state: ViewState = { ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters } };
  const f = state.filters;
  const bad = (name: string) => ignored.push(name);
  for (const name of p.keys()) if (!KNOWN.has(name) && !ignored.includes(name)) bad(name);

  const arten = p.get('arten');
  if (arten !== null) {
    const kinds = arten.split(',').filter((k) => k);
    if (kinds.every((k) => (NODE_KINDS as readonly string[]).includes(k)))
      f.kinds = NODE_KINDS.filter((k) => kinds.includes(k));
    else bad('arten');
  }
  const programm = p.get('programm');
  if (programm !== null) {
    if (nodeExists(programm)) f.programme = programm;
    else bad('programm');
  }
  const jahr = p.get('jahr');
  if (jahr !== null) {
    if (/^\d{4}$/.test(jahr)) f.year = Number(jahr);
    else bad('jahr');
  }
  const kommune = p.get('kommune');
  if (kommune) f.municipality = kommune;
  const rk = p.get('rechtskreis');
  if (rk !== null) {
    if ((LEGAL_DOMAINS as readonly string[]).includes(rk)) f.domain = rk as LegalDomain;
    else bad('rechtskreis');
  }
  const mingrad = p.get('mingrad');
  if (mingrad !== null) {
    if (/^\d{1,6}$/.test(mingrad)) f.minDegree = Number(mingrad);
    else bad('mingrad');
  }
  if (p.get('sgb') === '1') f.sgbOnly = true;
  if (p.get('luecken') === '1') f.gapsOnly = true;
  const groesse = p.get('groesse');
  if (groesse !== null) {
    if ((SIZE_OPTIONS as readonly string[]).includes(groesse)) state.sizeBy = groesse as SizeBy;
    else bad('groesse');
  }
  const farbe = p.get('farbe');
  if (farbe !== null) {
    if ((COLOUR_OPTIONS as readonly string[]).includes(farbe)) state.colourBy = farbe as ColourBy;
    else bad('farbe');
  }
  const anordnung = p.get('anordnung');
  if (anordnung !== null) {
    const a = (Object.keys(ARRANGEMENT_WORDS) as Arrangement[]).find((k) => ARRANGEMENT_WORDS[k] === anordnung);
    if (a) state.arrangement = a;
    else bad('anordnung');
  }
  const ebene = p.get('ebene');
  if (ebene !== null) {
    const l = (Object.keys(LEVEL_WORDS) as Level[]).find((k) => LEVEL_WORDS[k] === ebene);
    if (l) state.level = l;
    else bad('ebene');
  }
  const auswahl = p.get('auswahl');
  if (auswahl !== null) {
    if (nodeExists(auswahl)) state.selected = auswahl;
    else bad('auswahl');
  }
  const fokus = p.get('fokus');
  if (fokus) state.focus = fokus.split(',').filter((k) => k && nodeExists(k));
  const kamera = p.get('kamera');
  if (kamera !== null) {
    const parts = kamera.split(',').map(Number);
    if (parts.length === 3 && parts.every(Number.isFinite) && parts[2]! > 0)
      state.camera = { x: parts[0]!, y: parts[1]!, ratio: parts[2]! };
    else bad('kamera');
  }
  const sprache = p.get('sprache');
  if (sprache !== null) {
    if (sprache === 'de' || sprache === 'en') state.language = sprache;
    else bad('sprache');
  }
  if (p.get('praesentation') === '1') state.presenter = true;
  const tab = p.get('tab');
  if (tab !== null) {
    if ((TABS as readonly string[]).includes(tab)) state.tab = tab as Tab;
    else bad('tab');
  }
  const vergleich = p.get('vergleich');
  if (vergleich !== null) {
    state.compare = decodeCompare(vergleich, nodeExists);
    if (!state.compare) bad('vergleich');
  }
  const legende = p.get('legende');
  if (legende !== null) {
    if (legende === 'zu' || legende === 'auf') state.legendOpen = legende === 'auf';
    else bad('legende');
  }
  return { state, ignored };
}
