import { describe, expect, it } from 'vitest';
import { readSourcesIndex, writeSourcesIndex, type SourceEntry } from '../../src/documents/sources-index.ts';

const entry = (url: string): SourceEntry => ({
  url,
  finalUrl: url,
  retrieved: '2025-01-31',
  contentType: 'text/html',
  status: 200,
});

describe('sources index', () => {
  it('round-trips, merges updates and writes sorted keys', () => {
    const first = writeSourcesIndex(new Map(), new Map([['b.html', entry('https://b.de/')]]));
    const read = readSourcesIndex(first);
    expect(read).toBeInstanceOf(Map);
    const merged = writeSourcesIndex(
      read as Map<string, SourceEntry>,
      new Map([
        ['a.html', entry('https://a.de/')],
        ['b.html', { ...entry('https://b.de/'), retrieved: '2025-02-01' }],
      ]),
    );
    expect(Object.keys(JSON.parse(merged).files)).toEqual(['a.html', 'b.html']);
    expect((readSourcesIndex(merged) as Map<string, SourceEntry>).get('b.html')!.retrieved).toBe('2025-02-01');
    expect(merged).toBe(writeSourcesIndex(new Map(), readSourcesIndex(merged) as Map<string, SourceEntry>));
  });

  it('says in German, on one line, why a text is no index', () => {
    const bad = readSourcesIndex('{"format":"netzatlas-quellen","version":1,"files":{"a\\nb":{"url":1}}}');
    expect(bad).toHaveProperty('problem');
    expect((bad as { problem: string }).problem).toMatch(/Feld „files\.a\\nb\.url“/);
    expect((readSourcesIndex('{') as { problem: string }).problem).toMatch(/kein gültiges JSON/);
    expect((readSourcesIndex('[]') as { problem: string }).problem).toMatch(/netzatlas-quellen/);
  });
});
