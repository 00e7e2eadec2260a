import { describe, expect, test } from 'vitest';
import { createProgress, formatProgressLine } from '../../src/cli/progress.ts';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (chunk: string) => writes.push(chunk) } };
}

function run(total: number, isTTY: boolean, ticks = total): string[] {
  const { writes, stream } = fakeStream(isTTY);
  const progress = createProgress(total, 'Dokumente lesen', stream);
  for (let i = 0; i < ticks; i++) progress.tick();
  progress.done();
  return writes;
}

describe('createProgress', () => {
  test('formats the line with a German percent sign', () => {
    expect(formatProgressLine('Dokumente lesen', 120, 2000)).toBe('Dokumente lesen: 120/2000 (6 %)');
  });

  test('prints nothing for five or fewer documents', () => {
    expect(run(5, true)).toEqual([]);
    expect(run(5, false)).toEqual([]);
  });

  test('rewrites one line on a terminal and ends it with a newline', () => {
    const { writes, stream } = fakeStream(true);
    const progress = createProgress(2000, 'Dokumente lesen', stream);
    progress.tick(120);
    expect(writes).toEqual(['\rDokumente lesen: 120/2000 (6 %)\x1b[K']);
    progress.tick(1880);
    progress.done();
    progress.done();
    expect(writes).toEqual([
      '\rDokumente lesen: 120/2000 (6 %)\x1b[K',
      '\rDokumente lesen: 2000/2000 (100 %)\x1b[K',
      '\n',
    ]);
  });

  test('redraws a terminal line only when the percentage changes', () => {
    const writes = run(2000, true);
    // 0 % … 100 % are 101 drawings, plus the final newline.
    expect(writes).toHaveLength(102);
    expect(writes.at(-2)).toBe('\rDokumente lesen: 2000/2000 (100 %)\x1b[K');
  });

  test('prints one plain line per ten percent when not on a terminal', () => {
    expect(run(2000, false)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Dokumente lesen: ${(i + 1) * 200}/2000 (${(i + 1) * 10} %)\n`),
    );
  });

  test('never prints more than ten plain lines, even for few documents', () => {
    expect(run(7, false)).toEqual([
      'Dokumente lesen: 1/7 (14 %)\n',
      'Dokumente lesen: 2/7 (28 %)\n',
      'Dokumente lesen: 3/7 (42 %)\n',
      'Dokumente lesen: 4/7 (57 %)\n',
      'Dokumente lesen: 5/7 (71 %)\n',
      'Dokumente lesen: 6/7 (85 %)\n',
      'Dokumente lesen: 7/7 (100 %)\n',
    ]);
    expect(run(1000, false, 1500)).toHaveLength(10);
  });

  test('prints nothing on a terminal when done is called before the first tick', () => {
    expect(run(100, true, 0)).toEqual([]);
  });
});
