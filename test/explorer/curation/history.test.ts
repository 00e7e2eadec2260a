import { test as fcTest, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  appendEntry,
  CurationFormatError,
  emptyCurationLog,
  type CurationLog,
  type CurationOperation,
} from '../../../src/curation/schema.ts';
import {
  add,
  canRedo,
  canUndo,
  createHistory,
  current,
  redo,
  replace,
  undo,
  type CurationHistory,
  type EntryMeta,
} from '../../../src/explorer/curation/history.ts';
import { NODE_KINDS, RELATION_KINDS } from '../../../src/model/kinds.ts';

const rename = (node: string, label: string): CurationOperation => ({ op: 'rename', node, label });
const merge: CurationOperation = { op: 'merge', keep: 'org:caritas', remove: 'org:caritas-2' };
const wrong: CurationOperation = {
  op: 'markWrong',
  target: { edge: { source: 'project:p', target: 'org:jc', kind: 'partner' } },
};

const log = (...entries: CurationLog['entries']): CurationLog => ({
  format: 'netzatlas-curation',
  version: 1,
  entries,
});

describe('curation history', () => {
  it('starts with the given log and nothing to undo or redo', () => {
    const start = log({ id: '7', op: 'rename', node: 'project:q', label: 'Projekt Quartier' });
    const h = createHistory(start);
    expect(current(h)).toBe(start);
    expect(canUndo(h)).toBe(false);
    expect(canRedo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });

  it('appends entries under counter ids after the largest id of the log, with notes', () => {
    const h0 = createHistory(log({ id: '7', op: 'rename', node: 'project:q', label: 'Projekt Quartier' }));
    const h1 = add(h0, merge, { note: 'dieselbe Caritas' });
    const h2 = add(h1, wrong);
    expect(current(h2)).toEqual(
      log(
        { id: '7', op: 'rename', node: 'project:q', label: 'Projekt Quartier' },
        { id: '8', op: 'merge', keep: 'org:caritas', remove: 'org:caritas-2', note: 'dieselbe Caritas' },
        { id: '9', op: 'markWrong', target: { edge: { source: 'project:p', target: 'org:jc', kind: 'partner' } } },
      ),
    );
    expect(canUndo(h2)).toBe(true);
    expect(canRedo(h2)).toBe(false);
  });

  it('leaves out empty or blank meta fields and trims the others', () => {
    const h = add(createHistory(emptyCurationLog()), rename('org:a', 'A'), {
      note: '   ',
      author: ' Frau K. ',
      at: '',
    });
    expect(current(h).entries).toEqual([{ id: '1', op: 'rename', node: 'org:a', label: 'A', author: 'Frau K.' }]);
  });

  it('undoes and redoes step by step to exactly the earlier logs', () => {
    const h0 = createHistory(emptyCurationLog());
    const h1 = add(h0, rename('org:a', 'A'));
    const h2 = add(h1, rename('org:b', 'B'));
    const u1 = undo(h2);
    expect(current(u1)).toEqual(log({ id: '1', op: 'rename', node: 'org:a', label: 'A' }));
    expect(canRedo(u1)).toBe(true);
    const u2 = undo(u1);
    expect(current(u2)).toEqual(emptyCurationLog());
    expect(canUndo(u2)).toBe(false);
    expect(undo(u2)).toBe(u2);
    const r1 = redo(u2);
    expect(current(r1)).toEqual(log({ id: '1', op: 'rename', node: 'org:a', label: 'A' }));
    const r2 = redo(r1);
    expect(current(r2)).toEqual(
      log({ id: '1', op: 'rename', node: 'org:a', label: 'A' }, { id: '2', op: 'rename', node: 'org:b', label: 'B' }),
    );
    expect(canRedo(r2)).toBe(false);
    expect(redo(r2)).toBe(r2);
  });

  it('clears redo when a new entry follows an undo, and reuses the freed id', () => {
    const h = undo(add(add(createHistory(emptyCurationLog()), rename('org:a', 'A')), rename('org:b', 'B')));
    expect(canRedo(h)).toBe(true);
    const h2 = add(h, merge);
    expect(canRedo(h2)).toBe(false);
    expect(redo(h2)).toBe(h2);
    expect(current(h2)).toEqual(
      log(
        { id: '1', op: 'rename', node: 'org:a', label: 'A' },
        { id: '2', op: 'merge', keep: 'org:caritas', remove: 'org:caritas-2' },
      ),
    );
  });

  it('replaces the log on import: clears redo, and undo brings the old log back', () => {
    const before = add(createHistory(emptyCurationLog()), rename('org:a', 'A'));
    const withRedo = undo(add(before, rename('org:b', 'B')));
    const imported = log({ id: '1', op: 'setKind', node: 'org:x', kind: 'job_center' });
    const h = replace(withRedo, imported);
    expect(current(h)).toBe(imported);
    expect(canRedo(h)).toBe(false);
    expect(current(undo(h))).toEqual(current(before));
    expect(current(redo(undo(h)))).toBe(imported);
  });

  it('throws the format error for a broken operation and leaves the history as it was', () => {
    const h = add(createHistory(emptyCurationLog()), rename('org:a', 'A'));
    const snapshot = JSON.stringify(h);
    expect(() => add(h, rename('org:b', '   '))).toThrow(CurationFormatError);
    expect(() => add(h, rename('org:b', '   '))).toThrow(/„label“/);
    expect(JSON.stringify(h)).toBe(snapshot);
  });

  it('never changes a value it was given', () => {
    const start = emptyCurationLog();
    const h0 = createHistory(start);
    const h1 = add(h0, merge);
    undo(h1);
    replace(h1, log());
    expect(start.entries).toEqual([]);
    expect(h0.past).toEqual([]);
    expect(current(h1).entries).toHaveLength(1);
    expect(Object.isFrozen(h1)).toBe(true);
    expect(Object.isFrozen(h1.past)).toBe(true);
  });
});

// ------------------------------------------------------------ property: replaying the non-undone steps

type Step =
  | { t: 'add'; op: CurationOperation; meta: EntryMeta }
  | { t: 'undo' }
  | { t: 'redo' }
  | { t: 'replace'; log: CurationLog };

const key = fc.constantFrom('org:a', 'org:b', 'project:p', 'place:hagen');
const operation: fc.Arbitrary<CurationOperation> = fc.oneof(
  fc.record({
    op: fc.constant('rename' as const),
    node: key,
    label: fc.constantFrom('A', 'Jugendamt Hagen', 'Caritas'),
  }),
  fc.record({ op: fc.constant('merge' as const), keep: key, remove: key }),
  fc.record({ op: fc.constant('setKind' as const), node: key, kind: fc.constantFrom(...NODE_KINDS) }),
  fc.record({
    op: fc.constant('addEdge' as const),
    source: key,
    target: key,
    kind: fc.constantFrom(...RELATION_KINDS),
  }),
  fc.record({ op: fc.constant('markWrong' as const), target: key.map((node) => ({ node })) }),
);
const meta: fc.Arbitrary<EntryMeta> = fc.oneof(
  fc.constant({}),
  fc.record({ note: fc.constantFrom('Notiz', 'laut Telefonat') }),
);
const importedLog: fc.Arbitrary<CurationLog> = fc
  .array(operation, { maxLength: 3 })
  .map((ops) => ops.reduce<CurationLog>((l, op) => appendEntry(l, op), emptyCurationLog()));
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ t: fc.constant('add' as const), op: operation, meta }) },
  { weight: 2, arbitrary: fc.constant({ t: 'undo' as const }) },
  { weight: 2, arbitrary: fc.constant({ t: 'redo' as const }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('replace' as const), log: importedLog }) },
);

/** The reference: a stack of applied actions and a stack of undone ones; the log is the replay of the applied. */
type Action = Exclude<Step, { t: 'undo' } | { t: 'redo' }>;
function replay(start: CurationLog, applied: readonly Action[]): CurationLog {
  return applied.reduce<CurationLog>((l, a) => (a.t === 'add' ? appendEntry(l, a.op, a.meta) : a.log), start);
}

describe('curation history (property)', () => {
  fcTest.prop([importedLog, fc.array(step, { maxLength: 40 })])(
    'keeps the log equal to replaying the steps not undone',
    (start, steps) => {
      let h: CurationHistory = createHistory(start);
      const applied: Action[] = [];
      const undone: Action[] = [];
      for (const s of steps) {
        if (s.t === 'undo') {
          expect(canUndo(h)).toBe(applied.length > 0);
          const a = applied.pop();
          if (a) undone.push(a);
          h = undo(h);
        } else if (s.t === 'redo') {
          expect(canRedo(h)).toBe(undone.length > 0);
          const a = undone.pop();
          if (a) applied.push(a);
          h = redo(h);
        } else {
          applied.push(s);
          undone.length = 0;
          h = s.t === 'add' ? add(h, s.op, s.meta) : replace(h, s.log);
        }
        expect(current(h)).toEqual(replay(start, applied));
        expect(h.past).toHaveLength(applied.length);
        expect(h.future).toHaveLength(undone.length);
      }
    },
  );
});
