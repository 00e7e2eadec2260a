import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../../src/model/kinds.ts';
import { reduce } from '../../src/explorer/state/reducer.ts';
import { DEFAULT_STATE } from '../../src/explorer/state/view-state.ts';

describe('reduce', () => {
  it('toggles a kind off and on again, keeping the contract order', () => {
    const off = reduce(DEFAULT_STATE, { type: 'toggleKind', kind: 'project' });
    expect(off.filters.kinds).not.toContain('project');
    expect(reduce(off, { type: 'toggleKind', kind: 'project' }).filters.kinds).toEqual([...NODE_KINDS]);
  });

  it('does not change the state it was given', () => {
    const before = structuredClone(DEFAULT_STATE);
    reduce(DEFAULT_STATE, { type: 'setYear', year: 2022 });
    expect(DEFAULT_STATE).toEqual(before);
  });

  it('opens the details tab when a node is selected, and keeps the tab when the selection is cleared', () => {
    const onGaps = reduce(DEFAULT_STATE, { type: 'setTab', tab: 'gaps' });
    expect(reduce(onGaps, { type: 'select', key: 'org:a' }).tab).toBe('details');
    expect(reduce(onGaps, { type: 'select', key: null }).tab).toBe('gaps');
  });

  it('cleans a minimum degree that is not a whole number', () => {
    expect(reduce(DEFAULT_STATE, { type: 'setMinDegree', minDegree: 2.7 }).filters.minDegree).toBe(2);
    expect(reduce(DEFAULT_STATE, { type: 'setMinDegree', minDegree: -4 }).filters.minDegree).toBe(0);
    expect(reduce(DEFAULT_STATE, { type: 'setMinDegree', minDegree: Number.NaN }).filters.minDegree).toBe(0);
  });

  it('resets the filters but nothing else', () => {
    const s = reduce(reduce(DEFAULT_STATE, { type: 'setSgbOnly', sgbOnly: true }), { type: 'setColourBy', colourBy: 'community' });
    const r = reduce(s, { type: 'resetFilters' });
    expect(r.filters).toEqual(DEFAULT_STATE.filters);
    expect(r.colourBy).toBe('community');
  });

  it('focuses a set of nodes and can clear the selection with it', () => {
    const s = reduce(reduce(DEFAULT_STATE, { type: 'select', key: 'org:a' }), { type: 'focus', keys: ['org:b', 'org:c'], select: null });
    expect(s.focus).toEqual(['org:b', 'org:c']);
    expect(s.selected).toBeNull();
  });
});
