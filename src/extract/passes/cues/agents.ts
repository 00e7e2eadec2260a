import type { Sentence } from '../../sentences.ts';
import type { Mention } from '../../../model/index.ts';

/**
 * The agents of a passive whose participle ends the clause ("wird vom Jugendamt der Stadt X aus
 * Mitteln der Stiftung finanziert"): the actors after "von/vom/durch", up to the next preposition.
 */
export function passiveAgents(text: string, s: Sentence, actors: readonly Mention[], participle: RegExp): Mention[] {
  const st = text.slice(s.start, s.end);
  const found: Mention[] = [];
  for (const p of st.matchAll(globalVersion(participle))) {
    const head = st.slice(Math.max(0, p.index - 160), p.index);
    const aux = [...head.matchAll(/(?<![\p{L}])(?:wird|werden|wurde|wurden)\s/gu)].at(-1);
    if (!aux || head.slice(aux.index).includes(';')) continue;
    const base = s.start + p.index - head.length;
    const by = /(?<![\p{L}])(?:von|vom|durch)\s/u.exec(head.slice(aux.index));
    if (!by) continue;
    const from = base + aux.index + by.index + by[0].length;
    for (const a of agentsFrom(text, from, s.start + p.index, actors, PHRASE_STOP))
      if (!found.includes(a)) found.push(a);
  }
  for (const a of frontedAgents(text, s, actors, participle)) if (!found.includes(a)) found.push(a);
  return found;
}

const FRONTED = /^\s*([\p{Lu}][\p{Ll}]+)\s+(?:wird|werden|wurde|wurden)\s/u;

/**
 * "Finanziert wird das Angebot von der Stadt X und der Stiftung Y": the participle opens the clause,
 * the agents follow "von/vom/durch" up to the clause's end or the next preposition.
 */
function frontedAgents(text: string, s: Sentence, actors: readonly Mention[], participle: RegExp): Mention[] {
  const st = text.slice(s.start, s.end);
  const m = FRONTED.exec(st);
  if (!m || !participle.test(m[1]!.toLowerCase())) return [];
  const rest = st.slice(m[0].length);
  const by = /(?<![\p{L}])(?:von|vom|durch)\s/u.exec(rest);
  if (!by) return [];
  return agentsFrom(text, s.start + m[0].length + by.index + by[0].length, s.end, actors, CLAUSE_STOP);
}

/** A preposition that opens another phrase ("von X aus Mitteln …"); the fronted form also ends at ";" and ":". */
const PHRASE_STOP = /\s(?:aus|mit|in|im|für|seit|bis|ab|über|als|zur|zum)\s/gu;
const CLAUSE_STOP = /[;:]|\s(?:aus|mit|in|im|für|seit|bis|ab|über|als|zur|zum)\s/gu;

/**
 * The actors between `from` and the first stop before `end` – a stop inside an actor's name ("vom Amt
 * für Kinder …") does not count.
 */
function agentsFrom(text: string, from: number, end: number, actors: readonly Mention[], stops: RegExp): Mention[] {
  const inName = (at: number) => actors.some((a) => a.start < at && at < a.end);
  const stop = [...text.slice(from, end).matchAll(stops)].find((x) => !inName(from + x.index));
  const to = stop ? from + stop.index : end;
  return actors.filter((a) => a.start >= from && a.end <= to);
}

const GLOBAL_VERSIONS = new Map<RegExp, RegExp>();

/** The pattern with the g flag, made once per pattern (matchAll needs it; a new RegExp per sentence costs). */
function globalVersion(re: RegExp): RegExp {
  let g = GLOBAL_VERSIONS.get(re);
  if (!g) {
    g = new RegExp(re.source, 'gu');
    GLOBAL_VERSIONS.set(re, g);
  }
  return g;
}
