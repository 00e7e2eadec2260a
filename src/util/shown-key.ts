/**
 * A key or name from a file as it appears inside a one-line message: control characters (line
 * breaks, tabs, NUL, the Unicode line separators) as escapes, and long keys cut, so a hostile key can
 * neither break the message into several lines nor flood it.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function shownKey(key: string, max = 80): string {
  const cut = key.length > max ? `${key.slice(0, max)}…` : key;
  return cut.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A whole message from parts of a file on one line: control characters escaped, nothing cut. */
export function oneLine(message: string): string {
  return shownKey(message, Infinity);
}
