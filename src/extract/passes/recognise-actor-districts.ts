/**
 * Pass: the place a named house stands in — "das Familienzentrum Regenbogenland in Rosenhügel", "die
 * Kita Pusteblume in Coerde": one capitalised word after "in" right behind a Kita, school or centre is a
 * district of the page's town when the gazetteer knows no town of that name and the word ends like a
 * place name or comes back on the page (not a noun of German prose: "in Absprache", "in Kooperation").
 */
import type { ExtractionRun } from '../run.ts';
import { NOT_A_DISTRICT, isDistrictName } from '../rules/toponyms.ts';
import { HEADS, NOT_NAME_WORDS } from '../actors/org-vocabulary.ts';
import { foldMemo as fold } from '../../util/index.ts';
import { countWholeWords } from '../tokens.ts';

const AFTER =
  /^\s+in\s+([\p{Lu}][\p{Ll}]{3,}(?:-[\p{Lu}][\p{Ll}]+)?)(?=\s*(?:[,.;:)]|$|\s+(?:und|sowie|statt|an|ab|seit|von|mit|bietet|gibt)\s))/u;
const NOUN_ENDING = /(?:ung|heit|keit|schaft|ion|nis|tät|ik|ei|arbeit|zeit|chen|tum|ment|ur|anz|enz|ität|ismus|ling)$/u;
const HOUSE_KINDS: ReadonlySet<string> = new Set(['daycare', 'school']);

export function recogniseActorDistricts(run: ExtractionRun): void {
  const { ctx, found, store } = run;
  const town = run.blocks[0]?.place;
  if (!town || town.level !== 'gemeinde') return;
  let added = false;
  for (const o of found.orgs) {
    if (!HOUSE_KINDS.has(o.kind)) continue;
    const m = AFTER.exec(ctx.text.slice(o.end, o.end + 60));
    if (!m) continue;
    const word = m[1]!;
    const f = fold(word);
    if (NOT_A_DISTRICT.has(word) || HEADS.has(f) || NOT_NAME_WORDS.has(f)) continue;
    if (ctx.places.lookup(word).length > 0 || found.districts.some((d) => d.name === word)) continue;
    // a place name's ending, or a word the page names again ("in Absprache", "in Gefahr" stand once)
    // ("Werl-Aspe": two names joined by a hyphen are a place's)
    if (
      !isDistrictName(word) &&
      !word.includes('-') &&
      (NOUN_ENDING.test(word) || countWholeWords(ctx.text, word, 2) < 2)
    )
      continue;
    const start = o.end + m[0].length - word.length;
    const span = { start, end: start + word.length };
    if (!store.isFree(o.line, span)) continue;
    found.districts.push({ ...span, name: word, type: 'Stadtteil', rule: 'district.house-in', line: o.line });
    store.take(o.line, span);
    added = true;
  }
  if (added) found.districts.sort((a, b) => a.start - b.start);
}
