/**
 * Undo and redo over a curation log: a value of past logs, the present log and the logs undone.
 * Pure and immutable (every function returns a new frozen value and never changes its input), so
 * it runs in Node tests and the controller can keep one reference and swap it.
 *
 * Every step stores the whole log it replaced. Logs share their entry objects (`appendEntry` copies
 * only the array), so a step costs one array of references: a planner's few hundred corrections with
 * a few hundred undo steps stay far below a megabyte.
 *
 * `replace` (an imported file, „Alle Korrekturen verwerfen“) is a step like `add`: it can be undone
 * and it clears what could be redone.
 */
import { appendEntry, type CurationEntry, type CurationLog, type CurationOperation } from '../../curation/index.ts';

export interface CurationHistory {
  /** Logs before the present one, oldest first. */
  readonly past: readonly CurationLog[];
  readonly present: CurationLog;
  /** Logs undone, the next one to redo last. */
  readonly future: readonly CurationLog[];
}

/** What a new entry may carry besides its operation (see schema.ts: `note`, `author`, `at`). */
export interface EntryMeta {
  note?: string;
  author?: string;
  at?: string;
}

function make(past: readonly CurationLog[], present: CurationLog, future: readonly CurationLog[]): CurationHistory {
  return Object.freeze({ past: Object.freeze([...past]), present, future: Object.freeze([...future]) });
}

export function createHistory(log: CurationLog): CurationHistory {
  return make([], log, []);
}

/** Meta fields without empty strings (an empty note field adds no `note`). */
function cleanMeta(meta: EntryMeta): EntryMeta {
  const out: EntryMeta = {};
  for (const k of ['note', 'author', 'at'] as const) {
    const v = meta[k]?.trim();
    if (v) out[k] = v;
  }
  return out;
}

/**
 * The history with `operation` appended to the present log under the next counter id; clears redo.
 * Throws the CurationFormatError of `appendEntry` for an operation that breaks the format (the
 * history is then unchanged, since the caller keeps the old value).
 */
export function add(h: CurationHistory, operation: CurationOperation, meta: EntryMeta = {}): CurationHistory {
  const next = appendEntry(h.present, operation, cleanMeta(meta));
  return make([...h.past, h.present], next, []);
}

/** The history with `log` as the present log (an imported file); undoable, clears redo. */
export function replace(h: CurationHistory, log: CurationLog): CurationHistory {
  return make([...h.past, h.present], log, []);
}

export const canUndo = (h: CurationHistory): boolean => h.past.length > 0;
export const canRedo = (h: CurationHistory): boolean => h.future.length > 0;

/** One step back; the same value when there is nothing to undo. */
export function undo(h: CurationHistory): CurationHistory {
  const previous = h.past[h.past.length - 1];
  if (previous === undefined) return h;
  return make(h.past.slice(0, -1), previous, [...h.future, h.present]);
}

/** One undone step again; the same value when there is nothing to redo. */
export function redo(h: CurationHistory): CurationHistory {
  const next = h.future[h.future.length - 1];
  if (next === undefined) return h;
  return make([...h.past, h.present], next, h.future.slice(0, -1));
}

export function current(h: CurationHistory): CurationLog {
  return h.present;
}

/** The entry added or removed between two logs, or null when they differ otherwise (an import). */
export function stepEntry(shorter: CurationLog, longer: CurationLog): CurationEntry | null {
  if (longer.entries.length !== shorter.entries.length + 1) return null;
  if (!shorter.entries.every((e, i) => longer.entries[i] === e)) return null;
  return longer.entries[longer.entries.length - 1] ?? null;
}
