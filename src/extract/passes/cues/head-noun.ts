import { PROJECT_ANAPHOR } from '../../rules/project-names.ts';
import type { ExtractionRun } from '../../run.ts';
import type { Mention } from '../../../model/index.ts';

/**
 * "Der Lotsendienst wird … getragen" below a table with the row 'Lotsendienst „Gut angekommen in Lippe“':
 * the anaphor's noun is the type word of exactly one project, which the sentence is about.
 */
export function projectOfHeadNoun(
  run: ExtractionRun,
  st: string,
  memo: Map<string, Mention | undefined>,
): Mention | undefined {
  const noun = PROJECT_ANAPHOR.exec(st)?.[0]
    .split(' ')
    .pop()
    ?.replace(/(?:e?s)$/u, '');
  if (!noun || noun.length < 5) return undefined;
  if (memo.has(noun)) return memo.get(noun);
  const found = typedProject(run, noun);
  memo.set(noun, found);
  return found;
}

function typedProject(run: ExtractionRun, noun: string): Mention | undefined {
  const text = run.ctx.text;
  const typed = run.projects.filter(({ m }) => {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    return (
      m.name.startsWith(noun) ||
      text.startsWith(noun, m.start) ||
      new RegExp(`(?<![\\p{L}])${noun}(?:e?s)?\\s*[„"»]?$`, 'u').test(before)
    );
  });
  return typed.length === 1 ? typed[0]!.m : undefined;
}
