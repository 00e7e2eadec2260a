/**
 * A small robots.txt reader (RFC 9309, the rules as Google applies them): groups of `User-agent`
 * lines with their `Allow`/`Disallow` rules; the crawler obeys the groups naming its product token,
 * or – when none does – the `*` groups. Of the rules matching a path the longest pattern wins, and
 * `Allow` wins a tie. Patterns may use `*` (any characters) and a final `$` (end of the path).
 * Everything else (Sitemap, Crawl-delay, unknown lines) is ignored.
 *
 * Pure and browser-safe (no node:*).
 */

export interface RobotsRule {
  allow: boolean;
  pattern: string;
}

export interface RobotsRules {
  /** The rules that apply to the product token given to parseRobots. */
  rules: RobotsRule[];
}

/** Only the first 500 KiB of a robots.txt are read (RFC 9309, section 2.5). */
export const MAX_ROBOTS_CHARS = 500 * 1024;

/** Rules that allow everything: robots.txt missing (4xx) or empty. */
export const ALLOW_ALL: RobotsRules = { rules: [] };

/** Rules that disallow everything: robots.txt unreachable (5xx, network error). */
export const DISALLOW_ALL: RobotsRules = { rules: [{ allow: false, pattern: '/' }] };

/** The product token of a `User-agent` value, lower case: "Netzatlas/0.1 (…)" → "netzatlas". */
function productToken(value: string): string {
  return (value.trim().split(/[\s/]/)[0] ?? '').toLowerCase();
}

/** The rules of a robots.txt text for the crawler with product token `agent` (e.g. "Netzatlas"). */
export function parseRobots(text: string, agent: string): RobotsRules {
  const ours = productToken(agent);
  const mine: RobotsRule[] = [];
  const any: RobotsRule[] = [];
  let foundMine = false;
  // the agents of the group being read; a rule line closes the list of User-agent lines
  let agents: string[] = [];
  let inRules = false;
  for (const raw of text
    .slice(0, MAX_ROBOTS_CHARS)
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      if (inRules) agents = [];
      inRules = false;
      agents.push(productToken(value));
      if (productToken(value) === ours) foundMine = true;
    } else if (key === 'allow' || key === 'disallow') {
      inRules = true;
      // an empty Disallow allows everything: it adds no rule
      if (value === '') continue;
      const rule = { allow: key === 'allow', pattern: normalisePattern(value) };
      if (agents.includes(ours)) mine.push(rule);
      if (agents.includes('*')) any.push(rule);
    }
  }
  return { rules: foundMine ? mine : any };
}

/** Patterns compare with the percent-encoded path; a pattern not starting with "/" or "*" gets one. */
function normalisePattern(pattern: string): string {
  const encoded = encodeOutside(pattern);
  return encoded.startsWith('/') || encoded.startsWith('*') ? encoded : `/${encoded}`;
}

/** Percent-encodes characters outside ASCII (as the URL parser does with a path), leaves the rest. */
function encodeOutside(s: string): string {
  return s.replace(/[^\x21-\x7e]+/gu, (m) => encodeURI(m));
}

/** Does `pattern` (with `*` and a final `$`) match `path` from its start? Linear, no regular expressions. */
export function patternMatches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const parts = (anchored ? pattern.slice(0, -1) : pattern).split('*');
  const first = parts[0]!;
  if (!path.startsWith(first)) return false;
  if (parts.length === 1) return !anchored || path.length === first.length;
  let at = first.length;
  for (const middle of parts.slice(1, -1)) {
    const found = path.indexOf(middle, at);
    if (found < 0) return false;
    at = found + middle.length;
  }
  const last = parts[parts.length - 1]!;
  if (!anchored) return path.indexOf(last, at) >= 0;
  return path.length - last.length >= at && path.endsWith(last);
}

/**
 * Is `path` (path and query of the address, as sent, e.g. "/a/b?x=1") allowed? The longest matching
 * pattern decides, `Allow` on a tie; no matching rule allows. /robots.txt itself is always allowed.
 */
export function isAllowed(robots: RobotsRules, path: string): boolean {
  if (path === '/robots.txt') return true;
  let best: RobotsRule | undefined;
  for (const rule of robots.rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    if (
      !best ||
      rule.pattern.length > best.pattern.length ||
      (rule.pattern.length === best.pattern.length && rule.allow && !best.allow)
    )
      best = rule;
  }
  return best?.allow ?? true;
}
