/**
 * Word files (.docx) through mammoth into HTML, then the HTML reader: paragraphs, headings, lists and
 * tables keep their structure (a table row becomes `Feld | Wert`). The container is checked first
 * (zip-guard.ts), so a zip bomb is refused before anything is unpacked. mammoth is loaded on the
 * first Word file only.
 */
import { readHtml } from './html.ts';
import type { ReadOptions, ReadResult } from './types.ts';
import { checkZip } from './zip-guard.ts';

export const DEFAULT_MAX_DOCX_BYTES = 50 * 1024 * 1024;

interface Mammoth {
  convertToHtml(
    input: { arrayBuffer: ArrayBuffer; buffer: Uint8Array },
    options?: Record<string, unknown>,
  ): Promise<{ value: string; messages: Array<{ type: string; message: string }> }>;
}

let mammothPromise: Promise<Mammoth> | undefined;
function loadMammoth(): Promise<Mammoth> {
  mammothPromise ??= import('mammoth').then((m) => (m as { default?: Mammoth }).default ?? (m as unknown as Mammoth));
  return mammothPromise;
}

export async function readDocx(bytes: Uint8Array, name: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_DOCX_BYTES;
  if (bytes.length === 0) return { ok: false, reason: 'empty', message: 'ist leer.' };
  if (bytes.length > maxBytes)
    return {
      ok: false,
      reason: 'too-large',
      message: `ist größer als ${Math.round(maxBytes / 1024 / 1024)} MB und wird nicht gelesen.`,
    };
  // an OLE container: a password-protected .docx (Word encrypts into one) or an old .doc
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return {
      ok: false,
      reason: 'encrypted',
      message: 'ist mit einem Kennwort geschützt oder eine ältere .doc-Datei; bitte ohne Kennwort als .docx speichern.',
    };
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return {
      ok: false,
      reason: 'damaged',
      message:
        'ist keine Word-Datei im .docx-Format (kein ZIP-Container); ältere .doc-Dateien bitte in Word als .docx speichern.',
    };
  const zip = checkZip(bytes);
  if (!zip.ok) return { ok: false, reason: 'damaged', message: zip.message };
  if (zip.names.some((n) => n === 'EncryptedPackage' || n.endsWith('/EncryptedPackage')))
    return {
      ok: false,
      reason: 'encrypted',
      message: 'ist mit einem Kennwort geschützt und kann nicht gelesen werden.',
    };
  if (!zip.names.includes('word/document.xml'))
    return { ok: false, reason: 'damaged', message: 'ist keine Word-Datei (word/document.xml fehlt) oder beschädigt.' };
  let html: string;
  try {
    const mammoth = await loadMammoth();
    const copy = bytes.slice();
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`
    const result = await mammoth.convertToHtml(
      { arrayBuffer: copy.buffer, buffer: copy },
      { includeDefaultStyleMap: true, ignoreEmptyParagraphs: false },
    );
    html = result.value;
  } catch (e) {
    const hint = e instanceof Error && e.message && !e.message.includes('\n') ? ` (${e.message.slice(0, 120)})` : '';
    return { ok: false, reason: 'damaged', message: `ist beschädigt und kann nicht gelesen werden.${hint}` };
  }
  // in Word a paragraph is a line (Enter), an empty paragraph the gap between blocks
  const doc = readHtml(html, name, opts, { paragraphIsLine: true });
  const heading = /^[^\n]+/.exec(doc.text)?.[0];
  const title = /<h1>/.test(html.slice(0, 200)) && heading ? heading : undefined;
  if (!doc.text.trim()) return { ok: false, reason: 'no-text', message: 'enthält keinen Text.' };
  return {
    ok: true,
    // offsets point into the HTML mammoth made, not into the file: a Word file has no text offsets
    doc: {
      ...doc,
      info: { format: 'docx', ...(title ? { title } : {}), ...(opts.url ? { url: opts.url } : {}) },
      toSource: () => ({}),
    },
  };
}
