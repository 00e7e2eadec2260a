import { describe, expect, it } from 'vitest';
import { createNetworkStore, type NetworkToKeep } from '../../src/explorer/data/network-store.ts';
import { fakeIndexedDB } from './fake-indexeddb.ts';

const network = (): NetworkToKeep => ({
  name: 'umfrage.csv',
  files: ['umfrage.csv', 'pressemitteilung.html'],
  graph: {
    attributes: { name: 'umfrage.csv' },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: [
      {
        key: 'org:jugendamt-herford',
        attributes: {
          kind: 'youth_office',
          label: 'Jugendamt Herford',
          sources: [{ doc: 'umfrage.csv', start: 0, end: 5 }],
        },
      },
    ],
    edges: [],
  },
  evidence: null,
  positions: { 'org:jugendamt-herford': [0.25, -1.5] },
});

describe('the last opened network in the browser', () => {
  it('comes back in a new session as it was saved, with the time of saving', async () => {
    const { factory, stores } = fakeIndexedDB();
    await createNetworkStore(factory).save(network(), new Date('2026-12-07T14:30:00Z'));
    expect([...stores.get('networks')!.keys()]).toEqual(['last']);
    const { network: back, warning } = await createNetworkStore(factory).load();
    expect(warning).toBeNull();
    expect(back).toEqual({
      format: 'netzatlas-last-network',
      version: 1,
      savedAt: '2026-12-07T14:30:00.000Z',
      ...network(),
    });
  });

  it('is gone after clear: the next start shows the sample data', async () => {
    const { factory } = fakeIndexedDB();
    const store = createNetworkStore(factory);
    await store.save(network());
    await store.clear();
    expect(await createNetworkStore(factory).load()).toEqual({ network: null, warning: null });
  });

  it('drops an invalid stored value with a German warning naming the field, and removes it', async () => {
    const { factory, stores } = fakeIndexedDB();
    await createNetworkStore(factory).save(network());
    const value = stores.get('networks')!.get('last') as {
      graph: { nodes: Array<{ attributes: Record<string, unknown> }> };
    };
    value.graph.nodes[0]!.attributes['kind'] = 'raumschiff';
    const loaded = await createNetworkStore(factory).load();
    expect(loaded.network).toBeNull();
    expect(loaded.warning).toMatch(
      /^Das im Browser gespeicherte zuletzt geöffnete Netz war ungültig \(Feld graph\.nodes\.0\.attributes\.kind\)/,
    );
    expect(stores.get('networks')!.has('last')).toBe(false);
  });

  it('without IndexedDB finds nothing and says in German why saving fails', async () => {
    const store = createNetworkStore(null);
    expect(await store.load()).toEqual({ network: null, warning: null });
    await expect(store.save(network())).rejects.toThrow(
      /IndexedDB\) ist nicht verfügbar: Nach dem Neuladen müssen die Dateien neu geöffnet werden/,
    );
  });

  it('reports a refused write (quota) in German instead of losing it silently', async () => {
    const { factory } = fakeIndexedDB({ failPut: true });
    await expect(createNetworkStore(factory).save(network())).rejects.toThrow(
      /^Das Netz konnte nicht im Browser gespeichert werden \(QuotaExceededError/,
    );
  });
});
