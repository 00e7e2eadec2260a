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

  it('switches the arrangement, dropping the camera of the other frame, and keeps everything else', () => {
    const s = reduce(reduce(DEFAULT_STATE, { type: 'setCamera', camera: { x: 0.2, y: 0.3, ratio: 0.5 } }), {
      type: 'select',
      key: 'org:a',
    });
    const geo = reduce(s, { type: 'setArrangement', arrangement: 'geo' });
    expect(geo.arrangement).toBe('geo');
    expect(geo.camera).toBeNull();
    expect(geo.selected).toBe('org:a');
    expect(geo.filters).toBe(s.filters);
    // the same arrangement again changes nothing
    expect(reduce(geo, { type: 'setArrangement', arrangement: 'geo' })).toBe(geo);
    expect(reduce(geo, { type: 'setArrangement', arrangement: 'network' }).arrangement).toBe('network');
    // resetting the filters keeps the arrangement
    expect(reduce(geo, { type: 'resetFilters' }).arrangement).toBe('geo');
  });

  it('resets the filters but nothing else', () => {
    const s = reduce(reduce(DEFAULT_STATE, { type: 'setSgbOnly', sgbOnly: true }), {
      type: 'setColourBy',
      colourBy: 'community',
    });
    const r = reduce(s, { type: 'resetFilters' });
    expect(r.filters).toEqual(DEFAULT_STATE.filters);
    expect(r.colourBy).toBe('community');
  });

  it('folds and opens the legend', () => {
    const folded = reduce(DEFAULT_STATE, { type: 'setLegendOpen', open: false });
    expect(folded.legendOpen).toBe(false);
    expect(reduce(folded, { type: 'setLegendOpen', open: true })).toEqual(DEFAULT_STATE);
  });

  it('focuses a set of nodes and can clear the selection with it', () => {
    const s = reduce(reduce(DEFAULT_STATE, { type: 'select', key: 'org:a' }), {
      type: 'focus',
      keys: ['org:b', 'org:c'],
      select: null,
    });
    expect(s.focus).toEqual(['org:b', 'org:c']);
    expect(s.selected).toBeNull();
  });
});
