/**
 * Search over labels and aliases. Folding (case, umlauts, dashes) as in entity resolution, so
 * "jugendamt muenster" finds "Jugendamt Münster". Ranked: whole label, label prefix, word prefix,
 * substring, all query words in any order, every query word with a typo ("jugendamt hrford"), then
 * alias matches; ties by label.
 */
import { compareStrings, editDistance, fold } from '../../util/index.ts';
import type { ExplorerModel, NodeRecord } from '../data/explorer-model.ts';

export interface SearchHit {
  index: number;
  key: string;
  label: string;
  /** The alias that matched, when the label did not. */
  alias: string | null;
  score: number;
}

function scoreTerm(term: string, q: string): number {
  if (term === q) return 100;
  if (term.startsWith(q)) return 80;
  const at = term.indexOf(q);
  if (at >= 0) return /[\s(/-]/.test(term[at - 1] ?? ' ') ? 60 : 40; // start of a word ranks higher
  // every word of the query somewhere in the name: "jugendamt minden" finds "Jugendamt der Stadt Minden"
  const words = q.split(' ').filter(Boolean);
  if (words.length > 1 && words.every((w) => term.includes(w))) return 20;
  return words.every((w) => nearWord(w, term)) ? 10 : 0;
}

/** Typos allowed per query word: none below 4 letters (too many short words are one edit apart), 1, 2 from 8. */
const allowedTypos = (word: string): number => (word.length < 4 ? 0 : word.length < 8 ? 1 : 2);

/** The query word occurs in the name, or a word of the name is within the allowed typos of it. */
function nearWord(word: string, term: string): boolean {
  if (term.includes(word)) return true;
  const max = allowedTypos(word);
  if (max === 0) return false;
  return term.split(/[\s(),/-]+/).some((t) => t.length > 0 && editDistance(word, t, max) <= max);
}

export function searchNodes(
  model: ExplorerModel,
  query: string,
  limit = 10,
  visible?: Uint8Array,
  searchable?: (index: number) => boolean,
): SearchHit[] {
  const q = fold(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const n of model.nodes) {
    if (searchable && !searchable(n.index)) continue;
    const best = bestMatch(n, q);
    if (!best) continue;
    // hidden nodes are still found (a user may look for what a filter hides) but rank lower
    const penalty = visible && !visible[n.index] ? 30 : 0;
    hits.push({ index: n.index, key: n.key, label: n.label, alias: best.alias, score: best.score - penalty });
  }
  hits.sort((a, b) => b.score - a.score || compareStrings(a.label, b.label) || compareStrings(a.key, b.key));
  return hits.slice(0, limit);
}

function bestMatch(n: NodeRecord, q: string): { score: number; alias: string | null } | null {
  let score = scoreTerm(n.searchTerms[0] ?? '', q);
  let alias: string | null = null;
  for (let i = 1; i < n.searchTerms.length; i++) {
    const s = scoreTerm(n.searchTerms[i]!, q) - 5;
    if (s > score) {
      score = s;
      alias = n.aliases[i - 1] ?? null;
    }
  }
  return score > 0 ? { score, alias } : null;
}
