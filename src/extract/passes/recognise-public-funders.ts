/** Pass: the Land, the Bund, the EU and the ESF as funders where a sentence names them (rules/public-funders.ts). */
import type { OrgMention } from '../actors/organisations.ts';
import { canonicalMinistry } from '../../vocabulary/index.ts';
import { FUNDING_CUE } from '../rules/cue-relations.ts';
import { PUBLIC_FUNDER_RULES } from '../rules/public-funders.ts';
import type { ExtractionRun } from '../run.ts';

export function recognisePublicFunders(run: ExtractionRun): void {
  const { ctx, store, found } = run;
  let added = false;
  const pageNamesMinistry = found.orgs.some(
    (o) => o.kind === 'funder' && canonicalMinistry(o.name)?.canonical.endsWith('Nordrhein-Westfalen'),
  );
  const rules = PUBLIC_FUNDER_RULES;
  for (const s of ctx.sentences) {
    const text = ctx.text.slice(s.start, s.end);
    if (!/Land|Bund|EU|ESF/.test(text)) continue;
    const funding = FUNDING_CUE.test(text);
    for (const rule of rules) {
      if (rule.needsFundingCue && !funding) continue;
      if (rule.funder === 'Land Nordrhein-Westfalen' && pageNamesMinistry && !rule.evenWithMinistry) continue;
      rule.pattern.lastIndex = 0;
      for (const m of text.matchAll(rule.pattern)) {
        const surface = m.slice(1).find((g) => g !== undefined) ?? m[0];
        const start = s.start + m.index + m[0].indexOf(surface);
        const span = { start, end: start + surface.length };
        if (!store.isFree(s.line, span)) continue;
        const hit: OrgMention & { line: number } = {
          ...span,
          name: rule.funder,
          kind: 'funder',
          cls: 'brand',
          domains: [],
          rule: rule.id,
          line: s.line,
        };
        store.take(s.line, span);
        found.orgs.push(hit);
        added = true;
      }
    }
  }
  if (added) found.orgs.sort((a, b) => a.start - b.start);
}
