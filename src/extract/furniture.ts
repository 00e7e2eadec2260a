/**
 * Page furniture: navigation, cookie and login boxes, share buttons, logo lines, stray numbers.
 * Furniture lines are only marked, never removed, so offsets into the original text stay valid.
 */
import type { Line } from './lines.ts';

const WHOLE_LINE = [
  // the address a page was saved from ("source: https://…", "Quelle: https://…"): metadata, not text
  /^(?:source|quelle|url|adresse|abgerufen (?:von|unter))\s*:\s*(?:https?:\/\/|www\.)\S*$/i,
  /^https?:\/\/\S+$/i,
  /^inhalt anspringen$/i,
  /^(zum )?(haupt)?inhalt( springen| anzeigen)?$/i,
  /^(direkt )?zur (navigation|suche|hauptnavigation|startseite)$/i,
  /^(ähnliche inhalte|suche|suchen|menü|menu|navigation|startseite|zurück|nach oben|seitenanfang|drucken|teilen|seite teilen|seite drucken|merken|schließen|mehr|mehr erfahren|weiterlesen\.*|weiter|login|logout|anmelden|abmelden|registrieren|benutzeranmeldung|passwort vergessen\??|datenschutz|datenschutzerklärung|impressum|barrierefreiheit|kontaktformular|sitemap|leichte sprache|gebärdensprache|english|deutsch|newsletter|rss|facebook|twitter|instagram|youtube|linkedin|xing|mastodon|whatsapp)$/i,
  /^(teilen|share|folgen)( auf| via)? ?(facebook|twitter|x|whatsapp|linkedin|xing|e-mail|per e-mail)?$/i,
  /^logo[: ]/i,
  /^©/,
  /^(copyright|\(c\))\b/i,
  /^(bild|foto|grafik|quelle|abbildung):? ?(©|quelle|foto)/i,
  /^(?!(?:19|20)\d{2}$)[\d.,:;|+-]+$/, // stray numbers (counters, coordinates); phone lines keep their spaces
  /^geben sie ihren benutzernamen/i,
  /^(öffnet|link öffnet)\b.*(link|fenster)/i,
  /^sie sind hier:?/i,
  /^(startseite|home)\s*[>›»/|]/i,
  /^\S+(\s*[>›»]\s*\S+){2,}$/,
  /^(cookie|cookies)( einstellungen| akzeptieren| ablehnen)?$/i,
  /^(alle )?(akzeptieren|ablehnen|zustimmen|einstellungen)$/i,
  // newspaper furniture: ads, share bars, comment boxes, newsletter teasers
  /^(anzeige|werbung|sponsored|kommentare( \(\d+\))?|\d+ kommentare?|artikel (teilen|drucken|merken)\b.*|teilen:.*|jetzt kostenlos (anmelden|registrieren|testen)\.?)$/i,
  /^um (einen )?kommentare? zu (schreiben|verfassen)/i,
  /\bjetzt kostenlos anmelden\.?$/i,
  // an inline teaser to another article ("Lesen Sie auch: Wie eine …"), "Mehr Nachrichten aus Bochum"
  /^(lesen sie auch|auch interessant|mehr zum thema|das könnte sie auch interessieren|passend dazu)\s*:/i,
  /^mehr (nachrichten|artikel|news|meldungen) (aus|zu|zum|zur)\b/i,
];

/** A heading over teaser links to other articles: it and the short lines below it (to the next blank line) are furniture. */
const TEASER_HEADING =
  /^(lesen sie auch|auch interessant|mehr zum thema|das könnte sie auch interessieren|weitere meldungen|weitere artikel|weitere nachrichten|meistgelesen|top-artikel|empfehlungen)( aus [\p{L} -]+)?:?$/iu;

/** Bank details of a donation box: the bank is no actor of the network. */
const BANK_DETAILS = /\bIBAN\b|\bBIC\b|Spendenkonto|Bankverbindung/;

const COOKIE_OR_LOGIN =
  /(cookies? (erleichtern|verwenden|werden)|verwendet cookies|nutzung der dienste erklären sie sich|zur bereitstellung von diensten auf dieser webseite|benutzernamen und ihr passwort|javascript (ist )?deaktiviert)/i;

/** One flag per line: true where the line is page furniture. */
export function markFurniture(lines: readonly Line[]): boolean[] {
  const out = lines.map((line) => isFurniture(line.text));
  for (let i = 0; i < lines.length; i++) {
    if (!TEASER_HEADING.test(lines[i]!.text.trim())) continue;
    out[i] = true;
    for (let j = i + 1; j < lines.length && lines[j]!.text.trim() !== '' && lines[j]!.text.trim().length <= 120; j++)
      out[j] = true;
  }
  return out;
}

export function isFurniture(raw: string): boolean {
  const t = raw.trim();
  if (t === '') return false;
  if (WHOLE_LINE.some((re) => re.test(t))) return true;
  return COOKIE_OR_LOGIN.test(t) || BANK_DETAILS.test(t);
}
