/**
 * Typed attribute values of GEXF and GraphML files (what a value means by its declared type) and
 * attribute names the contract reserves (under which name a value is kept). Pure.
 */
import { dataAttributeName, setOwn } from '../contract.ts';
import { DERIVED_ID_SUFFIX, JSON_ID_SUFFIX } from './safety.ts';
import { describeJsonTextProblem, scanJsonText } from '../../util/index.ts';

// ---------------------------------------------------------------------------------------------
// Typed values
// ---------------------------------------------------------------------------------------------

/** Declared attribute (GEXF `<attribute>`, GraphML `<key>`). */
export interface Column {
  id: string;
  /** Attribute name as the file shows it (GEXF title, GraphML attr.name). */
  name: string;
  /** Declared type, lower case. */
  type: string;
  /** JSON-encoded column of our writers: string type and id ending in `.json`. */
  json: boolean;
  /** Derived column of our writers (id ending in `.derived`): not read back. */
  derived: boolean;
  defaultValue?: string;
}

export function makeColumn(id: string, name: string | undefined, type: string | undefined): Column {
  const t = (type ?? 'string').trim().toLowerCase() || 'string';
  return {
    id,
    name: name ?? id,
    type: t,
    json: t === 'string' && id.endsWith(JSON_ID_SUFFIX),
    derived: id.endsWith(DERIVED_ID_SUFFIX),
  };
}

const DOUBLE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER_TYPES = new Set(['integer', 'int', 'long', 'short', 'byte', 'biginteger']);
const DOUBLE_TYPES = new Set(['double', 'float', 'bigdecimal']);

export function parseXmlNumber(raw: string): number | null {
  const s = raw.trim();
  if (DOUBLE.test(s)) return Number(s);
  switch (s) {
    case 'NaN':
      return NaN;
    case 'INF':
    case '+INF':
    case 'Infinity':
    case '+Infinity':
      return Infinity;
    case '-INF':
    case '-Infinity':
      return -Infinity;
    default:
      return null;
  }
}

export type Decoded = { ok: true; value: unknown } | { ok: false; value: string; expected: string };

function decodeScalar(raw: string, type: string): Decoded {
  if (INTEGER_TYPES.has(type)) {
    const n = parseXmlNumber(raw);
    if (n === null || !Number.isInteger(n)) return { ok: false, value: raw, expected: `eine ganze Zahl (${type})` };
    if (!Number.isSafeInteger(n))
      return { ok: false, value: raw, expected: `eine ganze Zahl bis ±2^53 (${type}; größere Zahlen bleiben Text)` };
    return { ok: true, value: n };
  }
  if (DOUBLE_TYPES.has(type)) {
    const n = parseXmlNumber(raw);
    return n === null ? { ok: false, value: raw, expected: `eine Zahl (${type})` } : { ok: true, value: n };
  }
  if (type === 'boolean') {
    const s = raw.trim();
    if (s === 'true' || s === '1' || s === 'True' || s === 'TRUE') return { ok: true, value: true };
    if (s === 'false' || s === '0' || s === 'False' || s === 'FALSE') return { ok: true, value: false };
    return { ok: false, value: raw, expected: 'true oder false (boolean)' };
  }
  // string, char, anyURI, date, time, datetime and unknown types stay text
  return { ok: true, value: raw };
}

function splitList(raw: string): string[] {
  const s = raw.trim();
  if (s.startsWith('[') && s.endsWith(']')) {
    try {
      const parsed: unknown = JSON.parse(s);
      if (Array.isArray(parsed)) return parsed.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
    } catch {
      // GEXF 1.3 lists as graphology writes them: [a, b, 'c"d']
    }
    const inner = s.slice(1, -1).trim();
    if (inner === '') return [];
    return inner.split(',').map((p) => {
      const t = p.trim();
      return t.length >= 2 && (t[0] === "'" || t[0] === '"') && t[t.length - 1] === t[0] ? t.slice(1, -1) : t;
    });
  }
  return s === '' ? [] : raw.split('|');
}

/** A raw attribute value read as its declared type; a mismatch keeps the raw text (the caller warns). */
export function decodeValue(raw: string, column: Column): Decoded {
  if (column.json) {
    const problem = scanJsonText(raw);
    if (problem) return { ok: false, value: raw, expected: `JSON-Text (${describeJsonTextProblem(problem)})` };
    try {
      return { ok: true, value: JSON.parse(raw) as unknown };
    } catch {
      return { ok: false, value: raw, expected: 'JSON-Text (Attribut-ID endet auf .json)' };
    }
  }
  if (column.type.startsWith('list')) {
    const sub = column.type.slice(4) || 'string';
    const out: unknown[] = [];
    for (const part of splitList(raw)) {
      const d = decodeScalar(part, sub);
      if (!d.ok) return { ok: false, value: raw, expected: `eine Liste aus ${d.expected}` };
      out.push(d.value);
    }
    return { ok: true, value: out };
  }
  return decodeScalar(raw, column.type);
}

// ---------------------------------------------------------------------------------------------
// Attribute names
// ---------------------------------------------------------------------------------------------

/** Names that zod (and plain objects) do not keep as own keys: renamed with a warning. */
const PROTOTYPE_SETTERS = new Set(['__proto__']);

export function freeName(target: Record<string, unknown>, base: string): string {
  let name = base;
  while (Object.hasOwn(target, name)) name = `${name}_daten`;
  return name;
}

/**
 * Put a foreign attribute into a bag: names of sigma's display data get `_daten` (contract.ts),
 * names the contract reserves for this element (`reserved`) too, and `__proto__` becomes
 * `__proto___daten` with a warning (GraphJSONSchema, i.e. zod, silently drops an own `__proto__` key).
 */
export function putAttribute(
  target: Record<string, unknown>,
  name: string,
  value: unknown,
  reserved: ReadonlySet<string>,
  warn: (message: string, onceKey: string) => void,
  displayNames = true,
): void {
  let targetName = displayNames ? dataAttributeName(name) : name;
  if (reserved.has(name)) targetName = `${name}_daten`;
  if (PROTOTYPE_SETTERS.has(name)) {
    targetName = `${name}_daten`;
    warn(
      `Attribut „${name}“ als „${targetName}“ übernommen (der Name ist in JavaScript-Objekten nicht als Schlüssel nutzbar)`,
      `proto:${name}`,
    );
  }
  setOwn(target, freeName(target, targetName), value);
}
