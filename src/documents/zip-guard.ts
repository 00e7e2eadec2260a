/**
 * Checks a ZIP container (a .docx) before anything unpacks it: the central directory's declared
 * sizes must stay within limits, so a "zip bomb" (a few kB that unpack to gigabytes) is refused
 * instead of filling the memory. Reads only the directory records, linear in their number.
 */
export interface ZipLimits {
  /** Unpacked bytes of all entries together. */
  maxTotal: number;
  /** Entries at most. */
  maxEntries: number;
  /** Unpacked / packed, for entries above 1 MB. */
  maxRatio: number;
}

export const DOCX_LIMITS: ZipLimits = { maxTotal: 200 * 1024 * 1024, maxEntries: 5000, maxRatio: 200 };

export type ZipCheck = { ok: true; names: string[] } | { ok: false; message: string };

export function checkZip(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50 within the last 64 kB + 22 bytes
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    return { ok: false, message: 'ist keine gültige Word-Datei (kein ZIP-Verzeichnis gefunden) oder beschädigt.' };
  const entries = view.getUint16(eocd + 10, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (entries > limits.maxEntries)
    return {
      ok: false,
      message: `enthält ${entries} gepackte Teile (erlaubt sind höchstens ${limits.maxEntries}) und wird nicht gelesen.`,
    };
  const names: string[] = [];
  let total = 0;
  let at = dirOffset;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
      return { ok: false, message: 'ist beschädigt (das ZIP-Verzeichnis ist unvollständig) und wird nicht gelesen.' };
    const packed = view.getUint32(at + 20, true);
    const unpacked = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    // ZIP64 marks sizes as 0xFFFFFFFF: far beyond what a Word file of a planner holds
    if (packed === 0xffffffff || unpacked === 0xffffffff)
      return { ok: false, message: 'ist zu groß (ZIP64) und wird nicht gelesen.' };
    names.push(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    total += unpacked;
    if (total > limits.maxTotal)
      return {
        ok: false,
        message: `würde entpackt mehr als ${Math.round(limits.maxTotal / 1024 / 1024)} MB ergeben (vermutlich eine „ZIP-Bombe“) und wird nicht gelesen.`,
      };
    if (unpacked > 1024 * 1024 && unpacked > packed * limits.maxRatio)
      return {
        ok: false,
        message: `enthält einen Teil, der sich auf das ${Math.round(unpacked / Math.max(1, packed))}-Fache entpacken würde (vermutlich eine „ZIP-Bombe“), und wird nicht gelesen.`,
      };
    at += 46 + nameLength + extra + comment;
  }
  return { ok: true, names };
}
