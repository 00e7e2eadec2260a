/**
 * What a view shows, in words, for captions (presenter mode, exports): "alle Knoten" or the active
 * filters, e.g. "Arten: Projekt, Träger · Kommune: Herford · ab 2 Verbindungen". Kinds are named by
 * what is hidden when that is shorter ("ohne Person").
 */
import { NODE_KINDS, type NodeKind } from '../../model/index.ts';
import { t } from '../i18n.ts';
import { kindLabel } from './appearance.ts';
import type { Filters, Language } from './view-state.ts';

export interface FilterWordsContext {
  /** Kinds that occur in the data (a filter on an absent kind says nothing). */
  present: ReadonlySet<NodeKind>;
  programmeLabel(key: string): string | undefined;
}

export function filterWords(f: Filters, ctx: FilterWordsContext, lang: Language): string {
  const parts: string[] = [];
  const present = NODE_KINDS.filter((k) => ctx.present.has(k));
  const shown = present.filter((k) => f.kinds.includes(k));
  const hidden = present.filter((k) => !f.kinds.includes(k));
  if (hidden.length > 0) {
    parts.push(
      shown.length <= hidden.length
        ? `${t('filterKinds', lang)}: ${shown.map((k) => kindLabel(k, lang)).join(', ') || '–'}`
        : `${t('captionWithout', lang)} ${hidden.map((k) => kindLabel(k, lang)).join(', ')}`,
    );
  }
  if (f.programme !== null)
    parts.push(`${t('filterProgramme', lang)}: ${ctx.programmeLabel(f.programme) ?? f.programme}`);
  if (f.year !== null) parts.push(`${t('filterYear', lang)} ${f.year}`);
  if (f.municipality !== null) parts.push(`${t('filterMunicipality', lang)}: ${f.municipality}`);
  if (f.domain !== null) parts.push(`${t('filterDomain', lang)}: ${f.domain}`);
  if (f.minDegree > 0) parts.push(t('captionMinDegree', lang, { n: f.minDegree }));
  if (f.sgbOnly) parts.push(t('filterSgb', lang));
  if (f.gapsOnly) parts.push(t('filterGapsOnly', lang));
  return parts.length ? parts.join(' · ') : t('captionAll', lang);
}
