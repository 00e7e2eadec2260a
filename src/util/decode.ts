/**
 * Turns the raw bytes of one input document into text, or says in German why it cannot.
 *
 * Browser-safe on purpose (only TextDecoder, no node:*), so the web app can decode
 * uploaded files exactly like the CLI does.
 *
 * Offsets: every later `sources[].start/end` is a JavaScript string index (UTF-16 code
 * units) into the returned `text`. That text has a leading UTF-8 BOM removed and its line
 * endings left untouched (CRLF stays CRLF), so offsets refer to the text as read, minus BOM.
 */

/** Documents above this size are skipped; web pages saved as text are far smaller. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** How many leading bytes the control-character heuristic looks at. */
const SNIFF_BYTES = 8 * 1024;

/** Share of control characters above which a document is treated as binary. */
const MAX_CONTROL_SHARE = 0.1;

export type DecodeSuccess = {
  ok: true;
  text: string;
  encoding: 'utf-8' | 'windows-1252';
  /** German remarks for the user, e.g. about the encoding fallback. */
  notes: string[];
};

export type DecodeFailure = {
  ok: false;
  reason: 'empty' | 'binary' | 'too-large' | 'undecodable';
  /** German sentence fragment meant to follow "<file>: ". */
  message: string;
};

export type DecodeResult = DecodeSuccess | DecodeFailure;

type Magic = { bytes: readonly number[]; looksLike: string };

// Formats people commonly drop into a folder of "documents" by mistake.
const BINARY_MAGIC: readonly Magic[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], looksLike: 'eine PDF-Datei' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], looksLike: 'ein ZIP-Archiv (auch DOCX, XLSX, ODT)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], looksLike: 'ein PNG-Bild' },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61], looksLike: 'ein GIF-Bild' },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], looksLike: 'ein GIF-Bild' },
  { bytes: [0xff, 0xd8, 0xff], looksLike: 'ein JPEG-Bild' },
];

const TEXT_EXTENSIONS = ['.txt', '.html', '.htm'];

/**
 * Decodes one document. Never throws.
 *
 * Checks run from cheapest to most expensive: size, emptiness, UTF-16 BOM, binary magic,
 * NUL bytes, control-character share, then strict UTF-8 with a Windows-1252 fallback
 * (the usual encoding of older German web pages and Windows text files).
 *
 * `name` only makes messages more helpful (e.g. a ".txt" that is really a PDF).
 */
export function decodeDocument(bytes: Uint8Array, name: string, opts: { maxBytes?: number } = {}): DecodeResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  if (bytes.length > maxBytes) {
    return fail(
      'too-large',
      `ist zu groß (${formatSize(bytes.length)}; erlaubt sind höchstens ${formatSize(maxBytes)}).`,
    );
  }
  if (bytes.length === 0) return fail('empty', 'ist leer.');

  if (hasUtf16Bom(bytes)) {
    // UTF-16 text is full of NUL bytes and would otherwise be misreported as binary.
    return fail('undecodable', 'ist UTF-16-kodiert; bitte als UTF-8 speichern.');
  }

  const magic = detectMagic(bytes);
  if (magic) return fail('binary', binaryMessage(magic.looksLike, name));
  if (bytes.includes(0)) return fail('binary', 'enthält Null-Bytes und ist vermutlich keine Textdatei.');
  if (controlShare(bytes.subarray(0, SNIFF_BYTES)) > MAX_CONTROL_SHARE) {
    return fail('binary', 'enthält viele Steuerzeichen und ist vermutlich keine Textdatei.');
  }

  const decoded = decodeText(bytes);
  if (decoded.text.trim() === '') return fail('empty', 'enthält keinen Text (nur Leerzeichen oder Zeilenumbrüche).');
  return decoded;
}

function fail(reason: DecodeFailure['reason'], message: string): DecodeFailure {
  return { ok: false, reason, message };
}

function decodeText(bytes: Uint8Array): DecodeSuccess {
  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  try {
    // ignoreBOM: the BOM is already removed above; a second one would be real content.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, text, encoding: 'utf-8', notes: [] };
  } catch {
    // Not valid UTF-8: fall back to Windows-1252, which maps every byte.
  }
  return {
    ok: true,
    // body, not bytes: a BOM before invalid UTF-8 (mixed encodings) must not become "ï»¿".
    text: decodeWindows1252(body),
    encoding: 'windows-1252',
    notes: ['nicht UTF-8, als Windows-1252 gelesen'],
  };
}

/**
 * WHATWG index-windows-1252 for bytes 0x80–0x9F; every other byte maps to the same code
 * point. Hand-written because TextDecoder('windows-1252') in Node ≥ 20.18.3 / 22.13 wrongly
 * decodes this range as Latin-1 (nodejs/node#60888), turning „“–€ into control characters.
 */
const CP1252_80_9F = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  // Chunks keep String.fromCharCode below the engine's argument limit.
  const CHUNK = 8192;
  let text = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) =>
      b >= 0x80 && b < 0xa0 ? (CP1252_80_9F[b - 0x80] ?? b) : b,
    );
    text += String.fromCharCode(...codes);
  }
  return text;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  const [a, b] = bytes;
  return (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
}

function detectMagic(bytes: Uint8Array): Magic | undefined {
  return BINARY_MAGIC.find((m) => m.bytes.every((b, i) => bytes[i] === b));
}

function binaryMessage(looksLike: string, name: string): string {
  const ext = extensionOf(name);
  // A text extension on a binary file is worth pointing out: the user expects text there.
  const hint = TEXT_EXTENSIONS.includes(ext) ? ` (trotz der Endung ${ext})` : '';
  return `sieht aus wie ${looksLike}${hint}, nicht wie ein Textdokument.`;
}

function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** Share of C0 control bytes (and DEL) other than tab, line feed, form feed, carriage return. */
function controlShare(sample: Uint8Array): number {
  if (sample.length === 0) return 0;
  let count = 0;
  for (const b of sample) {
    const allowed = b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d;
    if ((b < 0x20 && !allowed) || b === 0x7f) count++;
  }
  return count / sample.length;
}

/** German size with a decimal comma, e.g. "10 MiB", "1,5 KiB", "12 Bytes". */
export function formatSize(bytes: number): string {
  const units: Array<[number, string]> = [
    [1024 * 1024 * 1024, 'GiB'],
    [1024 * 1024, 'MiB'],
    [1024, 'KiB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const value = Math.round((bytes / size) * 10) / 10;
      return `${String(value).replace('.', ',')} ${unit}`;
    }
  }
  return bytes === 1 ? '1 Byte' : `${bytes} Bytes`;
}
