import { describe, expect, it } from 'vitest';
import { ALLOW_ALL, DISALLOW_ALL, isAllowed, parseRobots, patternMatches } from '../../src/documents/robots.ts';

const UA = 'Netzatlas/0.1 (Kommandozeilenwerkzeug)';

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
    const start = Date.now();
    expect(patternMatches(pattern, `/${'a'.repeat(20000)}b`)).toBe(false);
    expect(Date.now() - start).toBeLessThan(500);
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
