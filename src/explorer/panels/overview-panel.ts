/**
 * The details tab in the Kreis overview: the chosen group with its figures, its ties to the other
 * groups and „Kreis aufklappen“; without a choice, every group as a list with its own button, so the
 * overview can be used by keyboard and screen reader as well as by clicking the map.
 */
import type { ExplorerModel } from '../data/explorer-model.ts';
import { t } from '../i18n.ts';
import { tiesOf, type KreisOverview, type OverviewGroup } from '../state/kreis-overview.ts';
import { groupName } from '../state/overview-view.ts';
import type { Language } from '../state/view-state.ts';
import { button, el } from './dom.ts';

export interface OverviewPanelContext {
  model: ExplorerModel;
  overview: KreisOverview;
  /** The chosen group's key, or null. */
  selected: string | null;
  lang: Language;
  onChoose(key: string): void;
  /** Opens a group: the Kommune filter on its place. */
  onExpand(place: string): void;
}

function expandButton(g: OverviewGroup, ctx: OverviewPanelContext, id?: string): HTMLElement | null {
  if (g.place === null) return null;
  const name = groupName(g, ctx.lang);
  const place = g.place;
  return button(
    id ? t('overviewExpand', ctx.lang) : t('overviewExpandOne', ctx.lang, { name }),
    () => ctx.onExpand(place),
    {
      class: 'overview-expand',
      attrs: { ...(id ? { id } : {}), 'data-place': place },
    },
  );
}

function groupDetails(g: OverviewGroup, gi: number, ctx: OverviewPanelContext): HTMLElement {
  const { lang, overview } = ctx;
  const ties = tiesOf(overview, gi);
  return el(
    'section',
    { class: 'overview-group', attrs: { 'aria-label': groupName(g, lang) } },
    el('h2', null, groupName(g, lang)),
    el(
      'p',
      { attrs: { id: 'overview-figures' } },
      t('overviewFigures', lang, { actors: g.actors, nodes: g.nodes, internal: g.internalTies }),
    ),
    g.place === null ? el('p', null, t('overviewNoPlaceNote', lang)) : expandButton(g, ctx, 'kreis-expand'),
    el('h3', null, t('overviewTies', lang)),
    ties.length
      ? el(
          'ul',
          { class: 'overview-ties' },
          ...ties.map((x) => {
            const other = overview.groups[x.group]!;
            return el(
              'li',
              null,
              button(t('overviewTieLine', lang, { name: groupName(other, lang), n: x.weight }), () =>
                ctx.onChoose(other.key),
              ),
            );
          }),
        )
      : el('p', null, t('overviewNoTies', lang)),
  );
}

export function overviewPanel(ctx: OverviewPanelContext): HTMLElement {
  const { lang, overview } = ctx;
  const root = el(
    'section',
    { class: 'overview', attrs: { 'aria-label': t('levelKreise', lang) } },
    el('p', { class: 'intro' }, t('overviewIntro', lang)),
  );
  const gi = ctx.selected === null ? -1 : overview.groups.findIndex((g) => g.key === ctx.selected);
  if (gi >= 0) root.append(groupDetails(overview.groups[gi]!, gi, ctx));
  // the largest first: where most of the network is
  const order = overview.groups.map((g, i) => [g, i] as const).sort((a, b) => b[0].actors - a[0].actors || a[1] - b[1]);
  root.append(
    el('h2', null, t('overviewGroups', lang)),
    el(
      'ul',
      { class: 'overview-list', attrs: { id: 'overview-list' } },
      ...order.map(([g]) =>
        el(
          'li',
          { attrs: { 'data-group': g.key } },
          button(`${groupName(g, lang)} (${g.actors})`, () => ctx.onChoose(g.key), {
            attrs: { 'aria-pressed': String(g.key === ctx.selected) },
          }),
          ' ',
          expandButton(g, ctx),
        ),
      ),
    ),
  );
  return root;
}
