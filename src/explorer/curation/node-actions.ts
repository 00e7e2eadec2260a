/**
 * The correction forms under the node panel: rename, change the kind, merge into another node, add
 * a relation, mark as wrong. Each form is its own builder over the same `NodeForms` value.
 */
import { NODE_KINDS, type NodeKind, RELATION_KINDS, type RelationKind } from '../../model/index.ts';
import type { ExplorerModel, NodeRecord } from '../data/explorer-model.ts';
import { t } from '../i18n.ts';
import { el, labelledSelect } from '../panels/dom.ts';
import { kindLabel, relationLabel } from '../state/appearance.ts';
import type { Language } from '../state/view-state.ts';
import { form, type AddEntry } from './forms.ts';
import { nodePicker } from './picker.ts';

/** What the forms need of the controller's context (its CurationContext has all of it). */
export interface NodeActionContext {
  model: ExplorerModel;
  lang: Language;
  labelOf(index: number): string;
  presenter?: boolean;
}

/** What every form of one node panel shares. */
interface NodeForms {
  c: NodeActionContext;
  node: NodeRecord;
  l: Language;
  /** Unique id stem of this set of forms. */
  id: string;
  /** The node's display name (a pseudonym in presenter mode). */
  name: string;
  /** Nodes the pickers may offer. */
  searchable(index: number): boolean;
  addEntry: AddEntry;
}

let uid = 0;

const isNodeKind = (v: string): v is NodeKind => (NODE_KINDS as readonly string[]).includes(v);
const isRelationKind = (v: string): v is RelationKind => (RELATION_KINDS as readonly string[]).includes(v);

// Umbenennen
function renameForm({ node, l, id, name, addEntry }: NodeForms): HTMLElement {
  const pseudonymised = name !== node.label;
  const nameInput = el('input', {
    attrs: {
      type: 'text',
      id: `${id}-name`,
      maxlength: 500,
      value: pseudonymised ? '' : node.label,
      'aria-describedby': `${id}-name-hint`,
    },
  });
  return form(
    `${id}-rename`,
    l,
    {
      summary: t('curRename', l),
      fields: [
        el(
          'div',
          { class: 'field' },
          el('label', { attrs: { for: `${id}-name` } }, t('curNewName', l)),
          nameInput,
          el('p', { class: 'muted', attrs: { id: `${id}-name-hint` } }, t('curRenameHint', l)),
        ),
      ],
      submit: t('curRenameSubmit', l),
      build: () => {
        const label = nameInput.value.trim();
        if (!label) return { error: t('curNameEmpty', l), field: nameInput };
        if (label === node.label) return { error: t('curNameSame', l), field: nameInput };
        return { op: 'rename', node: node.key, label };
      },
    },
    addEntry,
  );
}

// Art ändern
function setKindForm({ node, l, id, addEntry }: NodeForms): HTMLElement {
  let kind: string = node.kind;
  const kindField = labelledSelect(
    `${id}-kind`,
    t('curNewKind', l),
    NODE_KINDS.map((k) => [k, kindLabel(k, l)] as const),
    node.kind,
    (v) => (kind = v),
  );
  return form(
    `${id}-setkind`,
    l,
    {
      summary: t('curSetKind', l),
      fields: [kindField],
      submit: t('curSetKindSubmit', l),
      build: () => {
        const select = kindField.querySelector('select') ?? undefined;
        if (!isNodeKind(kind) || kind === node.kind) return { error: t('curKindSame', l), field: select };
        return { op: 'setKind', node: node.key, kind };
      },
    },
    addEntry,
  );
}

// Zusammenführen mit …
function mergeForm({ c, node, l, id, name, searchable, addEntry }: NodeForms): HTMLElement {
  const mergePicker = nodePicker({
    id: `${id}-merge-target`,
    label: t('curMergeTarget', l),
    model: c.model,
    lang: l,
    labelOf: c.labelOf,
    searchable,
  });
  return form(
    `${id}-merge`,
    l,
    {
      summary: t('curMerge', l),
      explain: t('curMergeExplain', l, { name }),
      fields: [mergePicker.element],
      submit: t('curMergeSubmit', l, { name }),
      build: () => {
        const keep = mergePicker.chosen();
        if (!keep) return { error: t('curChooseFirst', l), field: mergePicker.input };
        return { op: 'merge', keep: keep.key, remove: node.key };
      },
    },
    addEntry,
  );
}

// Beziehung hinzufügen
function addEdgeForm({ c, node, l, id, name, searchable, addEntry }: NodeForms): HTMLElement {
  const edgePicker = nodePicker({
    id: `${id}-edge-target`,
    label: t('curEdgeTarget', l),
    model: c.model,
    lang: l,
    labelOf: c.labelOf,
    searchable,
  });
  let relation: string = 'cooperates_with';
  let direction = 'out';
  const relationField = labelledSelect(
    `${id}-relation`,
    t('curRelationKind', l),
    RELATION_KINDS.map((k) => [k, relationLabel(k, l)] as const),
    relation,
    (v) => (relation = v),
  );
  const directionField = labelledSelect(
    `${id}-direction`,
    t('curDirection', l),
    [
      ['out', t('curDirOut', l, { name })],
      ['in', t('curDirIn', l, { name })],
    ],
    direction,
    (v) => (direction = v),
  );
  return form(
    `${id}-addedge`,
    l,
    {
      summary: t('curAddEdge', l),
      explain: t('curAddEdgeExplain', l),
      fields: [edgePicker.element, relationField, directionField],
      submit: t('curAddEdgeSubmit', l),
      build: () => {
        const other = edgePicker.chosen();
        if (!other) return { error: t('curChooseFirst', l), field: edgePicker.input };
        if (!isRelationKind(relation)) return { error: t('curChooseFirst', l) };
        const [source, target] = direction === 'in' ? [other.key, node.key] : [node.key, other.key];
        return { op: 'addEdge', source, target, kind: relation };
      },
    },
    addEntry,
  );
}

// Als falsch markieren
function markWrongForm({ node, l, id, addEntry }: NodeForms): HTMLElement {
  return form(
    `${id}-wrong`,
    l,
    {
      summary: t('curMarkWrong', l),
      explain: t('curMarkWrongExplain', l),
      fields: [],
      submit: t('curMarkWrongSubmit', l),
      danger: true,
      build: () => ({ op: 'markWrong', target: { node: node.key } }),
    },
    addEntry,
  );
}

/** The forms for one node (a new element on every call); hidden and empty without a context. */
export function nodeActions(c: NodeActionContext | null, node: NodeRecord, addEntry: AddEntry): HTMLElement {
  if (!c) return el('div', { attrs: { hidden: true } });
  const forms: NodeForms = {
    c,
    node,
    l: c.lang,
    id: `cur-${++uid}`,
    name: c.labelOf(node.index),
    searchable: (i: number) => i !== node.index && !(c.presenter && c.model.nodes[i]?.kind === 'person'),
    addEntry,
  };
  const { l, id } = forms;
  const boxes = [renameForm, setKindForm, mergeForm, addEdgeForm, markWrongForm].map((build) => build(forms));
  return el(
    'section',
    { class: 'curation-actions', attrs: { 'aria-labelledby': `${id}-title` } },
    el('h3', { attrs: { id: `${id}-title` } }, t('curActions', l)),
    ...boxes,
  );
}
