/**
 * The written forms the gazetteer indexes for each place:
 * - Gemeinde: name, aliases, derived variants ("Halle (Westf.)" → "Halle", "Halle (Westfalen)"),
 *   "Stadt/Hansestadt/Kreisstadt/Universitätsstadt X" (cue 'stadt'), "Gemeinde/Kommune X"
 *   (cue 'gemeinde'), genitive "Kölns" (not for ambiguous names), adjectives "Kölner" (cue 'adjective').
 * - Kreis: name and aliases; for "Kreis X": "Kreis/Kreises/Landkreis/Landkreises/des Kreises/
 *   des Landkreises X"; for names with "-kreis": genitive "-kreises" (with and without "des");
 *   "Märkischer Kreis" → "Märkischen Kreis(es)". The bare short name ("Lippe") only where no
 *   Gemeinde has that name: a bare "Herford" is the town, the Kreis needs "Kreis".
 * - Regierungsbezirk: "Regierungsbezirk(s/es) X", "des Regierungsbezirks X", "Reg.-Bez. X",
 *   "Bezirksregierung X" (the authority is taken as its area). No bare form.
 * - Landschaftsverband: name, "Landschaftsverband(e)s X", abbreviation (LWL, LVR). Land: name, aliases.
 */

import type { Place } from './types.ts';
import {
  adjectiveForms,
  AMBIGUOUS_ADJECTIVES,
  baseName,
  derivedNameVariants,
  GEMEINDE_PREFIXES,
  genitiveForm,
  KREIS_PREFIXES,
  nameKey,
  RB_PREFIXES,
  TOWN_PREFIXES,
} from './names.ts';
import { addForm, type PlaceIndex } from './trie.ts';

function addGemeindeForms(index: PlaceIndex, p: Place, names: Set<string>): void {
  for (const n of [...names]) for (const v of derivedNameVariants(n)) names.add(v);
  const ambiguousKey = p.ambiguous ? nameKey(baseName(p.name)) : undefined;
  for (const n of names) {
    addForm(index, n, p, 'bare', 'name', 0, ambiguousKey !== undefined && nameKey(n) === ambiguousKey);
    for (const pre of TOWN_PREFIXES) addForm(index, `${pre} ${n}`, p, 'stadt', 'name', 0);
    for (const pre of GEMEINDE_PREFIXES) addForm(index, `${pre} ${n}`, p, 'gemeinde', 'name', 0);
  }
  if (!p.ambiguous) {
    const gen = genitiveForm(p.name);
    if (gen !== undefined) addForm(index, gen, p, 'bare', 'genitive', 2);
  }
  for (const adj of adjectiveForms(p.name)) {
    const key = nameKey(adj);
    const isWord = AMBIGUOUS_ADJECTIVES.has(key);
    addForm(index, adj, p, 'adjective', 'adjective', 3, false, isWord);
    const list = index.adjectiveMap.get(key) ?? [];
    if (!list.includes(p)) list.push(p);
    index.adjectiveMap.set(key, list);
  }
}

/** The forms of one name of a Kreis (see the file comment). */
function addKreisNameForms(index: PlaceIndex, p: Place, n: string): void {
  addForm(index, n, p, 'kreis', 'name', 0);
  const short = /^(?:Kreis) (.+)$/.exec(n)?.[1];
  if (short !== undefined) {
    for (const pre of KREIS_PREFIXES) addForm(index, `${pre} ${short}`, p, 'kreis', 'name', 0);
    if (n === p.name) addForm(index, short, p, 'bare', 'name', 1, p.ambiguous === true);
  }
  // "Hochsauerlandkreis" → "Hochsauerlandkreises", "Rhein-Kreis Neuss" → "Rhein-Kreises Neuss".
  if (short === undefined && /kreis(?![a-zäöüß])/i.test(n)) {
    const gen = n.replace(/(kreis)(?![a-zäöüß])/i, '$1es');
    addForm(index, gen, p, 'kreis', 'name', 0);
    addForm(index, `des ${gen}`, p, 'kreis', 'name', 0);
  }
  // "Märkischer Kreis" → "Märkischen Kreis", "Märkischen Kreises".
  const weak = /^(.+)er Kreis$/.exec(n)?.[1];
  if (weak !== undefined) {
    addForm(index, `${weak}en Kreis`, p, 'kreis', 'name', 0);
    addForm(index, `${weak}en Kreises`, p, 'kreis', 'name', 0);
    addForm(index, `des ${weak}en Kreises`, p, 'kreis', 'name', 0);
  }
}

function addRegierungsbezirkForms(index: PlaceIndex, p: Place, names: ReadonlySet<string>): void {
  for (const n of names) addForm(index, n, p, 'regierungsbezirk', 'name', 0);
  const short = /^Regierungsbezirk (.+)$/.exec(p.name)?.[1];
  if (short !== undefined)
    for (const pre of RB_PREFIXES) addForm(index, `${pre} ${short}`, p, 'regierungsbezirk', 'name', 0);
}

const LANDSCHAFTSVERBAND_GENITIVES = [
  'Landschaftsverbandes',
  'Landschaftsverbands',
  'des Landschaftsverbandes',
  'des Landschaftsverbands',
];

function addLandschaftsverbandForms(index: PlaceIndex, p: Place, names: ReadonlySet<string>): void {
  for (const n of names) {
    addForm(index, n, p, undefined, 'name', 0);
    const rest = /^Landschaftsverband (.+)$/.exec(n)?.[1];
    if (rest !== undefined) {
      for (const pre of LANDSCHAFTSVERBAND_GENITIVES) addForm(index, `${pre} ${rest}`, p, undefined, 'name', 0);
    }
  }
}

/** Adds all forms of one place to the index. */
export function addPlaceForms(index: PlaceIndex, p: Place): void {
  const names = new Set<string>([p.name, ...p.aliases]);
  switch (p.level) {
    case 'gemeinde':
      addGemeindeForms(index, p, names);
      break;
    case 'kreis':
      for (const n of names) addKreisNameForms(index, p, n);
      break;
    case 'regierungsbezirk':
      addRegierungsbezirkForms(index, p, names);
      break;
    case 'landschaftsverband':
      addLandschaftsverbandForms(index, p, names);
      break;
    case 'land':
      for (const n of names) addForm(index, n, p, undefined, 'name', 0);
      break;
  }
}
