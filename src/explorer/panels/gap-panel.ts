/** The gap list: grouped by severity; a click focuses the nodes of a gap and shows why it is one. */
import type { Analysis, GapKind } from '../../analysis/index.ts';
import type { Evidence } from '../../model/index.ts';
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
  /** Nodes shown under the current filters: the list keeps the gaps that touch one. */
  visible: Uint8Array;
  onFocusGap(index: number, gap: Gap): void;
}

const SEVERITIES = ['hoch', 'mittel', 'niedrig'] as const;

/** What is missing, in a few words: the first line of a gap entry. */
const MISSING: Record<GapKind, { de: string; en: string }> = {
  'sgb2-target-without-sgb2': { de: 'kein Jobcenter beteiligt', en: 'no Jobcenter involved' },
  'missing-cooperation': { de: 'keine Verbindung belegt', en: 'no tie on record' },
  'only-bridge-between-circuits': {
    de: 'einzige Brücke zwischen SGB II und SGB VIII',
    en: 'only bridge between SGB II and SGB VIII',
  },
  'only-bridge-between-groups': { de: 'einzige Brücke zwischen Gruppen', en: 'only bridge between groups' },
  'project-without-partner': { de: 'kein Kooperationspartner', en: 'no cooperation partner' },
  'municipality-without-youth-office': { de: 'kein Jugendamt genannt', en: 'no Jugendamt named' },
};
const SEVERITY_EN: Record<(typeof SEVERITIES)[number], string> = { hoch: 'high', mittel: 'medium', niedrig: 'low' };

/** First line what is missing, second line who: so the list reads without opening an entry. */
function gapButton(missing: string, names: string, onClick: () => void, open: boolean): HTMLButtonElement {
  const b = button('', onClick, { class: 'gap-button', attrs: { 'aria-expanded': open ? 'true' : 'false' } });
  b.append(el('span', { class: 'gap-missing' }, missing), el('span', { class: 'gap-names' }, names));
  return b;
}

export function gapPanel(ctx: GapPanelContext): HTMLElement {
  const { lang } = ctx;
  const gaps = ctx.model.analysis?.gaps ?? [];
  const root = el(
    'section',
    { class: 'gaps', attrs: { 'aria-label': t('tabGaps', lang) } },
    el('p', { class: 'intro' }, t('gapsIntro', lang)),
  );
  if (!gaps.length) {
    root.append(el('p', null, t('gapsNone', lang)));
    return root;
  }
  // the list follows the filters: a gap stays when one of its nodes is shown
  const shown = (g: Gap) => g.nodes.some((k) => ctx.visible[ctx.model.byKey.get(k) ?? -1] === 1);
  const hidden = gaps.filter((g) => !shown(g)).length;
  if (hidden)
    root.append(el('p', { class: 'muted', attrs: { id: 'gaps-hidden' } }, t('gapsHidden', lang, { n: hidden })));
  for (const sev of SEVERITIES) {
    const items = gaps.map((g, i) => [g, i] as const).filter(([g]) => g.severity === sev && shown(g));
    if (!items.length) continue;
    root.append(el('h3', null, `${t('severity', lang)}: ${lang === 'en' ? SEVERITY_EN[sev] : sev} (${items.length})`));
    const list = el('ul', { class: 'gap-list' });
    for (const [gap, i] of items) {
      const names = gap.nodes
        .map((k) => ctx.model.byKey.get(k))
        .filter((x): x is number => x !== undefined)
        .map((x) => ctx.labelOf(x));
      const open = ctx.openGap === i;
      const li = el(
        'li',
        { class: `gap severity-${sev}${open ? ' open' : ''}` },
        gapButton(MISSING[gap.kind][lang], names.join(' · '), () => ctx.onFocusGap(i, gap), open),
      );
      if (open) {
        li.append(el('p', null, lang === 'en' && gap.messageEn ? gap.messageEn : gap.message));
        if (gap.legalBasis) li.append(el('p', { class: 'muted' }, `${t('legalBasis', lang)}: ${gap.legalBasis}`));
        if (gap.sources.length)
          li.append(
            evidenceList(
              ctx.evidence,
              gap.sources,
              {
                lang,
                anonymise: ctx.presenter ? { nameParts: ctx.nameParts } : null,
                documentInfo: ctx.model.documentInfo,
              },
              5,
            ),
          );
      }
      list.append(li);
    }
    root.append(list);
  }
  return root;
}
