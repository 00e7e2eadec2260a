/**
 * The steps that grow a head to the extent of its name, in the order they run: the order matters (a
 * territory after "für" comes before a "für" complement, a unit's subject before an own name, the legal
 * form last).
 */
import type { ExtentStep } from './context.ts';
import { takeFuerComplement } from './fuer.ts';
import { takeLegalForm, rejectUnnamed } from './legal-form.ts';
import { namedByPrefix, rejectGenericDeterminer, takeLeftModifiers } from './left.ts';
import { takeOwnName } from './own-name.ts';
import { takeTerritory } from './territory.ts';
import { takeUnitSubject } from './unit.ts';

export const EXTENT_STEPS: readonly ExtentStep[] = [
  { id: 'left-modifiers', run: takeLeftModifiers },
  { id: 'generic-determiner', run: rejectGenericDeterminer },
  { id: 'named-by-prefix', run: namedByPrefix },
  { id: 'territory', run: takeTerritory },
  { id: 'fuer-complement', run: takeFuerComplement },
  { id: 'unit-subject', run: takeUnitSubject },
  { id: 'own-name', run: takeOwnName },
  { id: 'legal-form', run: takeLegalForm },
  { id: 'unnamed', run: rejectUnnamed },
];
