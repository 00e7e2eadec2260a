/**
 * How sure a sampled ranking is: a normal-approximation interval (value ± z · standard error) per
 * node, and for each of the top k whether its rank and its place in the top k are settled – a
 * rank is stable when its interval overlaps neither the one above nor the one below, a place in
 * the top k when its interval lies above every interval outside the top k.
 */
export const CONFIDENCE_Z = 1.96;

export interface RankStability {
  node: number;
  value: number;
  standardError: number;
  rankStable: boolean;
  topStable: boolean;
}

/** Nodes ordered by value, largest first, ties by the smaller index. */
export function rankOrder(values: Float64Array): number[] {
  return Array.from(values.keys()).sort((a, b) => values[b]! - values[a]! || a - b);
}

export function topStability(
  values: Float64Array,
  standardError: Float64Array,
  k: number,
  z = CONFIDENCE_Z,
): RankStability[] {
  const order = rankOrder(values);
  const top = order.slice(0, k);
  const lo = (v: number) => values[v]! - z * standardError[v]!;
  const hi = (v: number) => values[v]! + z * standardError[v]!;
  let outsideHigh = -Infinity;
  for (let i = k; i < order.length; i++) outsideHigh = Math.max(outsideHigh, hi(order[i]!));
  return top.map((v, i) => {
    const above = i > 0 ? top[i - 1]! : -1;
    const below = i + 1 < order.length ? order[i + 1]! : -1;
    return {
      node: v,
      value: values[v]!,
      standardError: standardError[v]!,
      rankStable: (above < 0 || hi(v) < lo(above)) && (below < 0 || lo(v) > hi(below)),
      topStable: lo(v) > outsideHigh,
    };
  });
}
