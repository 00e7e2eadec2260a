/**
 * The explorer side of curation („Korrekturen“): the forms under the node panel, a control per
 * relation row, and the tab with the log, undo/redo, export, import and „Alle verwerfen“.
 *
 * Flow: a form builds an operation → `history.add` (appendEntry: zod-checked, next counter id) →
 * the log is saved (store.ts; fire and forget, a failure becomes a visible message) → the app's
 * `onChange(log)` re-applies the whole log to the uncurated graph and redraws. Undo and redo swap the
 * log the same way, so the map always shows `applyCuration(uncurated, log())`.
 *
 * Browser only (DOM through panels/dom.ts; text content only, never markup).
 */
import {
  type CurationEntry,
  type CurationLog,
  type CurationOperation,
  type CurationReportEntry,
  describeEntry,
  emptyCurationLog,
} from '../../curation/index.ts';
import { NODE_KINDS, type NodeKind, RELATION_KINDS, type RelationKind } from '../../model/index.ts';
import type { EdgeRecord, ExplorerModel, NodeRecord } from '../data/explorer-model.ts';
import { t } from '../i18n.ts';
import { button, clear, el, labelledSelect } from '../panels/dom.ts';
import { kindLabel, relationLabel } from '../state/appearance.ts';
import type { Language } from '../state/view-state.ts';
import * as H from './history.ts';
import { nodePicker } from './picker.ts';
import { downloadLog, logStorage, readLogFile, saveLog, type LogStorage } from './store.ts';

export interface CurationContext {
  /** The CURATED network currently shown. */
  model: ExplorerModel;
  lang: Language;
  /** Display label (pseudonyms in presenter mode). */
  labelOf(index: number): string;
  /** The app re-applies the log to the uncurated graph and redraws. */
  onChange(log: CurationLog): void;
  /** Presenter mode: persons are not offered in the pickers, notes and persons' new names are not shown. */
  presenter?: boolean;
  /** What applying the log did, entry by entry: entries that were not applied are marked in the list. */
  report?: readonly CurationReportEntry[];
  /** Optional: also show messages elsewhere (the app's notice line); the panel always shows them. */
  notify?(message: string, isError: boolean): void;
  /**
   * Optional: labels by key from the UNCURATED graph (`labelsOf(graph)` of curation/describe.ts), so the
   * log names nodes as they were before the corrections („Umbenannt: alter Name → neuer Name“). Without it
   * the controller uses the first label it saw for a key.
   */
  labelOfKey?(key: string): string | undefined;
}

export interface CurationController {
  log(): CurationLog;
  setContext(ctx: CurationContext): void;
  /** The „Korrekturen“ tab (the same element on every call, brought up to date). */
  panel(): HTMLElement;
  /** Forms under the node panel (a new element on every call). */
  nodeActions(node: NodeRecord): HTMLElement;
  /** A small „Beziehung als falsch markieren“ button for a relation row. */
  edgeActions(edge: EdgeRecord): HTMLElement;
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Ctrl/Cmd+Z, Ctrl/Cmd+Y, Ctrl/Cmd+Shift+Z outside text fields; true (and preventDefault) when handled. */
  handleKey(ev: KeyboardEvent): boolean;
  /** Import as from the panel's file field (e.g. for a dropped curation.json); errors become messages. */
  importFile(file: File): Promise<void>;
  /**
   * Whether leaving the page now would lose corrections: there are some, they are neither stored in
   * the browser (a save still running, or IndexedDB unavailable) nor exported since the last change.
   */
  hasUnsaved(): boolean;
}

/** What the controller needs from store.ts (replaceable for tests). */
export interface CurationPersistence {
  saveLog(name: string, log: CurationLog): Promise<void>;
  storage(): LogStorage;
}

export interface CurationControllerOptions {
  /** A message to show from the start, e.g. the warning of `loadLog`. */
  warning?: string | null;
  persistence?: CurationPersistence;
}

const CONFIRM_MS = 6000;
let uid = 0;

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

/** Whether typing goes into this element (then Ctrl+Z belongs to the field). */
export function isTextField(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

const isNodeKind = (v: string): v is NodeKind => (NODE_KINDS as readonly string[]).includes(v);
const isRelationKind = (v: string): v is RelationKind => (RELATION_KINDS as readonly string[]).includes(v);

export function createCurationController(
  networkName: string,
  initial: CurationLog,
  options: CurationControllerOptions = {},
): CurationController {
  const store: CurationPersistence = options.persistence ?? { saveLog, storage: logStorage };
  let history = H.createHistory(initial);
  let ctx: CurationContext | null = null;
  let notice: { text: string; error: boolean } | null = options.warning ? { text: options.warning, error: true } : null;
  let saving: Promise<void> = Promise.resolve();
  /** Saves started and not yet settled, and the log a save last failed for (null once one succeeds). */
  let pendingSaves = 0;
  let failedLog: CurationLog | null = null;
  /** The log the planner last downloaded: what is exported cannot be lost. */
  let exportedLog: CurationLog | null = null;
  /** The first label and kind seen per key, for the log's lines (nodes renamed, merged away, removed). */
  const seen = new Map<string, { label: string; kind: NodeKind }>();
  let clearArmed = false;
  let clearTimer: ReturnType<typeof setTimeout> | null = null;

  const lang = (): Language => ctx?.lang ?? 'de';

  // ------------------------------------------------------------------ names

  const isPerson = (key: string): boolean => {
    const i = ctx?.model.byKey.get(key);
    return (
      key.startsWith('person:') ||
      seen.get(key)?.kind === 'person' ||
      (i !== undefined && ctx?.model.nodes[i]?.kind === 'person')
    );
  };
  const nameOfKey = (key: string): string | undefined => {
    const i = ctx?.model.byKey.get(key);
    if (ctx?.presenter && isPerson(key)) return i !== undefined ? ctx.labelOf(i) : t('curRemovedPerson', lang());
    return ctx?.labelOfKey?.(key) ?? seen.get(key)?.label ?? (ctx && i !== undefined ? ctx.labelOf(i) : undefined);
  };
  const describe = (entry: CurationEntry): string => {
    if (ctx?.presenter && entry.op === 'rename' && isPerson(entry.node))
      return describeEntry({ ...entry, label: '…' }, nameOfKey);
    return describeEntry(entry, nameOfKey);
  };
  /** The entry added or removed between two logs, or null when they differ otherwise (an import). */
  const stepEntry = (shorter: CurationLog, longer: CurationLog): CurationEntry | null => {
    if (longer.entries.length !== shorter.entries.length + 1) return null;
    if (!shorter.entries.every((e, i) => longer.entries[i] === e)) return null;
    return longer.entries[longer.entries.length - 1] ?? null;
  };

  // ------------------------------------------------------------------ changes

  const say = (text: string, error: boolean) => {
    notice = { text, error };
    renderNotice();
    ctx?.notify?.(text, error);
  };

  const persist = (log: CurationLog) => {
    pendingSaves++;
    saving = saving
      .then(() => store.saveLog(networkName, log))
      .then(
        () => {
          pendingSaves--;
          failedLog = null;
          renderStorage();
        },
        (e: unknown) => {
          pendingSaves--;
          failedLog = log;
          renderStorage();
          say(e instanceof Error ? e.message : String(e), true);
        },
      );
  };

  const apply = (next: H.CurationHistory, message: string) => {
    history = next;
    disarmClear();
    const log = H.current(history);
    persist(log);
    say(message, false);
    renderPanel();
    ctx?.onChange(log);
  };

  /** Appends an operation; returns an error text instead of throwing (a format error of the entry). */
  const addEntry = (operation: CurationOperation, note: string): string | null => {
    let next: H.CurationHistory;
    try {
      next = H.add(history, operation, { note });
    } catch (e) {
      const text = t('curFailed', lang(), { error: e instanceof Error ? e.message : String(e) });
      say(text, true);
      return text;
    }
    const log = H.current(next);
    const entry = log.entries[log.entries.length - 1]!;
    apply(next, t('curApplied', lang(), { n: log.entries.length, text: describe(entry) }));
    return null;
  };

  const undo = () => {
    if (!H.canUndo(history)) return;
    const before = H.current(history);
    const next = H.undo(history);
    const entry = stepEntry(H.current(next), before);
    apply(
      next,
      t('curUndone', lang(), {
        text: entry ? describe(entry) : t('curLogRestored', lang(), { n: H.current(next).entries.length }),
      }),
    );
  };

  const redo = () => {
    if (!H.canRedo(history)) return;
    const before = H.current(history);
    const next = H.redo(history);
    const entry = stepEntry(before, H.current(next));
    apply(
      next,
      t('curRedone', lang(), {
        text: entry ? describe(entry) : t('curLogRestored', lang(), { n: H.current(next).entries.length }),
      }),
    );
  };

  const importFile = async (file: File): Promise<void> => {
    try {
      const log = await readLogFile(file);
      const old = H.current(history).entries.length;
      apply(H.replace(history, log), t('curImported', lang(), { n: log.entries.length, file: file.name, old }));
    } catch (e) {
      say(e instanceof Error ? e.message : String(e), true);
    }
  };

  const exportLog = () => {
    try {
      const log = H.current(history);
      downloadLog(log);
      exportedLog = log;
      say(t('curExported', lang(), { n: log.entries.length }), false);
    } catch (e) {
      say(e instanceof Error ? e.message : String(e), true);
    }
  };

  // ------------------------------------------------------------------ the panel

  const root = el('section', { class: 'curation', attrs: { 'aria-labelledby': 'curation-title' } });
  let builtFor: Language | null = null;
  const parts = {
    storage: el('p', { class: 'curation-storage' }),
    notice: el('p', { class: 'curation-notice', attrs: { role: 'status', 'aria-live': 'polite' } }),
    undo: el('button', { attrs: { type: 'button' } }),
    redo: el('button', { attrs: { type: 'button' } }),
    logTitle: el('h3'),
    list: el('ol', { class: 'curation-log' }),
    none: el('p', { class: 'muted' }),
    clear: el('button', { class: 'danger', attrs: { type: 'button' } }),
  };
  parts.undo.addEventListener('click', () => undo());
  parts.redo.addEventListener('click', () => redo());
  parts.clear.addEventListener('click', () => {
    if (!H.current(history).entries.length) return;
    if (!clearArmed) {
      clearArmed = true;
      renderClear();
      clearTimer = setTimeout(disarmClear, CONFIRM_MS);
      return;
    }
    apply(H.replace(history, emptyCurationLog()), t('curCleared', lang()));
  });

  function disarmClear(): void {
    if (clearTimer) clearTimeout(clearTimer);
    clearTimer = null;
    if (!clearArmed) return;
    clearArmed = false;
    renderClear();
  }

  function renderNotice(): void {
    parts.notice.textContent = notice?.text ?? '';
    parts.notice.hidden = !notice;
    parts.notice.classList.toggle('error', !!notice?.error);
  }

  function renderStorage(): void {
    parts.storage.textContent = t(store.storage() === 'indexeddb' ? 'curStoredBrowser' : 'curStoredMemory', lang(), {
      name: networkName,
    });
    parts.storage.classList.toggle('warning', store.storage() !== 'indexeddb');
  }

  function renderClear(): void {
    const n = H.current(history).entries.length;
    parts.clear.textContent = clearArmed ? t('curClearConfirm', lang(), { n }) : t('curClear', lang());
    parts.clear.disabled = n === 0;
  }

  function build(l: Language): void {
    clear(root);
    const importInput = el('input', {
      attrs: {
        type: 'file',
        id: 'curation-import',
        accept: '.json,application/json',
        'aria-describedby': 'curation-import-hint',
      },
    });
    importInput.addEventListener('change', () => {
      const file = importInput.files?.[0];
      importInput.value = '';
      if (file) void importFile(file);
    });
    parts.undo.textContent = `↶ ${t('curUndo', l)}`;
    parts.undo.title = t('curUndoTitle', l);
    parts.undo.setAttribute('aria-keyshortcuts', 'Control+Z');
    parts.redo.textContent = `↷ ${t('curRedo', l)}`;
    parts.redo.title = t('curRedoTitle', l);
    parts.redo.setAttribute('aria-keyshortcuts', 'Control+Y Control+Shift+Z');
    parts.none.textContent = t('curNone', l);
    root.append(
      el('h2', { attrs: { id: 'curation-title' } }, t('tabCuration', l)),
      el('p', { class: 'intro' }, t('curIntro', l)),
      parts.storage,
      parts.notice,
      el(
        'div',
        {
          class: 'curation-toolbar',
          attrs: { role: 'group', 'aria-label': `${t('curUndo', l)} / ${t('curRedo', l)}` },
        },
        parts.undo,
        parts.redo,
      ),
      parts.logTitle,
      parts.list,
      parts.none,
      el(
        'div',
        { class: 'curation-files' },
        button(t('curExport', l), exportLog, { attrs: { id: 'curation-export' } }),
        el(
          'div',
          { class: 'field' },
          el('label', { attrs: { for: 'curation-import' } }, t('curImport', l)),
          importInput,
        ),
        el('p', { class: 'muted', attrs: { id: 'curation-import-hint' } }, t('curImportHint', l)),
        parts.clear,
      ),
      el('p', { class: 'muted curation-cli' }, t('curCliCopy', l)),
    );
    builtFor = l;
  }

  function renderPanel(): void {
    const l = lang();
    if (builtFor !== l) build(l);
    const log = H.current(history);
    parts.undo.disabled = !H.canUndo(history);
    parts.redo.disabled = !H.canRedo(history);
    parts.logTitle.textContent = t('curLogTitle', l, { n: log.entries.length });
    clear(parts.list);
    const skipped = new Map(
      (ctx?.report ?? []).filter((r) => r.status === 'skipped').map((r) => [r.id, r.message] as const),
    );
    for (const entry of log.entries) {
      const meta = [entry.author, entry.at].filter((x): x is string => !!x).join(', ');
      parts.list.append(
        el(
          'li',
          { attrs: { 'data-entry-id': entry.id } },
          el('span', { class: 'entry-text' }, describe(entry)),
          entry.note && !ctx?.presenter
            ? el('span', { class: 'entry-note' }, ` – ${t('curEntryNote', l)}: ${entry.note}`)
            : null,
          meta ? el('span', { class: 'entry-meta muted' }, ` (${meta})`) : null,
          skipped.has(entry.id)
            ? el(
                'span',
                { class: 'entry-skipped' },
                ` – ${t('curNotApplied', l)}${ctx?.presenter ? '' : `: ${skipped.get(entry.id)}`}`,
              )
            : null,
        ),
      );
    }
    parts.list.hidden = log.entries.length === 0;
    parts.none.hidden = log.entries.length > 0;
    renderStorage();
    renderNotice();
    renderClear();
  }

  // ------------------------------------------------------------------ forms under the node panel

  interface FormSpec {
    summary: string;
    explain?: string;
    fields: Node[];
    submit: string;
    danger?: boolean;
    /** The operation, or an error text for the field the planner must fix. */
    build(): CurationOperation | { error: string; field?: HTMLElement };
  }

  function noteField(id: string, l: Language): { element: HTMLElement; input: HTMLInputElement } {
    const input = el('input', {
      attrs: { type: 'text', id, maxlength: 2000, placeholder: t('curNotePlaceholder', l) },
    });
    return {
      element: el('div', { class: 'field' }, el('label', { attrs: { for: id } }, t('curNote', l)), input),
      input,
    };
  }

  function form(id: string, l: Language, spec: FormSpec): HTMLElement {
    const note = noteField(`${id}-note`, l);
    const error = el('p', { class: 'form-error', attrs: { id: `${id}-error`, role: 'alert', hidden: true } });
    const f = el(
      'form',
      { class: 'curation-form', attrs: { novalidate: true } },
      spec.explain ? el('p', { class: 'muted', attrs: { id: `${id}-explain` } }, spec.explain) : null,
      ...spec.fields,
      note.element,
      error,
      el('button', { class: spec.danger ? 'danger' : 'primary', attrs: { type: 'submit' } }, spec.submit),
    );
    if (spec.explain) f.setAttribute('aria-describedby', `${id}-explain`);
    f.addEventListener('submit', (ev) => {
      ev.preventDefault();
      for (const bad of f.querySelectorAll('[aria-invalid]')) bad.removeAttribute('aria-invalid');
      const built = spec.build();
      let problem: string | null;
      if ('error' in built) {
        problem = built.error;
        if (built.field) {
          built.field.setAttribute('aria-invalid', 'true');
          built.field.setAttribute('aria-errormessage', `${id}-error`);
          built.field.focus();
        }
      } else problem = addEntry(built, note.input.value);
      error.textContent = problem ?? '';
      error.hidden = !problem;
      if (!problem) note.input.value = '';
    });
    return el('details', { class: 'curation-form-box' }, el('summary', null, spec.summary), f);
  }

  function nodeActions(node: NodeRecord): HTMLElement {
    const c = ctx;
    if (!c) return el('div', { attrs: { hidden: true } });
    const l = c.lang;
    const id = `cur-${++uid}`;
    const name = c.labelOf(node.index);
    const pseudonymised = name !== node.label;
    const searchable = (i: number) => i !== node.index && !(c.presenter && c.model.nodes[i]?.kind === 'person');

    // Umbenennen
    const nameInput = el('input', {
      attrs: {
        type: 'text',
        id: `${id}-name`,
        maxlength: 500,
        value: pseudonymised ? '' : node.label,
        'aria-describedby': `${id}-name-hint`,
      },
    });
    const rename = form(`${id}-rename`, l, {
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
    });

    // Art ändern
    let kind: string = node.kind;
    const kindField = labelledSelect(
      `${id}-kind`,
      t('curNewKind', l),
      NODE_KINDS.map((k) => [k, kindLabel(k, l)] as const),
      node.kind,
      (v) => (kind = v),
    );
    const setKind = form(`${id}-setkind`, l, {
      summary: t('curSetKind', l),
      fields: [kindField],
      submit: t('curSetKindSubmit', l),
      build: () => {
        const select = kindField.querySelector('select') ?? undefined;
        if (!isNodeKind(kind) || kind === node.kind) return { error: t('curKindSame', l), field: select };
        return { op: 'setKind', node: node.key, kind };
      },
    });

    // Zusammenführen mit …
    const mergePicker = nodePicker({
      id: `${id}-merge-target`,
      label: t('curMergeTarget', l),
      model: c.model,
      lang: l,
      labelOf: c.labelOf,
      searchable,
    });
    const merge = form(`${id}-merge`, l, {
      summary: t('curMerge', l),
      explain: t('curMergeExplain', l, { name }),
      fields: [mergePicker.element],
      submit: t('curMergeSubmit', l, { name }),
      build: () => {
        const keep = mergePicker.chosen();
        if (!keep) return { error: t('curChooseFirst', l), field: mergePicker.input };
        return { op: 'merge', keep: keep.key, remove: node.key };
      },
    });

    // Beziehung hinzufügen
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
    const addEdge = form(`${id}-addedge`, l, {
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
    });

    // Als falsch markieren
    const markWrong = form(`${id}-wrong`, l, {
      summary: t('curMarkWrong', l),
      explain: t('curMarkWrongExplain', l),
      fields: [],
      submit: t('curMarkWrongSubmit', l),
      danger: true,
      build: () => ({ op: 'markWrong', target: { node: node.key } }),
    });

    return el(
      'section',
      { class: 'curation-actions', attrs: { 'aria-labelledby': `${id}-title` } },
      el('h3', { attrs: { id: `${id}-title` } }, t('curActions', l)),
      rename,
      setKind,
      merge,
      addEdge,
      markWrong,
    );
  }

  function edgeActions(edge: EdgeRecord): HTMLElement {
    const c = ctx;
    const source = c?.model.nodes[edge.source];
    const target = c?.model.nodes[edge.target];
    if (!c || !source || !target) return el('span', { attrs: { hidden: true } });
    const l = c.lang;
    const text = `${c.labelOf(edge.source)} – ${relationLabel(edge.kind, l)} → ${c.labelOf(edge.target)}`;
    return button(
      t('curMarkEdgeWrong', l),
      () => {
        addEntry(
          { op: 'markWrong', target: { edge: { source: source.key, target: target.key, kind: edge.kind } } },
          '',
        );
      },
      { class: 'link curation-edge-wrong', attrs: { 'aria-label': `${t('curMarkEdgeWrong', l)}: ${text}` } },
    );
  }

  // ------------------------------------------------------------------ the controller

  return {
    log: () => H.current(history),
    setContext(next) {
      ctx = next;
      // the first label seen for a key: the name before this session's corrections
      for (const n of next.model.nodes) if (!seen.has(n.key)) seen.set(n.key, { label: n.label, kind: n.kind });
      if (builtFor !== null) renderPanel();
    },
    panel() {
      renderPanel();
      return root;
    },
    nodeActions,
    edgeActions,
    undo,
    redo,
    canUndo: () => H.canUndo(history),
    canRedo: () => H.canRedo(history),
    handleKey(ev) {
      if (ev.defaultPrevented || ev.altKey || !(ev.ctrlKey || ev.metaKey)) return false;
      const focus =
        ev.target instanceof Element ? ev.target : typeof document === 'undefined' ? null : document.activeElement;
      if (isTextField(focus)) return false;
      const key = ev.key.toLowerCase();
      const action = key === 'z' ? (ev.shiftKey ? 'redo' : 'undo') : key === 'y' && !ev.shiftKey ? 'redo' : null;
      if (!action || !(action === 'undo' ? H.canUndo(history) : H.canRedo(history))) return false;
      ev.preventDefault();
      if (action === 'undo') undo();
      else redo();
      return true;
    },
    importFile,
    hasUnsaved() {
      const log = H.current(history);
      if (log === exportedLog || log.entries.length === 0) return false;
      const stored = pendingSaves === 0 && failedLog === null && store.storage() === 'indexeddb';
      return !stored;
    },
  };
}
