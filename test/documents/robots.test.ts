import { describe, expect, it } from 'vitest';
import { ALLOW_ALL, DISALLOW_ALL, isAllowed, parseRobots, patternMatches } from '../../src/documents/robots.ts';

const UA = 'Netzatlas/0.1 (Kommandozeilenwerkzeug)';

function repeat(times: number, f: () => void): void {
  for (let i = 0; i < times; i++) f();
}

/**
 * How many times longer `run` takes on `make(4 * n)` than on `make(n)`: the fastest of three runs of
 * each, interleaved after a warm-up. Unlike a wall-clock limit this ratio holds on a loaded machine,
 * because the load slows both sizes alike.
 */
function growth<T>(make: (n: number) => T, run: (input: T) => void, n: number): number {
  const inputs = [make(n), make(4 * n)] as const;
  const best = [Infinity, Infinity];
  for (const input of inputs) run(input);
  for (let round = 0; round < 3; round++) {
    for (const [i, input] of inputs.entries()) {
      const t0 = performance.now();
      run(input);
      best[i] = Math.min(best[i]!, performance.now() - t0);
    }
  }
  return best[1]! / Math.max(best[0]!, 1e-3);
}

describe('robots.txt patterns', () => {
  it('match as prefixes, with * for any characters and a final $ for the end', () => {
    expect(patternMatches('/fish', '/fish.html')).toBe(true);
    expect(patternMatches('/fish', '/Fish')).toBe(false);
    expect(patternMatches('/fish*.php', '/fishheads/catfish.php?parameters')).toBe(true);
    expect(patternMatches('/*.php$', '/filename.php')).toBe(true);
    expect(patternMatches('/*.php$', '/filename.php?x')).toBe(false);
    expect(patternMatches('/*.php$', '/folder/filename.php5')).toBe(false);
    expect(patternMatches('/a$', '/a')).toBe(true);
    expect(patternMatches('/a$', '/ab')).toBe(false);
    expect(patternMatches('*', '/')).toBe(true);
    expect(patternMatches('/a*b*c$', '/axbxc')).toBe(true);
    expect(patternMatches('/a*bc$', '/abc')).toBe(true);
    expect(patternMatches('/a*b*c$', '/axbx')).toBe(false);
  });

  it('stay fast on hostile patterns (no backtracking)', () => {
    const pattern = `/${'*a'.repeat(200)}$`;
    const path = (n: number) => `/${'a'.repeat(n)}b`;
    // a backtracking matcher would try the 200 stars at every split of the path and never finish
    expect(patternMatches(pattern, path(20_000))).toBe(false);
    expect(patternMatches(pattern, `${path(20_000)}a`)).toBe(true);
    // load-independent: a path four times as long must not take much longer. Linear work gives 4 and
    // quadratic 16 (12 measured on a stand-in); this matcher's work hardly depends on the length (about 1).
    expect(growth(path, (p) => repeat(200, () => patternMatches(pattern, p)), 20_000)).toBeLessThan(8);
  });
});

describe('parseRobots and isAllowed', () => {
  it('honours Disallow for * and lets the longest match win, Allow on a tie', () => {
    const r = parseRobots(
      'User-agent: *\nDisallow: /intern/\nAllow: /intern/presse\nDisallow: /*.pdf$\nAllow: /*.pdf$\n',
      UA,
    );
    expect(isAllowed(r, '/intern/akte')).toBe(false);
    expect(isAllowed(r, '/intern/presse/1')).toBe(true);
    expect(isAllowed(r, '/bericht.pdf')).toBe(true);
    expect(isAllowed(r, '/')).toBe(true);
  });

  it('uses the groups naming Netzatlas instead of * when there are any (case-insensitive)', () => {
    const text = 'User-agent: *\nDisallow: /\n\nUser-agent: netzatlas\nDisallow: /privat\n';
    const r = parseRobots(text, UA);
    expect(isAllowed(r, '/seite')).toBe(true);
    expect(isAllowed(r, '/privat/x')).toBe(false);
    expect(isAllowed(parseRobots(text, 'Anderer/1.0'), '/seite')).toBe(false);
  });

  it('reads groups of several User-agent lines, comments, CRLF, a BOM and an empty Disallow', () => {
    const text =
      '\uFEFF# Kommentar\r\nUser-agent: Googlebot\r\nUser-Agent: Netzatlas/0.1 # wir\r\nDisallow: /a # nein\r\n\r\nUser-agent: Other\r\nDisallow: /b\r\nUser-agent: *\r\nDisallow:\r\n';
    const r = parseRobots(text, UA);
    expect(isAllowed(r, '/a')).toBe(false);
    expect(isAllowed(r, '/b')).toBe(true);
    expect(isAllowed(parseRobots(text, 'Irgendwer'), '/a')).toBe(true);
  });

  it('adds a missing leading slash and compares non-ASCII patterns percent-encoded', () => {
    const r = parseRobots('User-agent: *\nDisallow: fördern\n', UA);
    expect(isAllowed(r, '/f%C3%B6rdern/x')).toBe(false);
  });

  it('always allows /robots.txt; ALLOW_ALL and DISALLOW_ALL', () => {
    expect(isAllowed(DISALLOW_ALL, '/robots.txt')).toBe(true);
    expect(isAllowed(DISALLOW_ALL, '/x')).toBe(false);
    expect(isAllowed(ALLOW_ALL, '/x')).toBe(true);
  });
});
