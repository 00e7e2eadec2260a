/**
 * Gould–Fernandez brokerage roles with the legal domain as the group attribute.
 * Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: A formal approach to brokerage
 * in transaction networks. Sociological Methodology 19, 89–126 (the five roles, Fig. 1).
 * A broker b mediates the ordered pair (a, c) when a–b and b–c are tied and a–c are not.
 * With groups g(·):
 *   coordinator     g(a) = g(b) = g(c)
 *   itinerant       g(a) = g(c) ≠ g(b)   (also "consultant")
 *   representative  g(a) = g(b) ≠ g(c)
 *   gatekeeper      g(b) = g(c) ≠ g(a)
 *   liaison         all three differ
 * Ties are undirected here, so every mediated pair is counted in both directions (as UCINET does
 * on symmetric data): coordinator, itinerant and liaison counts are even, and representative
 * equals gatekeeper for every broker.
 */
import { areTied, type Adjacency } from '../adjacency.ts';

export const BROKERAGE_ROLES = ['coordinator', 'gatekeeper', 'representative', 'itinerant', 'liaison'] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];
export type Brokerage = Record<BrokerageRole, number> & { total: number };

export function emptyBrokerage(): Brokerage {
  return { coordinator: 0, gatekeeper: 0, representative: 0, itinerant: 0, liaison: 0, total: 0 };
}

export function roleOf(ga: string, gb: string, gc: string): BrokerageRole {
  if (ga === gb && gb === gc) return 'coordinator';
  if (ga === gc) return 'itinerant';
  if (ga === gb) return 'representative';
  if (gb === gc) return 'gatekeeper';
  return 'liaison';
}

export function gouldFernandez(adj: Adjacency, groups: readonly string[]): Brokerage[] {
  return adj.keys.map((_k, b) => {
    const counts = emptyBrokerage();
    const ns = adj.neighbours[b]!;
    const gb = groups[b]!;
    for (let x = 0; x < ns.length; x++) {
      for (let y = x + 1; y < ns.length; y++) {
        const a = ns[x]!;
        const c = ns[y]!;
        if (areTied(adj, a, c)) continue;
        // both directions: a → b → c and c → b → a
        counts[roleOf(groups[a]!, gb, groups[c]!)]++;
        counts[roleOf(groups[c]!, gb, groups[a]!)]++;
        counts.total += 2;
      }
    }
    return counts;
  });
}
