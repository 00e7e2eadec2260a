/**
 * Preloaded in every test file (vite.config.ts `test.setupFiles`): the built-in prototypes keep exactly
 * their own properties, with the same values, from the first test of a file to its last. A reader that
 * lets a key from a file ("__proto__", "constructor" …) reach a prototype fails the file it ran in,
 * whichever test exercised it.
 */
import { afterAll, beforeAll, expect } from 'vitest';

const GUARDED = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype, Number: Number.prototype, Boolean: Boolean.prototype, Map: Map.prototype, Set: Set.prototype } as const;

type Snapshot = Array<[string, string[], unknown[]]>;

function snapshot(): Snapshot {
  return Object.entries(GUARDED).map(([name, proto]) => {
    const keys = Reflect.ownKeys(proto).map(String).sort();
    const values = keys.map((k) => Object.getOwnPropertyDescriptor(proto, k)?.value as unknown);
    return [name, keys, values];
  });
}

let before: Snapshot;
beforeAll(() => {
  before = snapshot();
});
afterAll(() => {
  const after = snapshot();
  for (const [i, [name, keys, values]] of before.entries()) {
    expect(after[i]![1], `${name}.prototype: eigene Eigenschaften`).toEqual(keys);
    after[i]![2].forEach((v, j) => expect(v === values[j], `${name}.prototype.${keys[j]} unverändert`).toBe(true));
  }
  expect(Object.getPrototypeOf(Object.prototype)).toBeNull();
});
