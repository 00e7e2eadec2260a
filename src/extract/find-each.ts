/**
 * Where many literal strings occur in one text, found in one pass over the text. Searching each name of
 * a long programme overview with its own `indexOf` over the whole page costs names × page length: on
 * such pages both grow together, so the time grew with the square of the page.
 */

/** Up to this many needles, one native search per needle is faster than one walk in script over the text. */
const FEW = 12;

/** The loop itself, for a few needles. */
function indexOfEach(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === '') return out;
  for (let p = text.indexOf(needle); p >= 0; p = text.indexOf(needle, p + needle.length)) out.push(p);
  return out;
}

const PAIR_SLOTS = 1 << 16;

/** Where a pair of code units is flagged (a hash: two pairs may share a slot, which costs only a walk). */
function pairSlot(a: number, b: number): number {
  return (a * 31 + b) & (PAIR_SLOTS - 1);
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** needles ending here */
  ends: number[];
}

/**
 * For each needle, the positions the loop `for (p = text.indexOf(n); p >= 0; p = text.indexOf(n, p + n.length))`
 * gives: left to right, a hit never starting inside the needle's previous hit. An empty needle has no hits.
 * The needles share one trie of their UTF-16 code units; the walk from a position stops at the first
 * unit no needle continues with, so the work per position is the length of the longest needle prefix there.
 */
export function findEach(text: string, needles: readonly string[]): number[][] {
  if (needles.length <= FEW) return needles.map((needle) => indexOfEach(text, needle));
  try {
    return walk(text, needles);
  } finally {
    // the flags are shared between calls (zeroing 128 kB per call cost more than a short page's search)
    for (const needle of needles) {
      STARTS[needle.charCodeAt(0)] = 0;
      PAIRS[pairSlot(needle.charCodeAt(0), needle.charCodeAt(1))] = 0;
    }
  }
}

/**
 * A needle's first unit, flagged (2: a needle of one unit starts with it), and a hash of its first two
 * units: most positions of the text start no needle and cost one or two array reads, not a walk of the
 * trie. All zero between calls.
 */
const STARTS = new Uint8Array(65536);
const PAIRS = new Uint8Array(PAIR_SLOTS);

function walk(text: string, needles: readonly string[]): number[][] {
  const starts = STARTS;
  const pairs = PAIRS;
  const root: TrieNode = { next: new Map(), ends: [] };
  needles.forEach((needle, i) => {
    if (needle === '') return;
    let node = root;
    for (let k = 0; k < needle.length; k++) {
      const c = needle.charCodeAt(k);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), ends: [] }));
      node = child;
    }
    node.ends.push(i);
    const c = needle.charCodeAt(0);
    if (needle.length === 1) starts[c] = 2;
    else {
      starts[c] ||= 1;
      pairs[pairSlot(c, needle.charCodeAt(1))] = 1;
    }
  });
  const out = needles.map((): number[] => []);
  // per needle, the first position its next hit may start at
  const free = new Array<number>(needles.length).fill(0);
  for (let p = 0; p < text.length; p++) {
    const flag = starts[text.charCodeAt(p)];
    if (flag === 0 || (flag === 1 && pairs[pairSlot(text.charCodeAt(p), text.charCodeAt(p + 1))] === 0)) continue;
    let node: TrieNode | undefined = root;
    for (let k = p; node && k < text.length; k++) {
      node = node.next.get(text.charCodeAt(k));
      if (!node) break;
      for (const i of node.ends) {
        if (p < free[i]!) continue;
        out[i]!.push(p);
        free[i] = p + needles[i]!.length;
      }
    }
  }
  return out;
}
