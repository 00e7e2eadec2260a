import { describe, expect, it } from 'vitest';
import { stableStringify } from '../../src/util/stable-json.ts';

describe('stableStringify', () => {
  it('sorts keys at every level and leaves arrays in order', () => {
    expect(stableStringify({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } }, 0)).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}\n',
    );
  });

  it('drops undefined properties, writes null for undefined array items, keeps "__proto__" as a key', () => {
    const o = JSON.parse('{"__proto__": {"x": 1}, "k": 2}') as Record<string, unknown>;
    expect(stableStringify({ u: undefined, arr: [undefined, 1], o }, 0)).toBe(
      '{"arr":[null,1],"o":{"__proto__":{"x":1},"k":2}}\n',
    );
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('gives the same bytes for the same data built in another key order', () => {
    expect(stableStringify({ a: 1, b: [{ c: 1, d: 2 }] })).toBe(stableStringify({ b: [{ d: 2, c: 1 }], a: 1 }));
  });
});
