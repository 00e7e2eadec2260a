/** The gap list: grouped by severity; a click focuses the nodes of a gap and shows why it is one. */
import type { Analysis } from '../../analysis/schema.ts';
import type { Evidence } from '../../model/evidence.ts';
import type { ExplorerModel } from '../data/explorer-model.ts';
import { t } from '../i18n.ts';
import type { Language } from '../state/view-state.ts';
import { button, el } from './dom.ts';
import { evidenceList } from './evidence-view.ts';

type Gap = Analysis['gaps'][number];

export interface GapPanelContext {
  model: ExplorerModel;
  evidence: Evidence | null;
  lang: Language;
  presenter: boolean;
  nameParts: readonly string[];
  labelOf(index: number): string;
  /** Index of the gap shown open. */
  openGap: number | null;
  onFocusGap(index: number, gap: Gap): void;
}

const SEVERITIES = ['hoch', 'mittel', 'niedrig'] as const;
const SEVERITY_EN: Record<(typeof SEVERITIES)[number], string> = { hoch: 'high', mittel: 'medium', niedrig: 'low' };

export function gapPanel(ctx: GapPanelContext): HTMLElement {
  const { lang } = ctx;
  const gaps = ctx.model.analysis?.gaps ?? [];
  const root = el('section', { class: 'gaps', attrs: { 'aria-label': t('tabGaps', lang) } }, el('p', { class: 'intro' }, t('gapsIntro', lang)));
  if (!gaps.length) {
    root.append(el('p', null, t('gapsNone', lang)));
    return root;
  }
  for (const sev of SEVERITIES) {
    const items = gaps.map((g, i) => [g, i] as const).filter(([g]) => g.severity === sev);
    if (!items.length) continue;
    root.append(el('h3', null, `${t('severity', lang)}: ${lang === 'en' ? SEVERITY_EN[sev] : sev} (${items.length})`));
    const list = el('ul', { class: 'gap-list' });
    for (const [gap, i] of items) {
      const names = gap.nodes.map((k) => ctx.model.byKey.get(k)).filter((x): x is number => x !== undefined).map((x) => ctx.labelOf(x));
      const open = ctx.openGap === i;
      const li = el(
        'li',
        { class: `gap severity-${sev}${open ? ' open' : ''}` },
        button(names.join(' · ') || gap.kind, () => ctx.onFocusGap(i, gap), { class: 'gap-button', attrs: { 'aria-expanded': open ? 'true' : 'false' } }),
      );
      if (open) {
        li.append(el('p', null, gap.message));
        if (gap.legalBasis) li.append(el('p', { class: 'muted' }, `${t('legalBasis', lang)}: ${gap.legalBasis}`));
        if (gap.sources.length) li.append(evidenceList(ctx.evidence, gap.sources, { lang, anonymise: ctx.presenter ? { nameParts: ctx.nameParts } : null, documentInfo: ctx.model.documentInfo }, 5));
      }
      list.append(li);
    }
    root.append(list);
  }
  return root;
}
