/** ASCII file names from German titles, so downloads keep a readable name on every system. Pure. */

const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS' };
// Names Windows refuses whatever the extension.
const RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_LENGTH = 80;

/**
 * A file name stem from any text: umlauts and ß spelled out (ä → ae, ß → ss), other accents
 * dropped (é → e), everything but letters, digits, `.`, `_` and `-` turned into single dashes,
 * no leading dot or dash, at most 80 characters; "netzatlas" when nothing is left.
 */
export function safeFileName(s: string, fallback = 'netzatlas'): string {
  const stem = String(s)
    // NFC first, so a decomposed ä (a + combining diaeresis) also becomes "ae".
    .normalize('NFC')
    .replace(/[äöüÄÖÜßẞ]/g, (c) => GERMAN[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+/, '')
    .slice(0, MAX_LENGTH)
    .replace(/[-.]+$/, '');
  if (!stem) return fallback;
  return RESERVED.test(stem.split('.')[0]!) ? `karte-${stem}` : stem;
}
