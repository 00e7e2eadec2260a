/**
 * Person mentions: a name with a role in parentheses ("(Leitung: Frank Muster)"), a role before or
 * after a name ("Oberbürgermeisterin Anna Beispiel", "Max Muster, Beigeordneter"), a name line in a
 * contact block, or a common first name followed by a surname in running text.
 */
import { foldMemo as fold } from '../../util/index.ts';
import type { PlaceLookup, Span } from '../../model/index.ts';
import { forEachLetterWord } from '../tokens.ts';
import { FIRST_NAMES } from './first-names.ts';
import { HEADS, NOT_NAME_WORDS } from './org-vocabulary.ts';

export interface PersonMention extends Span {
  name: string;
  role?: string;
  /** How it was found; decides which organisation it works for. */
  cue: 'parenthesis' | 'role-before' | 'role-after' | 'contact-line' | 'first-name' | 'label' | 'salutation';
}

const TITLE = String.raw`(?:(?:Dr\.|Prof\.|Dipl\.-[\p{L}]+\.?|Mag\.|M\.A\.|B\.A\.)\s+)*`;
const NAME_TOKEN = String.raw`[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?`;
const PARTICLE = String.raw`(?:(?:von|van|de|di|da|zu|von der|van der|van den|ten|el|al)\s+)?`;
const FULL_NAME = String.raw`${TITLE}${NAME_TOKEN}(?:\s+${NAME_TOKEN}){0,2}\s+${PARTICLE}${NAME_TOKEN}`;

const PAREN_ROLE =
  /\(\s*((?:Projekt|Schul|Fachbereichs|Abteilungs|Amts|Team|Bereichs|Einrichtungs|Kita|Netzwerk)?(?:[Ll]eitung|[Ll]eiter(?:in)?|[Dd]irektor(?:in)?|[Gg]eschäftsführ(?:er|erin|ung)|[Vv]orsitz(?:ende[r]?)?|[Kk]oordinat(?:or|orin|ion)|Ansprechpartner(?:in)?|Vorstand|Rektor(?:in)?))\s*:\s*([^)]{3,60})\)/gu;

// "Quartierslotsin", "Vereinsvorsitzender", "Schulsozialarbeiterin", "FGZ-Leiterin", "Landtagsabgeordnete", "Schulrat": any compound that ends in an office word
const COMPOUND_ROLE = String.raw`(?:[\p{Lu}][\p{L}]*-)?[\p{Lu}][\p{Ll}]{2,}(?:leiter(?:in)?|vorsitzende[r]?|sprecher(?:in)?|präsident(?:in)?|bürgermeister(?:in)?|lotse|lotsin|sozialarbeiter(?:in)?|abgeordnete[r]?|koordinator(?:in)?|referent(?:in)?|beauftragte[r]?|berater(?:in)?|pädagog(?:e|in)|manager(?:in)?|schulrat|schulrätin|vorstand|vorständin)|Schulrat|Schulrätin`;
const ROLE_WORDS = String.raw`(?:Projekt|Schul|Kita|Einrichtungs|Amts|Team|Bereichs|Abteilungs|Fachbereichs)?[Ll]eitung|(?:Projekt|Netzwerk)?[Kk]oordination|(?:Ober)?[Bb]ürgermeister(?:in)?|Landrat|Landrätin|Städteregionsrat|Städteregionsrätin|Kreistagsmitglied|Kreistagsabgeordnete[r]?|Beigeordnete[r]?|(?:Sozial|Jugend|Schul|Bildungs)?[Dd]ezernent(?:in)?|(?:Staats)?[Mm]inister(?:in)?|Staatssekretär(?:in)?|(?:Amts|Abteilungs|Fachbereichs|Projekt|Schul|Kita|Einrichtungs|Team|Bereichs)?[Ll]eiter(?:in)?|Geschäftsführer(?:in)?|Quartiersmanager(?:in)?|Sozialarbeiter(?:in)?|Sozialpädagog(?:e|in)|(?:Netzwerk)?[Kk]oordinator(?:in)?|Vorsitzende[r]?|Schatzmeister(?:in)?|Kassierer(?:in)?|Schriftführer(?:in)?|Direktor(?:in)?|Rektor(?:in)?|Jugendamtsleiter(?:in)?|Präsident(?:in)?|Sprecher(?:in)?|Abgeordnete[rn]?|Landesrätin|Landesrat|Ansprechpartner(?:in)?|(?:Arbeits|Sozial|Familien|Jugend|Schul|Bildungs|Gesundheits|Integrations|Kinder|Bau|Kommunal|Heimat|Landes|Bundes|Kreis|Stadt|Netzwerk|Präventions|Gleichstellungs|Presse|Fach|Kita|Quartiers|Sozialraum|Einrichtungs)(?:minister|dezernent|leiter|direktor|koordinator|referent|beauftragte|sprecher|manager)(?:in|e|r)?|${COMPOUND_ROLE}`;

const NAME_LINE = new RegExp(
  String.raw`^(?:(?:Ansprechpartner(?:in)?|Kontakt|Ansprechperson|Herr|Frau)\s*:?\s+)?(${FULL_NAME})(?:\s*\(([^)]{2,60})\)|,\s*([^,]{2,60}))?$`,
  'u',
);
const SIMPLE_NAME = String.raw`${TITLE}${NAME_TOKEN}(?:\s+${NAME_TOKEN})?\s+${PARTICLE}${NAME_TOKEN}`;
const LABELLED = new RegExp(
  String.raw`Ansprechpartner(?:in|\*in|/in)?(?:\s+(?:im|in der|beim|bei der|für)\s+[^:]{2,40})?\s*:\s*(${SIMPLE_NAME})(?![\p{L}])`,
  'gu',
);
const TITLED_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:Dr\.|Prof\.)\s+)+${NAME_TOKEN}\s+${PARTICLE}${NAME_TOKEN}(?![\p{L}-])`,
  'gu',
);
/** "Herr Kemmerling", "Frau Dr. Pieper", "Herrn Brüggemann (SPD)": a surname after the salutation (minutes, letters). */
const SALUTED_SURNAME = new RegExp(
  // (not "eine Frau Angst", "jede Frau Anspruch": an article before the word makes it a noun)
  String.raw`(?<![\p{L}])(?<!(?:[Ee]ine[rnms]?|[Dd]ie|[Dd]er|[Dd]en|[Jj]ede[rnms]?|[Kk]eine[rnms]?|[Dd]iese[rnms]?|[Jj]ene[rnms]?|[Ww]elche[rnms]?|[Ii]hre[rnms]?|[Ss]eine[rnms]?)\s)(?:Herrn?|Frau)\s+(${TITLE})(${NAME_TOKEN})(?![\p{L}-])(?!\s+[\p{Lu}][\p{Ll}])`,
  'gu',
);
const FIRST_NAME_PAIR = new RegExp(
  String.raw`(?<![\p{L}])(${NAME_TOKEN})\s+(${PARTICLE}${NAME_TOKEN})(?![\p{L}-])`,
  'gu',
);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// cheap tests for what each pattern needs; lines without it skip the pattern
// (a full name starts with a capital, title or not, and ends in a capitalised word)
const ROLE_TOKEN = new RegExp(String.raw`^(?:${ROLE_WORDS})$`, 'u');
/** "Vorsitzende: Dr. Name", "Ansprechpartnerin Hausaufgabenhilfe: Name": a line of a board or team list. */
const ROLE_LABEL_LINE = new RegExp(
  String.raw`^\s*(?:[Ss]tellvertretende[rn]?\s+)?((?:${ROLE_WORDS})|Geschäftsführung|Vorstand)(?:\s+[^:\n]{1,50})?\s*:\s*(${FULL_NAME})\s*$`,
  'u',
);
const FULL_NAME_AFTER = new RegExp(String.raw`\s+(${FULL_NAME})(?![\p{L}])`, 'uy');
const FULL_NAME_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${FULL_NAME}),?\s+\(?$`, 'u');
const NAME_FOLLOWS_ROLE = new RegExp(String.raw`^\s+${TITLE}${NAME_TOKEN}\s+${NAME_TOKEN}`, 'u');

/**
 * The office words of a line (rules: ROLE_WORDS), each a whole word or the part after a hyphen
 * ("Jobcenter-Geschäftsführer"): testing words one by one is much faster than one pattern over the line.
 */
function roleWords(text: string): Array<{ start: number; end: number; word: string }> {
  const out: Array<{ start: number; end: number; word: string }> = [];
  forEachLetterWord(text, (start, end) => {
    if (end - start < 4) return;
    // most words start in lower case and have no hyphen, or end in a letter no office word ends in: no need to look
    if (cannotStartRoleWord(text.charCodeAt(start)) && !hasHyphen(text, start, end)) return;
    let last = end - 1;
    while (last > start && text.charCodeAt(last) === 0x2d) last--;
    if (cannotEndRoleWord(text.charCodeAt(last))) return;
    let w = text.slice(start, end);
    if (w.endsWith('-')) w = w.replace(/-+$/u, '');
    if (isRoleWord(w)) {
      out.push({ start, end: start + w.length, word: w });
      return;
    }
    const dash = w.lastIndexOf('-');
    if (dash > 0 && isRoleWord(w.slice(dash + 1)))
      out.push({ start: start + dash + 1, end: start + w.length, word: w.slice(dash + 1) });
  });
  return out;
}

/**
 * Lower-case letters no office word starts with: of the rules in ROLE_WORDS only "[Ll]eitung",
 * "[Kk]oordination", "[Bb]ürgermeister", "[Dd]ezernent", "[Mm]inister", "[Ll]eiter" and "[Kk]oordinator"
 * may be written in lower case; every other rule starts with a capital ("Herr" and "Frau" too).
 */
function cannotStartRoleWord(c: number): boolean {
  if (c >= 0x61 && c <= 0x7a) return c !== 0x6c && c !== 0x6b && c !== 0x62 && c !== 0x64 && c !== 0x6d; // l k b d m
  return c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf; // ä ö ü ß
}

/**
 * Letters no office word ends in: every rule of ROLE_WORDS ends in -ung, -ion, -er/-in, -rat, -ent,
 * -ied, -e/-r, -or, -är, -og(e), -and, -lotse, or is "Herr"/"Frau" — so the last letter is one of
 * d e g n r t u. A hyphenated word's part after the hyphen ends in the same letter.
 */
function cannotEndRoleWord(c: number): boolean {
  return c !== 0x64 && c !== 0x65 && c !== 0x67 && c !== 0x6e && c !== 0x72 && c !== 0x74 && c !== 0x75; // d e g n r t u
}

function hasHyphen(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x2d) return true;
  return false;
}

/** Words recur on every page: whether a word is an office word is remembered (bounded). */
const roleWordMemo = new Map<string, boolean>();
function isRoleWord(w: string): boolean {
  let known = roleWordMemo.get(w);
  if (known === undefined) {
    known = w === 'Herr' || w === 'Frau' || ROLE_TOKEN.test(w);
    if (roleWordMemo.size >= 100_000) roleWordMemo.clear();
    roleWordMemo.set(w, known);
  }
  return known;
}

// a pair is only kept when its first word is a known given name followed by a space
const FIRST_NAME_CUE = new RegExp(String.raw`(?<![\p{L}])(?:${[...FIRST_NAMES].map(escapeRe).join('|')})\s`, 'u');

/** "Hans-Jürgen", "Anna-Lena": a double given name of two given names. */
function isFirstName(t: string): boolean {
  return FIRST_NAMES.has(t) || (t.includes('-') && t.split('-').every((p) => FIRST_NAMES.has(p)));
}

function plausibleName(name: string, places: PlaceLookup): boolean {
  const tokens = name
    .replace(/^(?:(?:Dr\.|Prof\.|Dipl\.-\S+|Mag\.)\s+)+/, '')
    .split(/[\s,]+/)
    .filter(Boolean);
  if (tokens.length < 2 || tokens.length > 4) return false;
  for (const t of tokens) {
    const f = fold(t);
    if (HEADS.has(f) || NOT_NAME_WORDS.has(f)) return false;
    // a given name is a name, whatever its ending ("Marion", "Christian")
    if (isFirstName(t)) continue;
    if (
      /(ung|heit|keit|schaft|ion|amt|zentrum|stelle|schule|verein|verband|stiftung|hilfen?|dienste?|planung|angebote?|arbeit|büro|buero|familie|jugend|soziales|sport|kinder|stadt|kreis)$/.test(
        f,
      )
    )
      return false;
  }
  // "Koordinatorin Familienpaten": a role line of a contact block, no name
  if (ROLE_TOKEN.test(tokens[0]!)) return false;
  const last = tokens[tokens.length - 1]!;
  if (places.lookup(name).length > 0 || (places.lookup(last).length > 0 && tokens.length === 1)) return false;
  return true;
}

/** A surname standing alone after "Herr"/"Frau": no noun, role word, place or first name. */
function plausibleSurname(w: string, places: PlaceLookup): boolean {
  const f = fold(w);
  if (w.length < 3 || HEADS.has(f) || NOT_NAME_WORDS.has(f) || isRoleWord(w) || isFirstName(w)) return false;
  if (/^(?:kolleg(?:e|in)|abgeordnete[rn]?|vorsitzende[rn]?|doktor|professor(?:in)?|pfarrer(?:in)?)$/.test(f))
    return false;
  // nouns by their endings, only where the word is longer than the ending ("Stein", "Klein", "Jung" are names)
  return !NOUN_SUFFIX.test(f) && places.lookup(w).length === 0;
}

const NOUN_SUFFIX =
  /^.{3,}(?:ung|heit|keit|schaft|ion|amt|zentrum|stelle|schule|verein|verband|stiftung|erin|entin|orin|istin|innen)$/u;

function cleanName(raw: string): string {
  // "Anna, Beispiel": a stray comma between given name and surname
  return raw
    .replace(/\s*,\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Adds m unless it overlaps a person found before (a module function: a closure per line would cost more). */
function pushNew(out: PersonMention[], m: PersonMention): void {
  if (!out.some((o) => m.start < o.end && o.start < m.end)) out.push(m);
}

/** Persons in one line of text. `contactBlock` enables bare name lines. */
export function findPersons(text: string, offset: number, places: PlaceLookup, contactBlock = false): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of text.includes('(') ? text.matchAll(PAREN_ROLE) : []) {
    const raw = m[2]!.trim();
    const name = cleanName(raw);
    if (!plausibleName(name, places)) continue;
    const s = offset + m.index + m[0].indexOf(raw, m[1]!.length);
    pushNew(out, { start: s, end: s + raw.length, name, role: m[1]!, cue: 'parenthesis' });
  }
  for (const r of roleWords(text)) {
    // role before the name: "Landrat Dr. Name", "Herr Name"
    FULL_NAME_AFTER.lastIndex = r.end;
    const m = FULL_NAME_AFTER.exec(text);
    if (m) {
      // "Schulleiterin Petra Muster von der Grundschule": the particle opens the body, not a "von der" surname
      const raw = plausibleName(cleanName(m[1]!), places)
        ? m[1]!
        : m[1]!.replace(/\s+(?:von der|von|vom)\s+\S.*$/u, '');
      const name = cleanName(raw);
      if (raw !== '' && plausibleName(name, places)) {
        const s = offset + r.end + m[0].length - m[1]!.length;
        pushNew(out, {
          start: s,
          end: s + raw.length,
          name,
          role: /^(Herr|Frau)$/.test(r.word) ? undefined : r.word,
          cue: 'role-before',
        });
        continue;
      }
    }
    // role after the name: "Name, Geschäftsführerin", "Name (Leiterin …)"; not "A, Staatssekretär Dr. B"
    if (r.word === 'Herr' || r.word === 'Frau' || NAME_FOLLOWS_ROLE.test(text.slice(r.end, r.end + 80))) continue;
    let from = Math.max(0, r.start - 100);
    if (from > 0) from = text.indexOf(' ', from) + 1;
    const before = FULL_NAME_BEFORE.exec(text.slice(from, r.start));
    if (!before) continue;
    const name = cleanName(before[1]!);
    // "… begrüßt Herrn Kemmerling, Leiter …": the salutation and what stands before it are no part of the name
    if (!plausibleName(name, places) || /(?:^|\s)(?:Herrn?|Frau)(?:\s|$)/u.test(name)) continue;
    const s = offset + from + before.index;
    pushNew(out, { start: s, end: s + before[1]!.length, name, role: r.word, cue: 'role-after' });
  }
  if (contactBlock) {
    const t = text.trim();
    const lead = text.length - text.trimStart().length;
    const nl = NAME_LINE.exec(t);
    if (nl && plausibleName(cleanName(nl[1]!), places)) {
      const s = offset + lead + t.indexOf(nl[1]!, t.length - nl[0].length);
      const role = (nl[2] ?? nl[3])?.trim();
      pushNew(out, {
        start: s,
        end: s + nl[1]!.length,
        name: cleanName(nl[1]!),
        cue: 'contact-line',
        ...(role && !/\d|@/.test(role) ? { role } : {}),
      });
    }
  }
  for (const m of text.includes('Ansprechpartner') ? text.matchAll(LABELLED) : []) {
    const name = cleanName(m[1]!);
    if (!plausibleName(name, places)) continue;
    const s = offset + m.index + m[0].length - m[1]!.length;
    pushNew(out, { start: s, end: s + m[1]!.length, name, role: 'Ansprechpartner', cue: 'label' });
  }
  const labelLine = text.includes(':') ? ROLE_LABEL_LINE.exec(text) : null;
  if (labelLine && plausibleName(cleanName(labelLine[2]!), places)) {
    const s = offset + labelLine.index + labelLine[0].lastIndexOf(labelLine[2]!);
    pushNew(out, {
      start: s,
      end: s + labelLine[2]!.length,
      name: cleanName(labelLine[2]!),
      role: labelLine[1]!,
      cue: 'label',
    });
  }
  for (const m of /(?:Herr|Frau)/u.test(text) ? text.matchAll(SALUTED_SURNAME) : []) {
    const surname = m[2]!;
    if (!plausibleSurname(surname, places)) continue;
    const s = offset + m.index + m[0].length - surname.length;
    pushNew(out, { start: s, end: s + surname.length, name: surname, cue: 'salutation' });
  }
  // "Dr. Ansgar Plöger": an academic title before two name words names a person, whatever the given name
  for (const m of /(?:Dr\.|Prof\.)\s/u.test(text) ? text.matchAll(TITLED_NAME) : []) {
    const name = cleanName(m[0]);
    if (!plausibleName(name, places)) continue;
    pushNew(out, { start: offset + m.index, end: offset + m.index + m[0].length, name, cue: 'first-name' });
  }
  for (const m of FIRST_NAME_CUE.test(text) ? text.matchAll(FIRST_NAME_PAIR) : []) {
    if (!isFirstName(m[1]!)) continue;
    const raw = m[0];
    const name = cleanName(raw);
    if (!plausibleName(name, places)) continue;
    // a first name inside an organisation name ("Grundschule Anne Frank") is not a person
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (/(schule|kita|haus|zentrum|stiftung|straße|str\.|platz|weg)\s*$/i.test(before)) continue;
    pushNew(out, { start: offset + m.index, end: offset + m.index + raw.length, name, cue: 'first-name' });
  }
  return out.sort((a, b) => a.start - b.start);
}
