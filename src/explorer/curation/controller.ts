/**
 * The explorer side of curation („Korrekturen“): the forms under the node panel, a control per
 * relation row, and the tab with the log, undo/redo, export, import and „Alle verwerfen“.
 *
 * Parts: the forms (node-actions.ts, edge-actions.ts, forms.ts), the tab (log-panel.ts), the log's
 * names (naming.ts), the saves (saves.ts), undo and redo (history.ts).
 *
 * Flow: a form builds an operation → `history.add` (appendEntry: zod-checked, next counter id) →
 * the log is saved (store.ts; fire and forget, a failure becomes a visible message) → the app's
 * `onChange(log)` re-applies the whole log to the uncurated graph and redraws. Undo and redo swap the
 * log the same way, so the map always shows `applyCuration(uncurated, log())`.
 *
 * Browser only (DOM through panels/dom.ts; text content only, never markup).
 */
import {
  type CurationLog,
  type CurationOperation,
  type CurationReportEntry,
  emptyCurationLog,
} from '../../curation/index.ts';
import type { EdgeRecord, ExplorerModel, NodeRecord } from '../data/explorer-model.ts';
import { t } from '../i18n.ts';
import type { Language } from '../state/view-state.ts';
import { edgeActions } from './edge-actions.ts';
import * as H from './history.ts';
import { createLogPanel } from './log-panel.ts';
import { createNaming } from './naming.ts';
import { nodeActions } from './node-actions.ts';
import { createSaveTracker, type CurationPersistence } from './saves.ts';
import { downloadLog, logStorage, readLogFile, saveLog } from './store.ts';

export type { CurationPersistence } from './saves.ts';

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

export interface CurationControllerOptions {
  /** A message to show from the start, e.g. the warning of `loadLog`. */
  warning?: string | null;
  persistence?: CurationPersistence;
}

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

/** Which step a key press asks for: Ctrl/Cmd+Z undo, Ctrl/Cmd+Y or Ctrl/Cmd+Shift+Z redo. */
function keyAction(ev: KeyboardEvent): 'undo' | 'redo' | null {
  if (ev.defaultPrevented || ev.altKey || !(ev.ctrlKey || ev.metaKey)) return null;
  const focus =
    ev.target instanceof Element ? ev.target : typeof document === 'undefined' ? null : document.activeElement;
  if (isTextField(focus)) return null;
  const key = ev.key.toLowerCase();
  return key === 'z' ? (ev.shiftKey ? 'redo' : 'undo') : key === 'y' && !ev.shiftKey ? 'redo' : null;
}

/** Runs the step a key press asks for when it is possible; true (and preventDefault) when it did. */
function handleStepKey(ev: KeyboardEvent, history: H.CurationHistory, steps: Record<'undo' | 'redo', () => void>) {
  const action = keyAction(ev);
  if (!action || !(action === 'undo' ? H.canUndo(history) : H.canRedo(history))) return false;
  ev.preventDefault();
  steps[action]();
  return true;
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function createCurationController(
  networkName: string,
  initial: CurationLog,
  options: CurationControllerOptions = {},
): CurationController {
  const store: CurationPersistence = options.persistence ?? { saveLog, storage: logStorage };
  let history = H.createHistory(initial);
  let ctx: CurationContext | null = null;
  const lang = (): Language => ctx?.lang ?? 'de';
  const naming = createNaming(() => ctx);
  const describe = naming.describe;

  // `panel` is created further down (it calls undo, redo, import and export); nothing here runs before
  const say = (text: string, error: boolean) => {
    panel.showNotice(text, error);
    ctx?.notify?.(text, error);
  };
  const saves = createSaveTracker(networkName, store, {
    settled: () => panel.renderStorage(),
    failed: (message) => say(message, true),
  });

  const apply = (next: H.CurationHistory, message: string) => {
    history = next;
    panel.disarmClear();
    const log = H.current(history);
    saves.persist(log);
    say(message, false);
    panel.render();
    ctx?.onChange(log);
  };

  /** Appends an operation; returns an error text instead of throwing (a format error of the entry). */
  const addEntry = (operation: CurationOperation, note: string): string | null => {
    let next: H.CurationHistory;
    try {
      next = H.add(history, operation, { note });
    } catch (e) {
      const text = t('curFailed', lang(), { error: errorText(e) });
      say(text, true);
      return text;
    }
    const log = H.current(next);
    const entry = log.entries[log.entries.length - 1]!;
    apply(next, t('curApplied', lang(), { n: log.entries.length, text: describe(entry) }));
    return null;
  };

  /** Undo or redo: the message names the entry stepped over, or the size of the log restored. */
  const step = (next: H.CurationHistory, entry: ReturnType<typeof H.stepEntry>, message: 'curUndone' | 'curRedone') =>
    apply(
      next,
      t(message, lang(), {
        text: entry ? describe(entry) : t('curLogRestored', lang(), { n: H.current(next).entries.length }),
      }),
    );
  const undo = () => {
    if (!H.canUndo(history)) return;
    const next = H.undo(history);
    step(next, H.stepEntry(H.current(next), H.current(history)), 'curUndone');
  };
  const redo = () => {
    if (!H.canRedo(history)) return;
    const next = H.redo(history);
    step(next, H.stepEntry(H.current(history), H.current(next)), 'curRedone');
  };

  const importFile = async (file: File): Promise<void> => {
    try {
      const log = await readLogFile(file);
      const old = H.current(history).entries.length;
      apply(H.replace(history, log), t('curImported', lang(), { n: log.entries.length, file: file.name, old }));
    } catch (e) {
      say(errorText(e), true);
    }
  };

  const exportLog = () => {
    try {
      const log = H.current(history);
      downloadLog(log);
      saves.exported(log);
      say(t('curExported', lang(), { n: log.entries.length }), false);
    } catch (e) {
      say(errorText(e), true);
    }
  };

  const panel = createLogPanel({
    networkName,
    warning: options.warning,
    lang,
    history: () => history,
    storage: () => store.storage(),
    report: () => ctx?.report ?? [],
    presenter: () => !!ctx?.presenter,
    describe,
    undo,
    redo,
    exportLog,
    importFile,
    clearLog: () => apply(H.replace(history, emptyCurationLog()), t('curCleared', lang())),
  });

  return {
    log: () => H.current(history),
    setContext(next) {
      ctx = next;
      // the first label seen for a key: the name before this session's corrections
      naming.remember(next.model.nodes);
      if (panel.isBuilt()) panel.render();
    },
    panel() {
      panel.render();
      return panel.root;
    },
    nodeActions: (node) => nodeActions(ctx, node, addEntry),
    edgeActions: (edge) => edgeActions(ctx, edge, addEntry),
    undo,
    redo,
    canUndo: () => H.canUndo(history),
    canRedo: () => H.canRedo(history),
    handleKey: (ev) => handleStepKey(ev, history, { undo, redo }),
    importFile,
    hasUnsaved: () => saves.hasUnsaved(H.current(history)),
  };
}
