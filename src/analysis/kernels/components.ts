/** Connected components on a CSR: a label per node, components numbered by their smallest node. */
import type { Csr } from './csr.ts';

export interface Components {
  label: Int32Array;
  size: Int32Array;
  /** the largest component (ties: the one with the smaller first node), −1 for an empty graph */
  largest: number;
}

export function componentsOf(csr: Csr): Components {
  const { n, offsets, targets } = csr;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let s = 0; s < n; s++) {
    if (label[s]! >= 0) continue;
    const c = sizes.length;
    label[s] = c;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const u = queue[head++]!;
      for (let p = offsets[u]!; p < offsets[u + 1]!; p++) {
        const v = targets[p]!;
        if (label[v]! < 0) {
          label[v] = c;
          queue[tail++] = v;
        }
      }
    }
    sizes.push(tail);
  }
  let largest = -1;
  for (let c = 0; c < sizes.length; c++) if (largest < 0 || sizes[c]! > sizes[largest]!) largest = c;
  return { label, size: Int32Array.from(sizes), largest };
}
