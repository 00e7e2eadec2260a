/**
 * npx tsx test/eval/check-gold.ts <file.gold.json>...
 * Checks gold files against their pages (the page is the .txt beside the gold file, or in seeds/):
 * mentions occur verbatim, ids are unique, relation ends exist, every project has a projects[] entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkGold, parseGoldDoc } from './score.ts';

let bad = 0;
for (const file of process.argv.slice(2)) {
  let problems: string[];
  try {
    const { gold, problems: parse } = parseGoldDoc(JSON.parse(readFileSync(file, 'utf8')), basename(file));
    problems = [...parse];
    if (gold) {
      const candidates = [join(dirname(file), gold.doc), join('seeds', gold.doc)];
      const page = candidates.find((p) => existsSync(p));
      if (!page) problems.push(`page ${gold.doc} not found next to the gold file`);
      else problems.push(...checkGold(gold, readFileSync(page, 'utf8')));
      if (basename(file) !== gold.doc.replace(/\.txt$/, '.gold.json'))
        problems.push(`file name should be ${gold.doc.replace(/\.txt$/, '.gold.json')}`);
    }
  } catch (e) {
    problems = [(e as Error).message];
  }
  if (problems.length) bad++;
  console.log(problems.length ? `${file}:\n  ${problems.join('\n  ')}` : `${file}: ok`);
}
process.exitCode = bad ? 1 : 0;
