/** The small „Beziehung als falsch markieren“ button of a relation row in the node panel. */
import type { EdgeRecord } from '../data/explorer-model.ts';
import { t } from '../i18n.ts';
import { button, el } from '../panels/dom.ts';
import { relationLabel } from '../state/appearance.ts';
import type { AddEntry } from './forms.ts';
import type { NodeActionContext } from './node-actions.ts';

/** Hidden and empty without a context or when an end of the relation is not in the network. */
export function edgeActions(c: NodeActionContext | null, edge: EdgeRecord, addEntry: AddEntry): HTMLElement {
  const source = c?.model.nodes[edge.source];
  const target = c?.model.nodes[edge.target];
  if (!c || !source || !target) return el('span', { attrs: { hidden: true } });
  const l = c.lang;
  const text = `${c.labelOf(edge.source)} – ${relationLabel(edge.kind, l)} → ${c.labelOf(edge.target)}`;
  return button(
    t('curMarkEdgeWrong', l),
    () => {
      addEntry({ op: 'markWrong', target: { edge: { source: source.key, target: target.key, kind: edge.kind } } }, '');
    },
    { class: 'link curation-edge-wrong', attrs: { 'aria-label': `${t('curMarkEdgeWrong', l)}: ${text}` } },
  );
}
