/**
 * The last network a planner opened from files, kept in the browser (IndexedDB „netzatlas“, store
 * „networks“, key „last“) so a reload or the next morning shows it again instead of the sample data.
 * What is kept is what the import produced – the graph before corrections, its evidence and the
 * positions – never the files themselves. A stored value is input like any file: checked by its
 * zod schema on loading; an invalid one is dropped with a German warning, never an exception.
 */
import { z } from 'zod';
import { type Evidence, EvidenceSchema, type GraphJSON, GraphJSONSchema, LayoutSchema } from '../../model/index.ts';
import { errorDetail, inTransaction, NETWORK_STORE, openDatabase } from './idb.ts';

const LAST = 'last';
const layoutKey = (folder: string) => `layout:${folder}`;

export const StoredNetworkSchema = z.object({
  format: z.literal('netzatlas-last-network'),
  version: z.literal(1),
  name: z.string(),
  /** ISO time of the import */
  savedAt: z.string(),
  /** the names of the files it was read from, for the notice */
  files: z.array(z.string()),
  graph: GraphJSONSchema,
  evidence: EvidenceSchema.nullable(),
  positions: LayoutSchema.shape.positions,
});
export type StoredNetwork = z.infer<typeof StoredNetworkSchema>;

/** A layout the planner computed on the map („Layout neu berechnen“), kept for the next visit. */
const KeptLayoutSchema = z.object({
  format: z.literal('netzatlas-kept-layout'),
  version: z.literal(1),
  savedAt: z.string(),
  positions: LayoutSchema.shape.positions,
});

type Positions = Record<string, [number, number]>;

export interface NetworkToKeep {
  name: string;
  files: string[];
  graph: GraphJSON;
  evidence: Evidence | null;
  positions: Record<string, [number, number]>;
}

export interface LoadedNetwork {
  network: StoredNetwork | null;
  /** German, when a stored value was unreadable (then `network` is null and the value is removed). */
  warning: string | null;
}

export interface NetworkStore {
  load(): Promise<LoadedNetwork>;
  /** Keeps the network; rejects with a German Error when the browser refuses (quota, blocked storage). */
  save(network: NetworkToKeep, now?: Date): Promise<void>;
  /** Forgets it: the next start shows the sample data. */
  clear(): Promise<void>;
  /** The layout kept for the shipped data of `folder` (null when none or unreadable). */
  loadLayout(folder: string): Promise<Positions | null>;
  /** Keeps a layout for the shipped data of `folder`; null forgets it (back to the shipped layout). */
  saveLayout(folder: string, positions: Positions | null, now?: Date): Promise<void>;
}

/** A store over `factory`; without one (private windows, blocked storage) nothing is kept and loading finds nothing. */
export function createNetworkStore(factory: IDBFactory | null): NetworkStore {
  let db: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> | null => {
    if (!factory) return null;
    db ??= openDatabase(factory).catch((e: unknown) => {
      db = null;
      throw e;
    });
    return db;
  };

  const clear = async (): Promise<void> => {
    const d = open();
    if (d) await inTransaction(await d, NETWORK_STORE, 'readwrite', (s) => s.delete(LAST));
  };

  return {
    async load() {
      const d = open();
      if (!d) return { network: null, warning: null };
      let value: unknown;
      try {
        value = await inTransaction(await d, NETWORK_STORE, 'readonly', (s) => s.get(LAST));
      } catch {
        return { network: null, warning: null }; // storage blocked: as if nothing was kept
      }
      if (value === undefined) return { network: null, warning: null };
      const parsed = StoredNetworkSchema.safeParse(value);
      if (parsed.success) return { network: parsed.data, warning: null };
      await clear().catch(() => undefined);
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? issue.path.join('.') : '(Wurzel)';
      return { network: null, warning: `Das im Browser gespeicherte zuletzt geöffnete Netz war ungültig (Feld ${where}) und wurde verworfen; die Beispieldaten werden gezeigt.` };
    },

    async save(network, now = new Date()) {
      const d = open();
      if (!d) throw new Error('Der Speicher des Browsers (IndexedDB) ist nicht verfügbar: Nach dem Neuladen müssen die Dateien neu geöffnet werden.');
      const value: StoredNetwork = { format: 'netzatlas-last-network', version: 1, savedAt: now.toISOString(), ...network };
      try {
        await inTransaction(await d, NETWORK_STORE, 'readwrite', (s) => s.put(value, LAST));
      } catch (e) {
        throw new Error(`Das Netz konnte nicht im Browser gespeichert werden (${errorDetail(e)}): Nach dem Neuladen müssen die Dateien neu geöffnet werden.`, { cause: e });
      }
    },

    clear,

    async loadLayout(folder) {
      const d = open();
      if (!d) return null;
      try {
        const value: unknown = await inTransaction(await d, NETWORK_STORE, 'readonly', (s) => s.get(layoutKey(folder)));
        const parsed = KeptLayoutSchema.safeParse(value);
        return parsed.success ? parsed.data.positions : null;
      } catch {
        return null;
      }
    },

    async saveLayout(folder, positions, now = new Date()) {
      const d = open();
      if (!d) throw new Error('Der Speicher des Browsers (IndexedDB) ist nicht verfügbar: Das Layout gilt nur bis zum Neuladen.');
      const key = layoutKey(folder);
      const value = positions && { format: 'netzatlas-kept-layout', version: 1, savedAt: now.toISOString(), positions };
      try {
        const db = await d;
        if (value) await inTransaction(db, NETWORK_STORE, 'readwrite', (s) => s.put(value, key));
        else await inTransaction(db, NETWORK_STORE, 'readwrite', (s) => s.delete(key));
      } catch (e) {
        throw new Error(`Das Layout konnte nicht im Browser gespeichert werden (${errorDetail(e)}); es gilt nur bis zum Neuladen.`, { cause: e });
      }
    },
  };
}
