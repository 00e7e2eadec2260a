/**
 * The explorer's IndexedDB database „netzatlas“: one object store per kind of thing kept in the
 * browser (corrections per network, the last opened network). Whoever opens the database first adds
 * the stores that are missing, with one version step, so the parts never race over upgrades.
 */
export const DB_NAME = 'netzatlas';
export const CURATION_STORE = 'curation';
export const NETWORK_STORE = 'networks';
const STORES = [CURATION_STORE, NETWORK_STORE] as const;
export type StoreName = (typeof STORES)[number];

const OPEN_TIMEOUT_MS = 4000;

function openOnce(factory: IDBFactory, version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let req: IDBOpenDBRequest;
    try {
      req = version === undefined ? factory.open(DB_NAME) : factory.open(DB_NAME, version);
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    const timer = setTimeout(() => {
      settled = true;
      reject(new Error('Zeitüberschreitung beim Öffnen der Datenbank'));
    }, OPEN_TIMEOUT_MS);
    req.onupgradeneeded = () => {
      const db = req.result;
      for (const name of STORES) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
    };
    req.onsuccess = () => {
      clearTimeout(timer);
      if (settled) return req.result.close();
      settled = true;
      resolve(req.result);
    };
    req.onerror = () => {
      clearTimeout(timer);
      if (settled) return;
      settled = true;
      reject(req.error ?? new Error('Die Datenbank ließ sich nicht öffnen'));
    };
  });
}

/** Opens the database at whatever version it has and adds missing stores with a version step. */
export async function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  const db = await openOnce(factory);
  if (STORES.every((s) => db.objectStoreNames.contains(s))) return db;
  const next = db.version + 1;
  db.close();
  return openOnce(factory, next);
}

/** One request in its own transaction; resolves when the transaction has completed (so a write is durable). */
export function inTransaction<T>(db: IDBDatabase, store: StoreName, mode: IDBTransactionMode, run: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    let result: T | undefined;
    try {
      const tx = db.transaction(store, mode);
      const req = run(tx.objectStore(store));
      req.onsuccess = () => {
        result = req.result;
      };
      tx.oncomplete = () => resolve(result as T);
      tx.onerror = () => reject(tx.error ?? req.error ?? new Error('Transaktion fehlgeschlagen'));
      tx.onabort = () => reject(tx.error ?? new Error('Transaktion abgebrochen'));
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}

/** The browser's IndexedDB, or null where reading the property throws (sandboxed frames) or it is missing. */
export function browserIndexedDB(): IDBFactory | null {
  try {
    return globalThis.indexedDB ?? null;
  } catch {
    return null;
  }
}

/** An error for a German message: its name and text ("QuotaExceededError: …"). */
export const errorDetail = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));
