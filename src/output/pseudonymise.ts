/**
 * Pseudonymised graphs for exports and presentations (DOMAIN.md §6): persons become stable keyed
 * pseudonyms, contact details go, and no other part of the graph may still name them.
 *
 * - A person's pseudonym is the first 8 hex digits of HMAC-SHA-256(secret, node key): label
 *   `Person 1a2b3c4d`, key `person:1a2b3c4d` (longer only in the unlikely case of a clash). The same
 *   secret gives the same pseudonyms in every export; another secret gives others; without the secret
 *   nobody can test a guessed name against a pseudonym.
 * - Persons keep `kind`, `sources` (offsets are not personal), `role` (a function), `organisation`,
 *   `municipality` and display positions (`x`, `y`, `size`, `color`); everything else — e-mail,
 *   phone, website, aliases, any unknown attribute — is dropped.
 * - Everything else in the graph is scanned for the persons' names (full names and every name word
 *   of three or more letters, compared folded, as whole words: „Frau Mustermann“ is found, so is
 *   „Schroeder“ for „Schröder“; titles and particles such as „Dr.“ or „von“ do not count), e-mail
 *   addresses (also „name [at] domain.de“) and phone numbers (by their digits). In a node label and
 *   in any other text (an edge `cue`, an evidence sentence, a note, a graph attribute) a name becomes
 *   the person's pseudonym; in texts, a person's contact data, any other e-mail address or phone
 *   number and a name after a title or form of address („Dr. …“, „Frau …“: people who are not nodes)
 *   are masked as well. A list entry with a person's data is dropped; organisations' own contact
 *   lists stay as they are otherwise. An attribute name that names someone becomes `merkmal-<hash>`;
 *   a node or edge key that contains a name is replaced by a keyed hash of it.
 * - Source documents get neutral names (`dokument-<12 hex digits>.<ext>`, in sources and in the graph
 *   attribute `documents`): file names such as „Gesprächsnotiz Vorname Name.txt“ name people. The
 *   mapping is returned for the caller to keep beside the key, never in the export.
 * - Edges are re-pointed to the new keys; the structure, and so every measure of the other nodes,
 *   is unchanged.
 *
 * Pure and synchronous, in Node and the browser alike (no node:crypto, no asynchronous Web Crypto):
 * SHA-256 and HMAC come from @noble/hashes (audited, no dependencies); the tests check FIPS 180-4 and
 * RFC 4231 vectors.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import {
  documentInfoList,
  documentInfoOf,
  type EdgeAttributes,
  type GraphJSON,
  type NodeAttributes,
} from '../model/index.ts';
import { compareStrings, fold } from '../util/index.ts';
import { maskContacts } from './evidence-text.ts';

/** HMAC-SHA-256 of a text under a key, both UTF-8, as 64 hex digits. */
export function hmacSha256Hex(key: string, text: string): string {
  return bytesToHex(hmac(sha256, utf8ToBytes(key), utf8ToBytes(text)));
}

// ---------------------------------------------------------------------------------------------
// Finding persons' data in text

/** Words of a name that identify nobody on their own: titles, forms of address, particles. */
const NOT_NAME_WORDS = new Set(
  [
    'dr',
    'prof',
    'professor',
    'professorin',
    'dipl',
    'ing',
    'med',
    'phil',
    'rer',
    'nat',
    'habil',
    'mag',
    'jun',
    'sen',
    'frau',
    'herr',
    'von',
    'van',
    'der',
    'den',
    'del',
    'zum',
    'zur',
    'und',
    'mba',
    'msc',
    'bsc',
    'person',
  ].map(fold),
);
const TITLE_WORDS = new Set([
  'dr',
  'prof',
  'professor',
  'professorin',
  'dipl',
  'ing',
  'med',
  'phil',
  'rer',
  'nat',
  'habil',
  'mag',
  'frau',
  'herr',
  'mba',
  'msc',
  'bsc',
]);

interface Token {
  word: string; // folded
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ word: fold(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

const letters = (w: string) => (w.match(/\p{L}/gu) ?? []).length;

/** Digits of a phone number, national form (+49 / 0049 → 0). */
function phoneDigits(s: string): string {
  const d = s.replace(/\D/g, '');
  if (s.trim().startsWith('+')) return d.startsWith('49') ? `0${d.slice(2)}` : d;
  return d.startsWith('0049') ? `0${d.slice(4)}` : d;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An e-mail address as a pattern that also finds „name [at] domain [dot] de“ and „name(at)domain.de“. */
function emailPattern(email: string): RegExp | null {
  const at = email.indexOf('@');
  if (at <= 0 || at === email.length - 1) return null;
  const local = email
    .slice(0, at)
    .split('.')
    .map(escapeRegExp)
    .join(String.raw`(?:\.|\s*[[(]\s*(?:dot|punkt)\s*[\])]\s*)`);
  const domain = email
    .slice(at + 1)
    .split('.')
    .map(escapeRegExp)
    .join(String.raw`(?:\.|\s*[[(]\s*(?:dot|punkt)\s*[\])]\s*|\s+(?:dot|punkt)\s+)`);
  return new RegExp(`${local}(?:@|\\s*[[(]\\s*(?:at|ät)\\s*[\\])]\\s*|\\s+(?:at|ät)\\s+)${domain}`, 'giu');
}

interface PersonData {
  key: string;
  /** names (label, aliases) as folded core-token sequences, with the original text */
  names: Array<{ text: string; words: string[] }>;
  /** name words of ≥ 3 letters, folded → original spelling */
  words: Map<string, string>;
  emails: Array<{ text: string; pattern: RegExp }>;
  phones: Array<{ text: string; digits: string }>;
}

/** Where one person's data occurs in a text. */
interface Hit {
  start: number;
  end: number;
  person: string;
  /** the graph's own spelling of what was found */
  found: string;
  /** a full name (rather than a single word, address or number) */
  kind: 'name' | 'word' | 'contact';
}

const MIN_PHONE_DIGITS = 5;
const PHONE_RUN = /\+?\d[\d\s/().\u2013-]*\d/g;

/** The persons of a graph and what identifies them, indexed so that a text is scanned in one pass. */
export class PersonalDataMatcher {
  private readonly persons: PersonData[] = [];
  /** folded name word → persons with that word (in key order) */
  private readonly byWord = new Map<string, PersonData[]>();
  /** first folded word of a full name → the names starting with it */
  private readonly byFirstWord = new Map<string, Array<{ person: PersonData; name: PersonData['names'][number] }>>();
  /** all e-mail patterns in one expression (null without addresses) */
  private readonly anyEmail: RegExp | null;
  private readonly phones: Array<{ person: PersonData; phone: PersonData['phones'][number] }> = [];

  constructor(graph: GraphJSON) {
    const persons = graph.nodes
      .filter((n) => n.attributes.kind === 'person')
      .sort((a, b) => compareStrings(a.key, b.key));
    const emailSources: string[] = [];
    for (const n of persons) {
      const a = n.attributes;
      const names = [a.label, ...(a.aliases ?? [])].filter((s) => s.trim() !== '');
      const p: PersonData = { key: n.key, names: [], words: new Map(), emails: [], phones: [] };
      for (const name of names) {
        const core = tokens(name).filter((t) => !TITLE_WORDS.has(t.word));
        if (core.length) p.names.push({ text: name, words: core.map((t) => t.word) });
        for (const t of core)
          if (letters(t.word) >= 3 && !NOT_NAME_WORDS.has(t.word) && !p.words.has(t.word))
            p.words.set(t.word, name.slice(t.start, t.end));
      }
      for (const email of a.email ?? []) {
        const pattern = emailPattern(email.trim());
        if (!pattern) continue;
        p.emails.push({ text: email, pattern });
        emailSources.push(`(?:${pattern.source})`);
      }
      for (const phone of a.phone ?? []) {
        const digits = phoneDigits(phone);
        if (digits.length >= MIN_PHONE_DIGITS) p.phones.push({ text: phone, digits });
      }
      this.persons.push(p);
      for (const w of p.words.keys()) this.byWord.set(w, [...(this.byWord.get(w) ?? []), p]);
      for (const name of p.names)
        this.byFirstWord.set(name.words[0]!, [...(this.byFirstWord.get(name.words[0]!) ?? []), { person: p, name }]);
      for (const phone of p.phones) this.phones.push({ person: p, phone });
    }
    this.anyEmail = emailSources.length ? new RegExp(emailSources.join('|'), 'giu') : null;
  }

  get personKeys(): string[] {
    return this.persons.map((p) => p.key);
  }

  /** Every occurrence of a person's name, name word, e-mail address or phone number in `text`. */
  hits(text: string): Hit[] {
    if (this.persons.length === 0 || text === '') return [];
    const out: Hit[] = [];
    const toks = tokens(text);
    toks.forEach((t, i) => {
      const owners = this.byWord.get(t.word);
      if (owners)
        out.push({
          start: t.start,
          end: t.end,
          person: owners[0]!.key,
          found: owners[0]!.words.get(t.word)!,
          kind: 'word',
        });
      for (const { person, name } of this.byFirstWord.get(t.word) ?? []) {
        if (i + name.words.length > toks.length) continue;
        if (name.words.every((w, j) => toks[i + j]!.word === w))
          out.push({
            start: t.start,
            end: toks[i + name.words.length - 1]!.end,
            person: person.key,
            found: name.text,
            kind: 'name',
          });
      }
    });
    if (this.anyEmail) {
      for (const m of text.matchAll(this.anyEmail)) {
        for (const p of this.persons) {
          const e = p.emails.find((x) => new RegExp(`^(?:${x.pattern.source})$`, 'iu').test(m[0]));
          if (e) {
            out.push({ start: m.index, end: m.index + m[0].length, person: p.key, found: e.text, kind: 'contact' });
            break;
          }
        }
      }
    }
    if (this.phones.length) {
      for (const m of text.matchAll(PHONE_RUN)) {
        const digits = phoneDigits(m[0]);
        if (digits.length < MIN_PHONE_DIGITS) continue;
        for (const { person, phone } of this.phones) {
          if (digits.includes(phone.digits))
            out.push({
              start: m.index,
              end: m.index + m[0].length,
              person: person.key,
              found: phone.text,
              kind: 'contact',
            });
        }
      }
    }
    return out;
  }

  /** Whether `text` contains any person's data. */
  test(text: string): boolean {
    return this.hits(text).length > 0;
  }

  /** The persons' data found in `text`, each as the graph spells it, sorted. */
  scan(text: string): string[] {
    return [...new Set(this.hits(text).map((h) => h.found))].sort(compareStrings);
  }
}

/**
 * The names, name words, e-mail addresses and phone numbers of the graph's persons that occur in a
 * text (as the graph spells them), e.g. to check that an export leaks none of them.
 */
export function scanForPersonalData(text: string, graph: GraphJSON): string[] {
  return new PersonalDataMatcher(graph).scan(text);
}

// ---------------------------------------------------------------------------------------------
// Pseudonymisation

/** Attributes a person keeps (apart from its new label); all others are dropped. */
const PERSON_KEEPS = ['kind', 'sources', 'role', 'organisation', 'municipality', 'x', 'y', 'size', 'color'] as const;
/** Contact lists of organisations: an entry of a person is dropped, the organisation's own stay as they are. */
const CONTACT_FIELDS = new Set(['email', 'phone', 'website']);

/**
 * A form of address or title followed by a name, for names of people who are not nodes of the graph
 * („Kontakt über Dr. Vorname Name“): one to three capitalised words, particles allowed, never a pseudonym.
 */
const TITLED_NAME =
  /(?<![\p{L}\p{N}])(?:(?:Frau|Herrn?|Dr\.|Prof\.)[ \t]+)+(?:(?:von|van|de|der|den|zu|zum|vom)[ \t]+)*(?!(?:Person|Dr|Prof|Frau|Herrn?)(?![\p{L}]))\p{Lu}[\p{L}’'-]*(?:[ \t]+(?!(?:Person|Dr|Prof|Frau|Herrn?)(?![\p{L}]))\p{Lu}[\p{L}’'-]*){0,2}/gu;

/** Names after a title masked as „[Name]“, and any e-mail address or phone number (see maskContacts). */
export function maskUnknownPersons(text: string): string {
  return maskContacts(text.replace(TITLED_NAME, '[Name]'));
}

export interface PseudonymisedGraph {
  graph: GraphJSON;
  /** old node key → new node key, for every node whose key changed (persons, and keys containing a name) */
  keys: Map<string, string>;
  /** source document name → its neutral name (`dokument-1a2b3c4d5e6f.txt`), for every document */
  documents: Map<string, string>;
  /** Cleans a text the way the graph's texts were cleaned (e.g. a quote from a source document). */
  cleanText: (text: string) => string;
}

/** `Person 1a2b3c4d` for a person's key under a secret (8 hex digits; more only to resolve a clash). */
export function personPseudonym(nodeKey: string, secret: string, digits = 8): string {
  return `Person ${hmacSha256Hex(secret, nodeKey).slice(0, digits)}`;
}

/** The neutral name of a source document under a secret: `dokument-` and 12 hex digits, its extension kept. */
export function documentPseudonym(name: string, secret: string): string {
  const ext = /\.[A-Za-z0-9]{1,5}$/.exec(name)?.[0].toLowerCase() ?? '';
  return `dokument-${hmacSha256Hex(secret, `dokument:${name}`).slice(0, 12)}${ext}`;
}

function unique(base: string, taken: Set<string>): string {
  let k = base;
  for (let n = 2; taken.has(k); n++) k = `${base}#${n}`;
  taken.add(k);
  return k;
}

/** Every document a graph names: in sources and in the graph attribute `documents`. */
function documentNames(graph: GraphJSON): string[] {
  const names = new Set<string>();
  for (const item of [...graph.nodes, ...graph.edges]) for (const s of item.attributes.sources) names.add(s.doc);
  const listed = graph.attributes?.['documents'];
  if (Array.isArray(listed)) for (const d of listed) if (typeof d === 'string') names.add(d);
  return [...names].sort(compareStrings);
}

/** Like `pseudonymise`, and also says which node keys and document names were replaced. */
export function pseudonymiseWithKeys(graph: GraphJSON, secret: string): PseudonymisedGraph {
  if (secret === '')
    throw new RangeError('output/pseudonymise: der Schlüssel für die Pseudonyme darf nicht leer sein.');
  const matcher = new PersonalDataMatcher(graph);
  const isPerson = new Set(matcher.personKeys);
  const taken = new Set(graph.nodes.filter((n) => !isPerson.has(n.key)).map((n) => n.key));

  // persons: pseudonyms in the order of their hash, so that a clash lengthens the same one every time
  const keys = new Map<string, string>();
  const labels = new Map<string, string>();
  const byHash = [...isPerson]
    .map((k) => ({ key: k, hex: hmacSha256Hex(secret, k) }))
    .sort((a, b) => compareStrings(a.hex, b.hex) || compareStrings(a.key, b.key));
  for (const { key, hex } of byHash) {
    let digits = 8;
    while (digits < 64 && taken.has(`person:${hex.slice(0, digits)}`)) digits += 8;
    const newKey = unique(`person:${hex.slice(0, digits)}`, taken);
    keys.set(key, newKey);
    labels.set(key, `Person ${newKey.slice('person:'.length)}`);
  }
  // other nodes whose key names a person (e.g. „org:praxis-dr-mustermann“)
  for (const n of graph.nodes) {
    if (isPerson.has(n.key) || !matcher.test(n.key)) continue;
    const colon = n.key.indexOf(':');
    const ns = colon > 0 && !matcher.test(n.key.slice(0, colon)) ? n.key.slice(0, colon) : 'node';
    taken.delete(n.key);
    keys.set(n.key, unique(`${ns}:${hmacSha256Hex(secret, n.key).slice(0, 12)}`, taken));
  }
  const keyOf = (k: string) => keys.get(k) ?? k;
  const pseudonymOf = (person: string) => labels.get(person) ?? 'Person';

  // documents: every name neutral (a file name such as „Gesprächsnotiz Vorname Name.txt“ names a person)
  const documents = new Map<string, string>();
  const takenDocs = new Set<string>();
  for (const d of documentNames(graph)) documents.set(d, unique(documentPseudonym(d, secret), takenDocs));
  const docOf = (d: string) => documents.get(d) ?? d;
  const longestFirst = [...documents.keys()]
    .filter((d) => d.length >= 5)
    .sort((a, b) => b.length - a.length || compareStrings(a, b));

  /** Names replaced by the pseudonym of their person; a person's contact data removed (`contact` = '') or masked. */
  const replacePersons = (text: string, contact: (found: string) => string): string => {
    const hits = matcher.hits(text).sort((a, b) => a.start - b.start || b.end - a.end);
    if (!hits.length) return text;
    let out = '';
    let at = 0;
    let lastPerson = '';
    for (const h of hits) {
      if (h.start < at) continue; // inside a longer hit
      const between = text.slice(at, h.start);
      const replacement = h.kind === 'contact' ? contact(h.found) : pseudonymOf(h.person);
      // „Hans Müller“ found word by word gives one pseudonym, not two
      if (replacement && replacement === lastPerson && /^[\s.,-]*$/.test(between)) {
        at = h.end;
        continue;
      }
      out += between + replacement;
      lastPerson = replacement;
      at = h.end;
    }
    return (out + text.slice(at)).replace(/[ \t]{2,}/g, ' ').trim();
  };
  const cleanLabel = (label: string) => replacePersons(label, () => '');
  /** Free text (a cue, a note, an evidence sentence): persons pseudonymised, other names and all contact data masked, documents renamed. */
  const cleanText = (text: string): string => {
    // documents first (their names may hold a person's name), addresses before names („h.mueller@…“)
    let out = text;
    for (const d of longestFirst) if (out.includes(d)) out = out.split(d).join(docOf(d));
    out = replacePersons(maskContacts(out), (found) => (found.includes('@') ? '[E-Mail]' : '[Telefon]'));
    return out.replace(TITLED_NAME, '[Name]');
  };
  const leaks = (s: string): boolean => matcher.test(s) || maskUnknownPersons(s) !== s;
  /** An attribute name that names a person becomes a neutral one. */
  const nameOf = (k: string): string => (leaks(k) ? `merkmal-${hmacSha256Hex(secret, `merkmal:${k}`).slice(0, 8)}` : k);

  const scrub = (value: unknown, field: string): unknown => {
    if (typeof value === 'string')
      return CONTACT_FIELDS.has(field) ? (matcher.test(value) ? '' : value) : cleanText(value);
    if (Array.isArray(value)) {
      const kept = value.filter((v) => typeof v !== 'string' || !matcher.test(v));
      return kept.map((v) => (typeof v === 'string' && CONTACT_FIELDS.has(field) ? v : scrub(v, field)));
    }
    if (value !== null && typeof value === 'object') return scrubRecord(value as Record<string, unknown>, new Set());
    return value;
  };
  /** Every entry but the `fixed` ones scrubbed, under a neutral name where its name leaks. */
  const scrubRecord = (record: Record<string, unknown>, fixed: ReadonlySet<string>): Record<string, unknown> => {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(record)) {
      if (fixed.has(k)) out[k] = v;
      else out[nameOf(k)] = scrub(v, k);
    }
    return { ...out };
  };
  const sourcesOf = (sources: GraphJSON['nodes'][number]['attributes']['sources']) =>
    sources.map((s) => ({ ...s, doc: docOf(s.doc) }));

  const NODE_FIXED = new Set(['label', 'kind', 'sources']);
  const nodes = graph.nodes.map((n) => {
    const a = n.attributes;
    let attributes: NodeAttributes;
    if (isPerson.has(n.key)) {
      attributes = { label: pseudonymOf(n.key), kind: a.kind, sources: sourcesOf(a.sources) };
      for (const f of PERSON_KEEPS)
        if (a[f] !== undefined && f !== 'kind' && f !== 'sources')
          (attributes as Record<string, unknown>)[f] = scrub(a[f], f);
    } else {
      attributes = {
        ...scrubRecord(a, NODE_FIXED),
        label: cleanLabel(a.label),
        kind: a.kind,
        sources: sourcesOf(a.sources),
      };
    }
    return { key: keyOf(n.key), attributes };
  });

  const EDGE_FIXED = new Set(['kind', 'sources']);
  const edgeKeys = new Set<string>();
  const edges = graph.edges.map((e) => {
    const kind = e.attributes.kind;
    const attributes = {
      ...scrubRecord(e.attributes, EDGE_FIXED),
      kind,
      sources: sourcesOf(e.attributes.sources),
    } as EdgeAttributes;
    const undirected = e.undirected === true;
    let [source, target] = [keyOf(e.source), keyOf(e.target)];
    if (undirected && (keys.has(e.source) || keys.has(e.target)) && compareStrings(target, source) < 0)
      [source, target] = [target, source];
    let key = e.key;
    if (key !== undefined) {
      if (key === `${kind}:${e.source}->${e.target}` || key === `${kind}:${e.target}->${e.source}`)
        key = `${kind}:${source}->${target}`;
      else if (matcher.test(key)) key = `edge:${hmacSha256Hex(secret, key).slice(0, 16)}`;
      key = unique(key, edgeKeys);
    }
    return {
      ...(key !== undefined ? { key } : {}),
      source,
      target,
      attributes,
      ...(undirected ? { undirected: true } : {}),
    };
  });

  let attributes: Record<string, unknown> | undefined;
  if (graph.attributes) {
    attributes = scrubRecord(graph.attributes, new Set(['documents', 'documentInfo']));
    const listed = graph.attributes['documents'];
    if (Array.isArray(listed))
      attributes['documents'] = (listed as unknown[])
        .map((d) => (typeof d === 'string' ? docOf(d) : d))
        .sort((a, b) => compareStrings(String(a), String(b)));
    // a document's title and address may name a person (a press release on „Bürgermeisterin …“, a
    // /personen/… address): only format, date and pages leave, under the document's neutral name
    const info = documentInfoOf(graph.attributes);
    if (info.size > 0) {
      const kept = new Map(
        [...info].map(([doc, d]) => [
          docOf(doc),
          {
            format: d.format,
            ...(d.date ? { date: d.date } : {}),
            ...(d.pages ? { pages: d.pages } : {}),
            ...(d.pageStarts ? { pageStarts: d.pageStarts } : {}),
          },
        ]),
      );
      attributes['documentInfo'] = documentInfoList(kept);
    }
  }
  const out: GraphJSON = {
    ...(attributes ? { attributes } : {}),
    ...(graph.options ? { options: { ...graph.options } } : {}),
    nodes: nodes.sort((a, b) => compareStrings(a.key, b.key)),
    edges: edges.sort((a, b) => compareStrings(a.key ?? '', b.key ?? '')),
  };
  return { graph: out, keys, documents, cleanText };
}

/**
 * The graph with persons replaced by stable keyed pseudonyms (`Person 1a2b3c4d`, key
 * `person:1a2b3c4d`) and no names, e-mail addresses or phone numbers of persons anywhere else.
 * The same secret gives the same pseudonyms; the structure of the graph is unchanged.
 */
export function pseudonymise(graph: GraphJSON, secret: string): GraphJSON {
  return pseudonymiseWithKeys(graph, secret).graph;
}
