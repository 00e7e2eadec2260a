/**
 * Preloaded in every test file (vitest.config.ts `test.setupFiles`): the built-in prototypes keep exactly
 * their own properties, with the same values, from the first test of a file to its last. A reader that
 * lets a key from a file ("__proto__", "constructor" …) reach a prototype fails the file it ran in,
 * whichever test exercised it. Newer standard ECMAScript methods that a library's polyfill may add
 * (pdfjs's legacy build brings core-js on Node 20: Set.prototype.union, Map.prototype.getOrInsert,
 * Uint8Array.prototype.toBase64 …) are allowed by name; any other new or changed property fails.
 */
import { afterAll, beforeAll, expect } from 'vitest';

const GUARDED = {
  Object: Object.prototype,
  Array: Array.prototype,
  Function: Function.prototype,
  String: String.prototype,
  Number: Number.prototype,
  Boolean: Boolean.prototype,
  Map: Map.prototype,
  Set: Set.prototype,
} as const;

/** Standard methods newer than Node 20 that polyfills add (ES2024–2026); no user data is named like these. */
const STANDARD_ADDITIONS = new Set([
  'getOrInsert',
  'getOrInsertComputed',
  'difference',
  'intersection',
  'isDisjointFrom',
  'isSubsetOf',
  'isSupersetOf',
  'symmetricDifference',
  'union',
  'setFromBase64',
  'setFromHex',
  'toBase64',
  'toHex',
]);

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
    const [, afterKeys, afterValues] = after[i]!;
    expect(
      afterKeys.filter((k) => !keys.includes(k) && !STANDARD_ADDITIONS.has(k)),
      `${name}.prototype: neue Eigenschaften`,
    ).toEqual([]);
    expect(
      keys.filter((k) => !afterKeys.includes(k)),
      `${name}.prototype: verlorene Eigenschaften`,
    ).toEqual([]);
    keys.forEach((k, j) =>
      expect(afterValues[afterKeys.indexOf(k)] === values[j], `${name}.prototype.${k} unverändert`).toBe(true),
    );
  }
  expect(Object.getPrototypeOf(Object.prototype)).toBeNull();
});
