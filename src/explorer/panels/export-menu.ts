/** The export menu of the toolbar: picture (PNG, SVG) or data (GEXF, GraphML, CSV, JSON), whole or filtered, optionally pseudonymised. */
import { DATA_FORMATS, type DataFormat } from '../export/data-export.ts';
import { t } from '../i18n.ts';
import type { Language } from '../state/view-state.ts';
import { button, el, labelledSelect } from './dom.ts';

export interface ExportMenuContext {
  lang: Language;
  presenter: boolean;
  onImage(format: 'png' | 'svg'): void;
  onData(format: DataFormat, filteredOnly: boolean, pseudonymise: boolean): void;
}

const FORMAT_TEXT: Record<DataFormat, string> = {
  gexf: 'GEXF (Gephi, Gephi Lite)',
  graphml: 'GraphML (yEd, Cytoscape)',
  csv: 'CSV (Tabellenkalkulation)',
  json: 'JSON (Netzatlas, graphology)',
};

export function exportMenu(ctx: ExportMenuContext): HTMLElement {
  const { lang } = ctx;
  let format: DataFormat = 'gexf';
  const filtered = el('input', { attrs: { type: 'checkbox', id: 'export-filtered', checked: true } });
  // in presenter mode persons are always pseudonymised
  const pseudo = el('input', {
    attrs: { type: 'checkbox', id: 'export-pseudonymise', checked: ctx.presenter, disabled: ctx.presenter },
  });
  return el(
    'details',
    { class: 'export-menu' },
    el('summary', { attrs: { id: 'export-menu' } }, t('exportMenu', lang)),
    el(
      'div',
      { class: 'export-body' },
      el('p', null, t('exportPicture', lang)),
      el(
        'div',
        { class: 'actions' },
        button(t('exportPng', lang), () => ctx.onImage('png'), { attrs: { id: 'export-png' } }),
        button(t('exportSvg', lang), () => ctx.onImage('svg'), { attrs: { id: 'export-svg' } }),
      ),
      el('p', null, t('exportData', lang)),
      labelledSelect(
        'export-format',
        t('exportFormat', lang),
        DATA_FORMATS.map((f) => [f, FORMAT_TEXT[f]] as const),
        format,
        (v) => (format = v as DataFormat),
      ),
      el(
        'div',
        { class: 'check' },
        filtered,
        el('label', { attrs: { for: 'export-filtered' } }, t('exportFiltered', lang)),
      ),
      el(
        'div',
        { class: 'check' },
        pseudo,
        el('label', { attrs: { for: 'export-pseudonymise' } }, t('exportPseudonymise', lang)),
      ),
      button(t('exportDownload', lang), () => ctx.onData(format, filtered.checked, ctx.presenter || pseudo.checked), {
        class: 'primary',
        attrs: { id: 'export-data' },
      }),
    ),
  );
}
