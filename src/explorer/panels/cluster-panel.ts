/** SGB II/VIII cooperation clusters: who is tied across the legal circuits, through which projects. */
import type { Evidence } from '../../model/index.ts';
import type { ExplorerModel } from '../data/explorer-model.ts';
import { t } from '../i18n.ts';
import type { Language } from '../state/view-state.ts';
import { button, el } from './dom.ts';
import { evidenceList } from './evidence-view.ts';

export interface ClusterPanelContext {
  model: ExplorerModel;
  evidence: Evidence | null;
  lang: Language;
  presenter: boolean;
  nameParts: readonly string[];
  labelOf(index: number): string;
  onFocus(keys: string[]): void;
  onSelect(key: string): void;
}

export function clusterPanel(ctx: ClusterPanelContext): HTMLElement {
  const { lang, model } = ctx;
  const clusters = model.analysis?.sgb.clusters ?? [];
  const root = el(
    'section',
    { class: 'clusters', attrs: { 'aria-label': t('tabClusters', lang) } },
    el('p', { class: 'intro' }, t('clustersIntro', lang)),
  );
  if (!clusters.length) {
    root.append(el('p', null, t('clustersNone', lang)));
    return root;
  }
  const names = (keys: readonly string[]) =>
    el(
      'ul',
      { class: 'inline-list' },
      ...keys
        .map((k) => [k, model.byKey.get(k)] as const)
        .filter((x): x is readonly [string, number] => x[1] !== undefined)
        .map(([k, i]) =>
          el(
            'li',
            null,
            button(ctx.labelOf(i), () => ctx.onSelect(k), { class: 'link' }),
          ),
        ),
    );
  for (const c of clusters) {
    root.append(
      el(
        'article',
        { class: 'cluster' },
        el(
          'h3',
          null,
          button(
            `${t('cluster', lang)} ${c.id} (${c.members.length})`,
            () => ctx.onFocus([...c.members, ...c.projects]),
            { class: 'link' },
          ),
        ),
        el('p', null, 'SGB II: '),
        names(c.sgb2),
        el('p', null, 'SGB VIII: '),
        names(c.sgb8),
        c.projects.length ? el('p', null, `${t('projects', lang)}: `) : null,
        c.projects.length ? names(c.projects) : null,
        el(
          'details',
          null,
          el('summary', null, `${t('evidence', lang)} (${c.evidenceTotal})`),
          evidenceList(
            ctx.evidence,
            c.evidence,
            { lang, anonymise: ctx.presenter ? { nameParts: ctx.nameParts } : null, documentInfo: model.documentInfo },
            10,
          ),
        ),
      ),
    );
  }
  return root;
}
