/**
 * `extract --explain`: for each document its genre and, sentence by sentence, what was found there
 * and by which rule — so that a wrong node or tie can be traced to the rule that made it.
 */
import { splitLines } from './lines.ts';
import type { DocumentExtraction, Mention } from '../model/index.ts';

const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function explainExtraction(ex: DocumentExtraction, text: string): string {
  const out = [`# ${ex.doc}`, `Genre: ${ex.genre ?? '–'}${ex.genreReason ? ` (${ex.genreReason})` : ''}`];
  for (const i of ex.issues) out.push(`Hinweis: ${i.message}`);
  const byId = new Map(ex.mentions.map((m) => [m.id, m]));
  const label = (id: string) => {
    const m = byId.get(id);
    return m ? `${m.name} [${m.kind}]` : id;
  };
  // mentions and relations grouped by the line their span or evidence starts on
  const lines = splitLines(text);
  const lineOf = (pos: number) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const mentionsOn = new Map<number, Mention[]>();
  for (const m of ex.mentions)
    (mentionsOn.get(lineOf(m.start)) ?? mentionsOn.set(lineOf(m.start), []).get(lineOf(m.start))!).push(m);
  const relationsOn = new Map<number, string[]>();
  for (const r of ex.relations) {
    const l = lineOf(r.start);
    (relationsOn.get(l) ?? relationsOn.set(l, []).get(l)!).push(
      `  → ${r.kind}: ${label(r.from)} → ${label(r.to)}  {${r.rule ?? '?'}; „${r.cue}“}`,
    );
  }
  for (const line of lines) {
    const ms = mentionsOn.get(line.index) ?? [];
    const rs = relationsOn.get(line.index) ?? [];
    if (!ms.length && !rs.length) continue;
    out.push('', `Zeile ${line.index + 1}: ${clip(line.text.trim())}`);
    for (const m of ms.sort((a, b) => a.start - b.start)) {
      const where = m.municipality ? ` @${m.municipality}` : '';
      out.push(`  • ${m.kind}: „${m.name}“${where}  {${m.rule ?? '?'}} [${m.start}–${m.end}]`);
    }
    out.push(...rs);
  }
  return out.join('\n');
}
