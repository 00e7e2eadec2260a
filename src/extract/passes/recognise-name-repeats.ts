/**
 * Pass: a carrier named once with its legal form ("Kinder- und Familienhilfe Emscherland gGmbH") and
 * elsewhere without it ("Kinder- und Familienhilfe Emscherland", "vom Stadtteilwerk Ruhrbogen") is the
 * same carrier: every free repeat of the name without the legal form becomes a mention of it.
 */
import type { OrgMention } from '../actors/organisations.ts';
import { recognisableLines } from '../context.ts';
import type { ExtractionRun } from '../run.ts';
import { LEGAL_FORM, NON_PROFIT_FORM } from '../../vocabulary/index.ts';
import { findEach } from '../find-each.ts';

/** What separates the words a repeat may start at. */
const WORD_GAP = /[\s„“”"»«(),;:]/u;

const LEGAL_FORM_END = new RegExp(String.raw`\s*(?:${LEGAL_FORM})$`, 'u');

export function recogniseNameRepeats(run: ExtractionRun): void {
  const { ctx, store, found } = run;
  lengthenShortNames(found.orgs);
  expandShortCarriers(found.orgs);
  const bases = new Map<string, OrgMention>();
  for (const o of found.orgs) {
    if (!LEGAL_FORM_END.test(o.name)) continue;
    const base = o.name
      .replace(LEGAL_FORM_END, '')
      .replace(/^(?:Verein|Der|Die|Das)\s+/u, '')
      .trim();
    // a short or one-word base ("AWO", "Caritas") names many bodies: only distinctive names repeat
    if (base.length < 8 || !/[\s-]/u.test(base)) continue;
    // a place's name left over from a cut name ("… für den Kreis Euskirchen e.V.") is no carrier
    if (/^(?:Kreis|Stadt|Gemeinde|Region)\s/u.test(base) || ctx.places.lookup(base).length > 0) continue;
    if (!bases.has(base)) bases.set(base, o);
  }
  if (bases.size === 0) return;
  // bases by their first word: each first word is searched once per line, so the pass stays linear in the page
  const byFirstWord = new Map<string, Bases>();
  for (const [base, o] of bases) {
    const first = /^[^\s]+/u.exec(base)![0];
    // a first word (no blank by construction) with a separator in it is never a whole word of a line
    if (WORD_GAP.test(first)) continue;
    (byFirstWord.get(first) ?? byFirstWord.set(first, []).get(first)!).push([base, o]);
  }
  const added: Array<OrgMention & { line: number }> = [];
  const hitsOfLine = firstWordHits(ctx, byFirstWord);
  for (const line of recognisableLines(ctx)) {
    const text = line.text;
    const hits = hitsOfLine.get(line.index) ?? [];
    for (const { at, list } of hits) {
      for (const [base, o] of list) {
        if (!text.startsWith(base, at)) continue;
        const start = line.start + at;
        const span = { start, end: start + base.length };
        const before = text[at - 1];
        const after = text[at + base.length];
        const bounded =
          (before === undefined || !/[\p{L}\d-]/u.test(before)) && (after === undefined || !/[\p{L}\d]/u.test(after));
        if (bounded && store.isFree(line.index, span)) {
          store.take(line.index, span);
          added.push({
            ...span,
            name: o.name,
            kind: o.kind,
            cls: o.cls,
            domains: o.domains,
            ...(o.place ? { place: o.place } : {}),
            rule: 'org.name-repeat',
            line: line.index,
          });
        }
      }
    }
  }
  if (!added.length) return;
  found.orgs.push(...added);
  found.orgs.sort((a, b) => a.start - b.start);
}

type Bases = Array<[string, OrgMention]>;

/**
 * Per line, where a first word stands as a whole word (between blanks, quotes, brackets or punctuation),
 * in line order, with the bases it begins. All first words are searched in one pass over the text
 * (find-each.ts; a search of every first word in every line grew with bases × lines on long pages). The
 * greedy search misses no whole word: a later hit inside an earlier one would follow a letter of the
 * word, which holds no separator. A word never spans lines, whose breaks are separators.
 */
function firstWordHits(
  ctx: ExtractionRun['ctx'],
  byFirstWord: ReadonlyMap<string, Bases>,
): Map<number, Array<{ at: number; list: Bases }>> {
  const text = ctx.text;
  const firsts = [...byFirstWord.keys()];
  const out = new Map<number, Array<{ at: number; list: Bases }>>();
  findEach(text, firsts).forEach((positions, i) => {
    const first = firsts[i]!;
    for (const pos of positions) {
      const end = pos + first.length;
      if ((pos > 0 && !WORD_GAP.test(text[pos - 1]!)) || (end < text.length && !WORD_GAP.test(text[end]!))) continue;
      const l = ctx.lineOf(pos);
      const hit = { at: pos - ctx.lines[l]!.start, list: byFirstWord.get(first)! };
      (out.get(l) ?? out.set(l, []).get(l)!).push(hit);
    }
  });
  for (const hits of out.values()) if (hits.length > 1) hits.sort((a, b) => a.at - b.at);
  return out;
}

const LOCAL_NAMED: ReadonlySet<string> = new Set(['school', 'daycare', 'carrier']);

/**
 * "Regenbogen-Grundschule Laer" and later "die Regenbogen-Grundschule": a school, Kita or carrier named
 * in full once and then by the first words of that name is the same body — when only one full name fits.
 */
function lengthenShortNames(orgs: OrgMention[]): void {
  // every name under the one or two word shorter prefixes it extends ("Regenbogen-Grundschule" ← "… Laer")
  const longerOf = new Map<string, Set<string>>();
  for (const x of orgs) {
    if (!LOCAL_NAMED.has(x.kind)) continue;
    const words = x.name.split(/\s+/);
    for (let cut = 1; cut <= 2 && words.length - cut >= 1; cut++) {
      const key = `${x.kind}|${words.slice(0, words.length - cut).join(' ')}`;
      (longerOf.get(key) ?? longerOf.set(key, new Set()).get(key)!).add(x.name);
    }
  }
  for (const o of orgs) {
    if (!LOCAL_NAMED.has(o.kind) || !/[\s-]/u.test(o.name)) continue;
    const longer = longerOf.get(`${o.kind}|${o.name.split(/\s+/).join(' ')}`);
    if (longer?.size === 1) o.name = [...longer][0]!;
  }
}

const NON_PROFIT_END = new RegExp(String.raw`\s*(?:${NON_PROFIT_FORM})$`, 'u');

/**
 * "Familienbildung Diemel-Egge gGmbH" on a page whose carrier field says "Gesellschaft für Familienbildung
 * und Frühe Hilfen Diemel-Egge gemeinnützige GmbH": a short name whose words all stand, in order, in one
 * longer carrier name with the same kind of legal form is that carrier.
 */
function expandShortCarriers(orgs: OrgMention[]): void {
  const carriers = orgs.filter((o) => o.kind === 'carrier' && LEGAL_FORM_END.test(o.name));
  // form and words read once per name, not once per pair of carriers (a name the loop gives a carrier is read then)
  const read = new Map<string, { form: string; words: string[] }>();
  const readName = (n: string) => {
    let r = read.get(n);
    if (!r) {
      const form = NON_PROFIT_END.test(n) ? 'g' : /e\.\s?V\.?$/u.test(n) ? 'v' : 'o';
      read.set(n, (r = { form, words: n.replace(LEGAL_FORM_END, '').split(/\s+/u).filter(Boolean) }));
    }
    return r;
  };
  const long = [...new Map(carriers.map((o) => [o.name, o])).values()];
  for (const o of carriers) {
    const { form, words } = readName(o.name);
    // a place left over from a cut name ("… für den Kreis Euskirchen e.V.") names no carrier of its own
    if (words.length < 2 || /^(?:Kreis|Stadt|Gemeinde|Region)$/u.test(words[0]!)) continue;
    const fits = long.filter((l) => {
      if (l.name.length <= o.name.length) return false;
      const lr = readName(l.name);
      if (lr.form !== form) return false;
      let i = 0;
      for (const w of lr.words) if (w === words[i]) i++;
      return i === words.length;
    });
    if (fits.length === 1) o.name = fits[0]!.name;
  }
}
