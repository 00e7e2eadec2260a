/**
 * Node keys that are names of Object.prototype ("__proto__", "constructor", "toString" …) break
 * graphology, which keeps each node's neighbours in plain objects keyed by node key: an edge to
 * "constructor" is reported as existing, one to "__proto__" is lost. Such a key (and any key that
 * starts with the marker) gets a private-use marker in front while the graph lives in graphology;
 * graph-io adds it on reading and takes it off on writing, so files keep the user's keys.
 */
const MARK = '\uE000';
const RESERVED: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** The key a node gets inside graphology. */
export function toGraphKey(key: string): string {
  return RESERVED.has(key) || key.startsWith(MARK) ? MARK + key : key;
}

/** The user's key of a graphology node key. */
export function fromGraphKey(key: string): string {
  return key.startsWith(MARK) ? key.slice(1) : key;
}

/**
 * A copy of a result computed on graphology keys (records keyed by node, lists of nodes) with the
 * user's keys: every string and property name that carries the marker loses it. Property names are
 * defined as own data properties, so "__proto__" stays a key and never becomes a prototype.
 */
export function withUserKeys<T>(value: T): T {
  if (typeof value === 'string') return fromGraphKey(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => withUserKeys(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    Object.defineProperty(out, fromGraphKey(k), {
      value: withUserKeys(v),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out as T;
}
