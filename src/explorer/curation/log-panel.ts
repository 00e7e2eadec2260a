/**
 * The „Korrekturen“ tab: where the log is stored, the last message, undo/redo, the log's entries,
 * export, import and „Alle verwerfen“ (a second click within a few seconds confirms). One element
 * for the controller's life, rebuilt only when the language changes, brought up to date on `render`.
 */
import type { CurationEntry, CurationReportEntry } from '../../curation/index.ts';
import { t } from '../i18n.ts';
import { button, clear, el } from '../panels/dom.ts';
import type { Language } from '../state/view-state.ts';
import * as H from './history.ts';
import type { LogStorage } from './store.ts';

export interface LogPanelDeps {
  networkName: string;
  /** A message to show from the start. */
  warning?: string | null;
  lang(): Language;
  history(): H.CurationHistory;
  storage(): LogStorage;
  report(): readonly CurationReportEntry[];
  /** Presenter mode: no notes, no reasons why an entry was not applied. */
  presenter(): boolean;
  describe(entry: CurationEntry): string;
  undo(): void;
  redo(): void;
  exportLog(): void;
  importFile(file: File): Promise<void>;
  /** „Alle verwerfen“ confirmed. */
  clearLog(): void;
}

export interface LogPanel {
  readonly root: HTMLElement;
  /** Whether the panel was ever shown (then a new context redraws it). */
  isBuilt(): boolean;
  render(): void;
  renderStorage(): void;
  showNotice(text: string, error: boolean): void;
  /** Forgets a first click on „Alle verwerfen“. */
  disarmClear(): void;
}

const CONFIRM_MS = 6000;

type Parts = ReturnType<typeof panelParts>;

/** The parts that outlive a rebuild (their state is set on every render). */
function panelParts() {
  return {
    storage: el('p', { class: 'curation-storage' }),
    notice: el('p', { class: 'curation-notice', attrs: { role: 'status', 'aria-live': 'polite' } }),
    undo: el('button', { attrs: { type: 'button' } }),
    redo: el('button', { attrs: { type: 'button' } }),
    logTitle: el('h3'),
    list: el('ol', { class: 'curation-log' }),
    none: el('p', { class: 'muted' }),
    clear: el('button', { class: 'danger', attrs: { type: 'button' } }),
  };
}

function importField(importFile: (file: File) => Promise<void>): HTMLInputElement {
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
  return importInput;
}

function labelUndoRedo(parts: Parts, l: Language): void {
  parts.undo.textContent = `↶ ${t('curUndo', l)}`;
  parts.undo.title = t('curUndoTitle', l);
  parts.undo.setAttribute('aria-keyshortcuts', 'Control+Z');
  parts.redo.textContent = `↷ ${t('curRedo', l)}`;
  parts.redo.title = t('curRedoTitle', l);
  parts.redo.setAttribute('aria-keyshortcuts', 'Control+Y Control+Shift+Z');
}

function buildPanel(root: HTMLElement, parts: Parts, l: Language, deps: LogPanelDeps): void {
  clear(root);
  const importInput = importField(deps.importFile);
  labelUndoRedo(parts, l);
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
      button(t('curExport', l), deps.exportLog, { attrs: { id: 'curation-export' } }),
      el('div', { class: 'field' }, el('label', { attrs: { for: 'curation-import' } }, t('curImport', l)), importInput),
      el('p', { class: 'muted', attrs: { id: 'curation-import-hint' } }, t('curImportHint', l)),
      parts.clear,
    ),
    el('p', { class: 'muted curation-cli' }, t('curCliCopy', l)),
  );
}

/** One line of the log: the entry, its note, author and time, and why it was not applied. */
function entryItem(
  entry: CurationEntry,
  l: Language,
  deps: LogPanelDeps,
  skipped: ReadonlyMap<string, string>,
): HTMLElement {
  const presenter = deps.presenter();
  const meta = [entry.author, entry.at].filter((x): x is string => !!x).join(', ');
  return el(
    'li',
    { attrs: { 'data-entry-id': entry.id } },
    el('span', { class: 'entry-text' }, deps.describe(entry)),
    entry.note && !presenter ? el('span', { class: 'entry-note' }, ` – ${t('curEntryNote', l)}: ${entry.note}`) : null,
    meta ? el('span', { class: 'entry-meta muted' }, ` (${meta})`) : null,
    skipped.has(entry.id)
      ? el(
          'span',
          { class: 'entry-skipped' },
          ` – ${t('curNotApplied', l)}${presenter ? '' : `: ${skipped.get(entry.id)}`}`,
        )
      : null,
  );
}

export function createLogPanel(deps: LogPanelDeps): LogPanel {
  const root = el('section', { class: 'curation', attrs: { 'aria-labelledby': 'curation-title' } });
  const parts = panelParts();
  let builtFor: Language | null = null;
  let notice: { text: string; error: boolean } | null = deps.warning ? { text: deps.warning, error: true } : null;
  let clearArmed = false;
  let clearTimer: ReturnType<typeof setTimeout> | null = null;
  const entryCount = () => H.current(deps.history()).entries.length;

  parts.undo.addEventListener('click', () => deps.undo());
  parts.redo.addEventListener('click', () => deps.redo());
  parts.clear.addEventListener('click', () => {
    if (!entryCount()) return;
    if (!clearArmed) {
      clearArmed = true;
      renderClear();
      clearTimer = setTimeout(disarmClear, CONFIRM_MS);
      return;
    }
    deps.clearLog();
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
    parts.storage.textContent = t(
      deps.storage() === 'indexeddb' ? 'curStoredBrowser' : 'curStoredMemory',
      deps.lang(),
      {
        name: deps.networkName,
      },
    );
    parts.storage.classList.toggle('warning', deps.storage() !== 'indexeddb');
  }

  function renderClear(): void {
    const n = entryCount();
    parts.clear.textContent = clearArmed ? t('curClearConfirm', deps.lang(), { n }) : t('curClear', deps.lang());
    parts.clear.disabled = n === 0;
  }

  function render(): void {
    const l = deps.lang();
    if (builtFor !== l) {
      buildPanel(root, parts, l, deps);
      builtFor = l;
    }
    const history = deps.history();
    const log = H.current(history);
    parts.undo.disabled = !H.canUndo(history);
    parts.redo.disabled = !H.canRedo(history);
    parts.logTitle.textContent = t('curLogTitle', l, { n: log.entries.length });
    clear(parts.list);
    const skipped = new Map(
      deps
        .report()
        .filter((r) => r.status === 'skipped')
        .map((r) => [r.id, r.message] as const),
    );
    for (const entry of log.entries) parts.list.append(entryItem(entry, l, deps, skipped));
    parts.list.hidden = log.entries.length === 0;
    parts.none.hidden = log.entries.length > 0;
    renderStorage();
    renderNotice();
    renderClear();
  }

  return {
    root,
    isBuilt: () => builtFor !== null,
    render,
    renderStorage,
    showNotice(text, error) {
      notice = { text, error };
      renderNotice();
    },
    disarmClear,
  };
}
