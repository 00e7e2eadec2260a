/**
 * The address list of `netzatlas fetch`: one address per line; blank lines and lines starting with
 * `#` are ignored. Only http and https addresses are taken; every other line is reported with its
 * line number (German) and left out.
 *
 * Pure and browser-safe (no node:*).
 */

export interface ListedAddress {
  /** 1-based line in the list. */
  line: number;
  /** The address as it will be requested: parsed and normalised, without `#fragment`. */
  url: string;
}

export interface ListProblem {
  line: number;
  /** German sentence about the line, without file name and line number. */
  message: string;
}

export interface AddressList {
  addresses: ListedAddress[];
  problems: ListProblem[];
}

/** The schemes `fetch` loads. */
export const WEB_SCHEMES: readonly string[] = ['http:', 'https:'];

/** How a line is shown in a message: quoted, shortened. */
function shown(text: string): string {
  return `„${text.length > 80 ? `${text.slice(0, 77)}…` : text}“`;
}

/**
 * Checks one address (a line of the list or a redirect target): the parsed address, or a German
 * reason why it is not loaded.
 */
export function checkWebAddress(text: string, base?: string): { url: string } | { problem: string } {
  let parsed: URL;
  try {
    parsed = base === undefined ? new URL(text) : new URL(text, base);
  } catch {
    return { problem: `${shown(text)} ist keine gültige Adresse (erwartet z. B. https://www.beispiel.de/seite).` };
  }
  if (!WEB_SCHEMES.includes(parsed.protocol)) {
    return { problem: `${shown(text)}: nur http- und https-Adressen werden geladen, nicht „${parsed.protocol}“.` };
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return { problem: `${shown(text)}: Adressen mit Zugangsdaten (Name@Rechner) werden nicht geladen.` };
  }
  if (parsed.hostname === '') return { problem: `${shown(text)}: die Adresse nennt keinen Rechner.` };
  parsed.hash = '';
  return { url: parsed.href };
}

/** Reads the text of an address list. A repeated address is reported once more and taken only once. */
export function parseAddressList(text: string): AddressList {
  const addresses: ListedAddress[] = [];
  const problems: ListProblem[] = [];
  const seen = new Map<string, number>();
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const line = i + 1;
      const trimmed = raw.trim();
      if (trimmed === '' || trimmed.startsWith('#')) return;
      if (/\s/.test(trimmed)) {
        problems.push({ line, message: `${shown(trimmed)} enthält Leerzeichen; je Zeile bitte genau eine Adresse.` });
        return;
      }
      const checked = checkWebAddress(trimmed);
      if ('problem' in checked) {
        problems.push({ line, message: checked.problem });
        return;
      }
      const earlier = seen.get(checked.url);
      if (earlier !== undefined) {
        problems.push({ line, message: `${shown(trimmed)} steht schon in Zeile ${earlier}.` });
        return;
      }
      seen.set(checked.url, line);
      addresses.push({ line, url: checked.url });
    });
  return { addresses, problems };
}
