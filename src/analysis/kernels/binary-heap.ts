/**
 * A binary min-heap of (distance, node) pairs on flat typed arrays, for Dijkstra with lazy
 * deletion (a node may be pushed again with a smaller distance; stale entries are skipped on pop).
 */
export class DistanceHeap {
  private keys: Float64Array;
  private nodes: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(16, capacity));
    this.nodes = new Int32Array(Math.max(16, capacity));
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) this.grow();
    const keys = this.keys;
    const nodes = this.nodes;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent]!;
      // ties by node index, so the settling order does not depend on insertion history
      if (pk < key || (pk === key && nodes[parent]! <= node)) break;
      keys[i] = pk;
      nodes[i] = nodes[parent]!;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  /** Removes the smallest entry; read it first with `topKey`/`topNode`. */
  pop(): void {
    const keys = this.keys;
    const nodes = this.nodes;
    const last = --this.size;
    if (last === 0) return;
    const key = keys[last]!;
    const node = nodes[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      const right = child + 1;
      if (
        right < last &&
        (keys[right]! < keys[child]! || (keys[right] === keys[child] && nodes[right]! < nodes[child]!))
      )
        child = right;
      const ck = keys[child]!;
      if (key < ck || (key === ck && node <= nodes[child]!)) break;
      keys[i] = ck;
      nodes[i] = nodes[child]!;
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  topKey(): number {
    return this.keys[0]!;
  }

  topNode(): number {
    return this.nodes[0]!;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const nodes = new Int32Array(this.nodes.length * 2);
    keys.set(this.keys);
    nodes.set(this.nodes);
    this.keys = keys;
    this.nodes = nodes;
  }
}
