/**
 * Whether the corrections are safe: saves to the browser's storage run one after another (fire and
 * forget, a failure becomes a message), and a log that was exported cannot be lost either.
 */
import type { CurationLog } from '../../curation/index.ts';
import type { LogStorage } from './store.ts';

/** What the controller needs from store.ts (replaceable for tests). */
export interface CurationPersistence {
  saveLog(name: string, log: CurationLog): Promise<void>;
  storage(): LogStorage;
}

export interface SaveTracker {
  /** Queues a save of `log` behind the ones still running. */
  persist(log: CurationLog): void;
  /** The planner downloaded `log`. */
  exported(log: CurationLog): void;
  /** Whether leaving now would lose `log` (the present one). */
  hasUnsaved(log: CurationLog): boolean;
}

export interface SaveEvents {
  /** A save succeeded or failed (the storage line may change). */
  settled(): void;
  /** A save failed, after `settled`. */
  failed(message: string): void;
}

export function createSaveTracker(networkName: string, store: CurationPersistence, on: SaveEvents): SaveTracker {
  let saving: Promise<void> = Promise.resolve();
  /** Saves started and not yet settled, and the log a save last failed for (null once one succeeds). */
  let pendingSaves = 0;
  let failedLog: CurationLog | null = null;
  /** The log the planner last downloaded: what is exported cannot be lost. */
  let exportedLog: CurationLog | null = null;
  return {
    persist(log) {
      pendingSaves++;
      saving = saving
        .then(() => store.saveLog(networkName, log))
        .then(
          () => {
            pendingSaves--;
            failedLog = null;
            on.settled();
          },
          (e: unknown) => {
            pendingSaves--;
            failedLog = log;
            on.settled();
            on.failed(e instanceof Error ? e.message : String(e));
          },
        );
    },
    exported(log) {
      exportedLog = log;
    },
    hasUnsaved(log) {
      if (log === exportedLog || log.entries.length === 0) return false;
      const stored = pendingSaves === 0 && failedLog === null && store.storage() === 'indexeddb';
      return !stored;
    },
  };
}
