/** Filters: kinds, programme, funding year (slider), municipality, legal domain, minimum degree, SGB only. */
import { LEGAL_DOMAINS, type LegalDomain, NODE_KINDS } from '../../model/index.ts';
import type { ExplorerModel } from '../data/explorer-model.ts';
import { t } from '../i18n.ts';
import { kindLabel } from '../state/appearance.ts';
import type { Visibility } from '../state/filter.ts';
import type { Action } from '../state/reducer.ts';
import type { Filters, Language } from '../state/view-state.ts';
import { button, el, labelledSelect as select } from './dom.ts';

export interface FilterPanelContext {
  model: ExplorerModel;
  filters: Filters;
  visibility: Visibility;
  lang: Language;
  dispatch(a: Action): void;
  /** Whether a filter change leaves the camera where it is (else the map frames what remains). */
  keepCamera: boolean;
  onKeepCamera(keep: boolean): void;
}

/** The Kommune filter as a tree: per Kreis "ganzer Kreis" and its towns; kreisfreie Städte; unknown names. */
function placeSelect(
  model: ExplorerModel,
  value: string | null,
  lang: Language,
  all: string,
  onChange: (v: string) => void,
): HTMLElement {
  const id = 'filter-municipality';
  const s = el('select', { attrs: { id } });
  const option = (v: string, text: string) => {
    const o = el('option', { attrs: { value: v } }, text);
    if (v === (value ?? '')) o.selected = true;
    return o;
  };
  s.append(option('', all));
  const { groups, unknown } = model.places;
  const free = groups.filter((g) => g.kreisfrei && g.towns.length === 0);
  for (const g of groups) {
    if (free.includes(g)) continue;
    s.append(
      el(
        'optgroup',
        { attrs: { label: g.name } },
        option(g.name, `${g.name} – ${t('placeWholeKreis', lang)}`),
        ...g.towns.map((town) => option(town, town)),
      ),
    );
  }
  if (free.length)
    s.append(
      el('optgroup', { attrs: { label: t('placeKreisfrei', lang) } }, ...free.map((g) => option(g.name, g.name))),
    );
  if (unknown.length)
    s.append(el('optgroup', { attrs: { label: t('placeOther', lang) } }, ...unknown.map((m) => option(m, m))));
  s.addEventListener('change', () => onChange(s.value));
  return el('div', { class: 'field' }, el('label', { attrs: { for: id } }, t('filterMunicipality', lang)), s);
}

/** A checkbox with its label in a `.check` row. */
function checkRow(id: string, label: string, checked: boolean, onChange: (checked: boolean) => void): HTMLElement {
  const box = el('input', { attrs: { type: 'checkbox', id, checked } });
  box.addEventListener('change', () => onChange(box.checked));
  return el('div', { class: 'check' }, box, el('label', { attrs: { for: id } }, label));
}

/** One checkbox per node kind present in the network. */
function kindsFieldset(ctx: FilterPanelContext): HTMLElement {
  const { model, filters: f, lang, dispatch } = ctx;
  const present = new Set(model.nodes.map((n) => n.kind));
  const kinds = el('fieldset', null, el('legend', null, t('filterKinds', lang)));
  for (const k of NODE_KINDS) {
    if (!present.has(k)) continue;
    kinds.append(
      checkRow(`kind-${k}`, kindLabel(k, lang), f.kinds.includes(k), () => dispatch({ type: 'toggleKind', kind: k })),
    );
  }
  return kinds;
}

/** The funding year: a checkbox to use it and a slider over the funding periods. */
function yearFieldset(ctx: FilterPanelContext, [lo, hi]: readonly [number, number]): HTMLElement {
  const { filters: f, lang, dispatch } = ctx;
  const use = el('input', { attrs: { type: 'checkbox', id: 'filter-year-use', checked: f.year !== null } });
  const slider = el('input', {
    attrs: {
      type: 'range',
      id: 'filter-year',
      min: lo,
      max: hi,
      step: 1,
      value: f.year ?? hi,
      disabled: f.year === null,
    },
  });
  const out = el(
    'output',
    { attrs: { for: 'filter-year', id: 'filter-year-value' } },
    f.year === null ? t('filterYearAll', lang) : String(f.year),
  );
  use.addEventListener('change', () => dispatch({ type: 'setYear', year: use.checked ? Number(slider.value) : null }));
  slider.addEventListener('input', () => {
    out.textContent = slider.value;
  });
  slider.addEventListener('change', () => dispatch({ type: 'setYear', year: Number(slider.value) }));
  return el(
    'fieldset',
    null,
    el('legend', null, t('filterYear', lang)),
    el('div', { class: 'check' }, use, el('label', { attrs: { for: 'filter-year-use' } }, t('filterYearUse', lang))),
    el(
      'div',
      { class: 'range' },
      el('label', { attrs: { for: 'filter-year', class: 'sr-only' } }, t('filterYear', lang)),
      slider,
      out,
    ),
    f.year !== null && ctx.visibility.projectsWithoutPeriod
      ? el('p', { class: 'muted' }, `${ctx.visibility.projectsWithoutPeriod} ${t('withoutPeriod', lang)}`)
      : null,
  );
}

/** Minimum degree, the SGB and gap switches, keeping the camera, and the reset. */
function lastFields(ctx: FilterPanelContext): HTMLElement[] {
  const { filters: f, lang, dispatch } = ctx;
  const deg = el('input', {
    attrs: { type: 'number', id: 'filter-min-degree', min: 0, max: 999, step: 1, value: f.minDegree },
  });
  deg.addEventListener('change', () => dispatch({ type: 'setMinDegree', minDegree: Number(deg.value) }));
  return [
    el(
      'div',
      { class: 'field' },
      el('label', { attrs: { for: 'filter-min-degree' } }, t('filterMinDegree', lang)),
      deg,
    ),
    checkRow('filter-sgb', t('filterSgb', lang), f.sgbOnly, (sgbOnly) => dispatch({ type: 'setSgbOnly', sgbOnly })),
    checkRow('filter-gaps-only', t('filterGapsOnly', lang), f.gapsOnly, (gapsOnly) =>
      dispatch({ type: 'setGapsOnly', gapsOnly }),
    ),
    checkRow('filter-keep-camera', t('keepCamera', lang), ctx.keepCamera, (keep) => ctx.onKeepCamera(keep)),
    button(t('filterReset', lang), () => dispatch({ type: 'resetFilters' })),
  ];
}

export function filterPanel(ctx: FilterPanelContext): HTMLElement {
  const { model, filters: f, lang, dispatch } = ctx;
  const root = el('section', { class: 'filters', attrs: { 'aria-label': t('tabFilters', lang) } });
  root.append(
    el(
      'p',
      { class: 'status', attrs: { role: 'status', id: 'filter-status' } },
      `${ctx.visibility.nodeCount} / ${model.nodes.length} ${t('nodesWord', lang)}, ${ctx.visibility.edgeCount} / ${model.edges.length} ${t('edgesWord', lang)} ${t('shown', lang)}`,
    ),
    kindsFieldset(ctx),
  );
  const all = t('filterAll', lang);
  if (model.programmes.length)
    root.append(
      select(
        'filter-programme',
        t('filterProgramme', lang),
        [['', all], ...model.programmes.map((p): [string, string] => [p.key, p.label])],
        f.programme ?? '',
        (v) => dispatch({ type: 'setProgramme', programme: v || null }),
      ),
    );
  if (model.yearRange) root.append(yearFieldset(ctx, model.yearRange));
  if (model.municipalities.length)
    root.append(
      placeSelect(model, f.municipality, lang, all, (v) =>
        dispatch({ type: 'setMunicipality', municipality: v || null }),
      ),
    );
  root.append(
    select(
      'filter-domain',
      t('filterDomain', lang),
      [['', all], ...LEGAL_DOMAINS.map((d): [string, string] => [d, d])],
      f.domain ?? '',
      (v) => dispatch({ type: 'setDomain', domain: (v || null) as LegalDomain | null }),
    ),
    ...lastFields(ctx),
  );
  return root;
}
