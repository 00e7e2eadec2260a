/**
 * Where the explorer keeps the curation log: per network name in IndexedDB (database „netzatlas“,
 * object store „curation“, key = network name, value = the canonical file text of
 * `serializeCurationLog`, so what is stored is byte for byte what an export writes). When IndexedDB
 * is missing or fails (private windows, blocked storage) the logs live in memory for the tab, and
 * `logStorage()` says so, so the panel can tell the planner to export.
 *
 * A stored value is input like any file: it is checked against the zod schema on loading; an invalid
 * one gives the empty log and a German warning instead of an exception.
 *
 * Browser module (Blob, `<a download>`); `createLogStore` takes the IDBFactory as a parameter, so the
 * memory fallback also runs in Node.
 */
import {
  CurationFormatError,
  type CurationLog,
  emptyCurationLog,
  parseCurationLog,
  parseCurationText,
  serializeCurationLog,
} from '../../curation/index.ts';
import { browserIndexedDB, CURATION_STORE, DB_NAME, errorDetail, inTransaction, openDatabase } from '../data/idb.ts';
import { downloadBlob } from '../export/download.ts';

/** The file name of an export; `data/curation.json` is the CLI's copy. */
export const CURATION_FILE_NAME = 'curation.json';
/** Larger files are refused before reading (a log of ten thousand corrections is about 2 MB). */
export const MAX_LOG_FILE_BYTES = 20 * 1024 * 1024;

export type LogStorage = 'indexeddb' | 'memory';

export interface LoadedLog {
  log: CurationLog;
  /** A German warning when the stored value was not a valid log (then `log` is empty) or storage failed. */
  warning: string | null;
}

export interface LogStore {
  loadLog(name: string): Promise<LoadedLog>;
  /** Stores the log (memory at once, then IndexedDB); rejects with a German Error when IndexedDB fails. */
  saveLog(name: string, log: CurationLog): Promise<void>;
  /** Where the last load or save kept the logs. */
  storage(): LogStorage;
}

/** A stored value as a log; throws CurationFormatError naming the field. */
function parseStored(value: unknown, source: string): CurationLog {
  return typeof value === 'string' ? parseCurationText(value, source) : parseCurationLog(value, source);
}

/** A store over `factory` (default: the browser's `indexedDB`; null or undefined: memory only). */
export function createLogStore(factory: IDBFactory | null | undefined = globalThis.indexedDB): LogStore {
  const memory = new Map<string, CurationLog>();
  let db: Promise<IDBDatabase> | null = null;
  /** Opening failed once (private window, blocked storage): memory for the rest of the session. */
  let unavailable = !factory;
  let where: LogStorage = unavailable ? 'memory' : 'indexeddb';

  const database = (): Promise<IDBDatabase> | null => {
    if (!factory || unavailable) return null;
    if (!db) {
      db = openDatabase(factory).then((d) => {
        // another tab upgrading the database: let it, and open again next time
        d.onversionchange = () => {
          d.close();
          db = null;
        };
        d.onclose = () => {
          db = null;
        };
        return d;
      });
      db.catch(() => {
        db = null;
        unavailable = true;
        where = 'memory';
      });
    }
    return db;
  };

  return {
    async loadLog(name) {
      const kept = memory.get(name);
      if (kept) return { log: kept, warning: null };
      const open = database();
      if (!open) {
        where = 'memory';
        return { log: emptyCurationLog(), warning: null };
      }
      let value: unknown;
      try {
        value = await inTransaction(await open, CURATION_STORE, 'readonly', (s) => s.get(name));
        where = 'indexeddb';
      } catch (e) {
        where = 'memory';
        return {
          log: emptyCurationLog(),
          warning: `Der Speicher des Browsers (IndexedDB) ist nicht verfügbar (${errorDetail(e)}): Gespeicherte Korrekturen lassen sich nicht lesen, neue bleiben nur in diesem Tab erhalten.`,
        };
      }
      if (value === undefined) return { log: emptyCurationLog(), warning: null };
      try {
        const log = parseStored(value, `IndexedDB ${DB_NAME}/${CURATION_STORE}/${name}`);
        memory.set(name, log);
        return { log, warning: null };
      } catch (e) {
        if (!(e instanceof CurationFormatError)) throw e;
        return {
          log: emptyCurationLog(),
          warning: `Das im Browser gespeicherte Korrekturprotokoll für „${name}“ ist ungültig und wurde nicht geladen – ${e.message}. Es wird bei der nächsten Korrektur überschrieben.`,
        };
      }
    },

    async saveLog(name, log) {
      const text = serializeCurationLog(log); // validates: an invalid log is neither kept nor stored
      memory.set(name, log);
      const open = database();
      if (!open) {
        where = 'memory'; // the panel says so; no error per correction
        return;
      }
      let opened: IDBDatabase;
      try {
        opened = await open;
      } catch {
        return; // opening failed: from now on memory only (see `unavailable`)
      }
      try {
        await inTransaction(opened, CURATION_STORE, 'readwrite', (s) => s.put(text, name));
        where = 'indexeddb';
      } catch (e) {
        where = 'memory';
        throw new Error(
          `Die Korrekturen konnten nicht im Browser gespeichert werden (${errorDetail(e)}); sie bleiben nur in diesem Tab erhalten.`,
          { cause: e },
        );
      }
    },

    storage: () => where,
  };
}

let shared: LogStore | null = null;
function sharedStore(): LogStore {
  shared ??= createLogStore(browserIndexedDB());
  return shared;
}

/** The stored log of a network (empty when none); an invalid stored value gives the empty log and a warning. */
export function loadLog(name: string): Promise<LoadedLog> {
  return sharedStore().loadLog(name);
}

export function saveLog(name: string, log: CurationLog): Promise<void> {
  return sharedStore().saveLog(name, log);
}

export function logStorage(): LogStorage {
  return sharedStore().storage();
}

/** Offers the log as a download (default name `curation.json`), as the canonical file text. */
export function downloadLog(log: CurationLog, fileName: string = CURATION_FILE_NAME): void {
  const name = /\.json$/i.test(fileName) ? fileName : `${fileName}.json`;
  downloadBlob(new Blob([serializeCurationLog(log)], { type: 'application/json' }), name);
}

/**
 * Reads an imported file as a curation log. Throws an Error with a German message naming the file
 * and, for a file that is not a valid log, the first wrong field (CurationFormatError).
 */
export async function readLogFile(file: File): Promise<CurationLog> {
  if (file.size > MAX_LOG_FILE_BYTES) {
    throw new Error(
      `${file.name}: zu groß für ein Korrekturprotokoll (${Math.round(file.size / 1024 / 1024)} MB, höchstens ${MAX_LOG_FILE_BYTES / 1024 / 1024} MB).`,
    );
  }
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    throw new Error(`${file.name}: Die Datei konnte nicht gelesen werden (${errorDetail(e)}).`, { cause: e });
  }
  return parseCurationText(text, file.name);
}
