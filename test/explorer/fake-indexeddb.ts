/** A stand-in for the browser's IndexedDB in Node tests (the stores of src/explorer keep their data in it). */
/** Just enough IndexedDB for the store: one database, object stores of out-of-line keys, async callbacks. */
export function fakeIndexedDB(opts: { failPut?: boolean } = {}) {
  const stores = new Map<string, Map<string, unknown>>();
  let version = 0;
  const later = (f: () => void) => setTimeout(f, 0);
  const db = {
    get version() {
      return version;
    },
    objectStoreNames: { contains: (n: string) => stores.has(n) },
    createObjectStore: (n: string) => stores.set(n, new Map()),
    close: () => undefined,
    onversionchange: null,
    onclose: null,
    transaction(name: string) {
      const store = stores.get(name)!;
      const tx: Record<string, unknown> & {
        oncomplete?: () => void;
        onerror?: () => void;
        onabort?: () => void;
        error?: unknown;
      } = {};
      const request = (run: () => unknown, fail = false) => {
        const req: { result?: unknown; error?: unknown; onsuccess?: () => void } = {};
        later(() => {
          if (fail) {
            tx.error = new DOMException('Kontingent überschritten', 'QuotaExceededError');
            tx.onerror?.();
            return;
          }
          req.result = run();
          req.onsuccess?.();
          tx.oncomplete?.();
        });
        return req;
      };
      tx['objectStore'] = () => ({
        get: (key: string) => request(() => store.get(key)),
        put: (value: unknown, key: string) => request(() => store.set(key, value), opts.failPut),
        delete: (key: string) => request(() => store.delete(key)),
      });
      return tx;
    },
  };
  const factory = {
    open(_name: string, v?: number) {
      const req: { result?: unknown; onupgradeneeded?: () => void; onsuccess?: () => void } = {};
      later(() => {
        req.result = db;
        const target = v ?? Math.max(version, 1);
        if (target > version) {
          version = target;
          req.onupgradeneeded?.();
        }
        req.onsuccess?.();
      });
      return req;
    },
  };
  return { factory: factory as unknown as IDBFactory, stores };
}
