/** The report and the README state the same assumptions of the SGB rules, each once. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS_DE } from '../../src/output/report.ts';
import { ROOT } from '../helpers.ts';

describe('assumptions', () => {
  it('lists every assumption of the report in the README, and the report shows them in its own section', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(ASSUMPTIONS_DE.filter((a) => !readme.includes(`- ${a}\n`))).toEqual([]);
    const report = readFileSync(path.join(ROOT, 'data/report.md'), 'utf8');
    const section = report.slice(report.indexOf('## Annahmen'), report.indexOf('## Methode'));
    expect(section.split('\n').filter((l) => l.startsWith('- '))).toEqual(ASSUMPTIONS_DE.map((a) => `- ${a}`));
  });
});
