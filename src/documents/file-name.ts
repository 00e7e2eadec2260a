/**
 * The file name a fetched page is saved under: readable (host and path), stable (the same address
 * always gives the same name), safe (ASCII letters, digits, ".", "-", "_"; no folders, no leading
 * dot, no name Windows reserves) and at most 100 characters, with a short hash of the address so
 * that two addresses never share a name.
 *
 * Pure and browser-safe (no node:*): the hash is computed by the caller.
 */

export const MAX_FILE_NAME = 100;

/** Extension by content type (lower-case MIME type without parameters); undefined: not saved. */
export const EXTENSION_BY_TYPE: Readonly<Record<string, string>> = {
  'text/html': '.html',
  'application/xhtml+xml': '.html',
  'text/plain': '.txt',
  'application/pdf': '.pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
};

const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/** ASCII slug: German letters spelled out, other accents dropped, everything else a "-". */
export function slug(text: string): string {
  return text
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '');
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * `https://www.stadt-hagen.de/kinder/Förderung.pdf` with type application/pdf and hash "3f2a…" →
 * `www.stadt-hagen.de_kinder_foerderung-3f2a9c01.pdf`.
 */
export function pageFileName(url: string, mimeType: string, hashHex: string): string {
  const ext = EXTENSION_BY_TYPE[mimeType] ?? '.bin';
  const u = new URL(url);
  const host = slug(u.port ? `${u.hostname}-${u.port}` : u.hostname) || 'seite';
  const segments = u.pathname
    .split('/')
    .map(decoded)
    .filter((s) => s !== '');
  // the extension of the last segment is the one the name gets anyway
  const last = segments.length - 1;
  if (last >= 0) segments[last] = segments[last]!.replace(/\.(?:html?|xhtml|php|aspx?|jsp|txt|pdf|docx)$/i, '');
  const parts = [host, ...segments.map(slug).filter((s) => s !== '')];
  const suffix = `-${hashHex.slice(0, 8).toLowerCase()}${ext}`;
  let base = parts
    .join('_')
    .slice(0, MAX_FILE_NAME - suffix.length)
    .replace(/[-._]+$/, '');
  if (!/^[a-z0-9]/.test(base)) base = `seite-${base}`.slice(0, MAX_FILE_NAME - suffix.length);
  if (RESERVED.test(base.split('.')[0]!)) base = `_${base}`.slice(0, MAX_FILE_NAME - suffix.length);
  return `${base}${suffix}`;
}
