/**
 * The view state in the URL hash, so a link restores the view. Only what differs from the default
 * is written; reading is forgiving: an unknown or malformed value is dropped (and reported), never
 * an error page.
 */
import { LEGAL_DOMAINS, NODE_KINDS, type LegalDomain } from '../../model/kinds.ts';
import { COLOUR_OPTIONS, DEFAULT_STATE, SIZE_OPTIONS, TABS, type ColourBy, type SizeBy, type Tab, type ViewState } from './view-state.ts';

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
  if (state.sizeBy !== d.sizeBy) p.set('groesse', state.sizeBy);
  if (state.colourBy !== d.colourBy) p.set('farbe', state.colourBy);
  if (state.selected) p.set('auswahl', state.selected);
  if (state.focus.length) p.set('fokus', state.focus.join(','));
  if (state.camera) p.set('kamera', [state.camera.x, state.camera.y, state.camera.ratio].map(num).join(','));
  if (state.language !== d.language) p.set('sprache', state.language);
  if (state.presenter) p.set('praesentation', '1');
  if (state.tab !== d.tab) p.set('tab', state.tab);
  const s = p.toString();
  return s ? `#${s}` : '';
}

export interface DecodedHash {
  state: ViewState;
  /** Parameters that were present but not understood, for a notice. */
  ignored: string[];
}

const KNOWN = new Set(['arten', 'programm', 'jahr', 'kommune', 'rechtskreis', 'mingrad', 'sgb', 'groesse', 'farbe', 'auswahl', 'fokus', 'kamera', 'sprache', 'praesentation', 'tab']);

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
    if (kinds.every((k) => (NODE_KINDS as readonly string[]).includes(k))) f.kinds = NODE_KINDS.filter((k) => kinds.includes(k));
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
    if (parts.length === 3 && parts.every(Number.isFinite) && parts[2]! > 0) state.camera = { x: parts[0]!, y: parts[1]!, ratio: parts[2]! };
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
  return { state, ignored };
}

