import { describe, expect, it } from 'vitest';
import {
  appendEntry,
  CurationFormatError,
  emptyCurationLog,
  serializeCurationLog,
  type CurationLog,
} from '../../../src/curation/schema.ts';
import { createLogStore, readLogFile } from '../../../src/explorer/curation/store.ts';
import { fakeIndexedDB } from '../fake-indexeddb.ts';

const oneEntry = (): CurationLog =>
  appendEntry(emptyCurationLog(), { op: 'rename', node: 'org:a', label: 'A' }, { note: 'laut Website' });

describe('curation store', () => {
  it('gives the empty log for a network without corrections', async () => {
    const { factory } = fakeIndexedDB();
    expect(await createLogStore(factory).loadLog('seeds')).toEqual({ log: emptyCurationLog(), warning: null });
  });

  it('stores the canonical file text under the network name and reads it back in a new session', async () => {
    const { factory, stores } = fakeIndexedDB();
    await createLogStore(factory).saveLog('seeds', oneEntry());
    expect(stores.get('curation')!.get('seeds')).toBe(serializeCurationLog(oneEntry()));
    const fresh = createLogStore(factory);
    expect(await fresh.loadLog('seeds')).toEqual({ log: oneEntry(), warning: null });
    expect(fresh.storage()).toBe('indexeddb');
    expect((await fresh.loadLog('andere')).log).toEqual(emptyCurationLog());
  });

  it('gives the empty log and a German warning naming the field for an invalid stored value', async () => {
    const { factory, stores } = fakeIndexedDB();
    const store = createLogStore(factory);
    await store.saveLog('x', emptyCurationLog());
    stores
      .get('curation')!
      .set('seeds', { format: 'netzatlas-curation', version: 1, entries: [{ id: '1', op: 'rename', node: 'org:a' }] });
    const loaded = await createLogStore(factory).loadLog('seeds');
    expect(loaded.log).toEqual(emptyCurationLog());
    expect(loaded.warning).toMatch(/^Das im Browser gespeicherte Korrekturprotokoll für „seeds“ ist ungültig/);
    expect(loaded.warning).toContain('entries[0].label');
  });

  it('keeps logs in memory when there is no IndexedDB, and says so', async () => {
    const store = createLogStore(null);
    expect(store.storage()).toBe('memory');
    await store.saveLog('seeds', oneEntry());
    expect(await store.loadLog('seeds')).toEqual({ log: oneEntry(), warning: null });
    expect((await store.loadLog('andere')).log).toEqual(emptyCurationLog());
  });

  it('falls back to memory when opening the database throws (private windows)', async () => {
    const factory = {
      open() {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      },
    } as unknown as IDBFactory;
    const store = createLogStore(factory);
    const loaded = await store.loadLog('seeds');
    expect(loaded.log).toEqual(emptyCurationLog());
    expect(loaded.warning).toMatch(
      /^Der Speicher des Browsers \(IndexedDB\) ist nicht verfügbar \(InvalidStateError: .*nur in diesem Tab/,
    );
    expect(store.storage()).toBe('memory');
    await store.saveLog('seeds', oneEntry()); // no error per correction: the panel says where the log lives
    expect(store.storage()).toBe('memory');
    expect(await store.loadLog('seeds')).toEqual({ log: oneEntry(), warning: null });
  });

  it('rejects with a German message when writing fails, and still keeps the log for the tab', async () => {
    const { factory } = fakeIndexedDB({ failPut: true });
    const store = createLogStore(factory);
    await expect(store.saveLog('seeds', oneEntry())).rejects.toThrow(
      /^Die Korrekturen konnten nicht im Browser gespeichert werden \(QuotaExceededError/,
    );
    expect(store.storage()).toBe('memory');
    expect((await store.loadLog('seeds')).log).toEqual(oneEntry());
  });

  it('refuses to save an invalid log', async () => {
    const store = createLogStore(null);
    const bad = { ...emptyCurationLog(), version: 2 } as unknown as CurationLog;
    await expect(store.saveLog('seeds', bad)).rejects.toThrow(CurationFormatError);
    expect((await store.loadLog('seeds')).log).toEqual(emptyCurationLog());
  });
});

describe('readLogFile', () => {
  it('reads an exported file back to the same log', async () => {
    const file = new File([serializeCurationLog(oneEntry())], 'curation.json', { type: 'application/json' });
    expect(await readLogFile(file)).toEqual(oneEntry());
  });

  it('names the file and the wrong field in German', async () => {
    const text = JSON.stringify({
      format: 'netzatlas-curation',
      version: 1,
      entries: [{ id: '1', op: 'setKind', node: 'org:a', kind: 'verein' }],
    });
    const file = new File([text], 'meine-korrekturen.json');
    await expect(readLogFile(file)).rejects.toThrow(
      /^meine-korrekturen\.json: ungültiges Korrekturprotokoll an „entries\[0\]\.kind“/,
    );
  });

  it('says when a file is not JSON at all', async () => {
    await expect(readLogFile(new File(['<gexf/>'], 'netz.gexf'))).rejects.toThrow(/^netz\.gexf: .*kein gültiges JSON/);
  });
});
