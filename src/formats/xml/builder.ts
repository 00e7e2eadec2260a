/**
 * What the GEXF and GraphML builders share: nodes and edges collected one at a time in document order
 * (streamed or from the tree, see safety.ts), the item limit counted as they come, a node key
 * taken once, the direction of an edge, and the result with its positions.
 */
import type { GraphJSON } from '../../model/index.ts';
import { checkItemCount } from './contract.ts';
import { cut, RereadAsTree, type Warnings, type XmlElement } from './safety.ts';
import type { ImportFormat, ImportLimits, ImportResult } from '../types.ts';

/** Reads a file streamed and, when the stream cannot follow its order, again from the whole tree. */
export function streamedOrTree(read: (streamed: boolean) => ImportResult): ImportResult {
  try {
    return read(true);
  } catch (e) {
    if (!(e instanceof RereadAsTree)) throw e;
    return read(false);
  }
}

export abstract class XmlGraphBuilder {
  started = false;
  edgesStarted = false;
  protected ours = false;
  protected defaultUndirected = false;
  private items = 0;
  protected readonly nodes: GraphJSON['nodes'] = [];
  protected readonly edges: GraphJSON['edges'] = [];
  private readonly positions: Record<string, [number, number]> = {};
  protected readonly idToKey = new Map<string, string>();
  private readonly nodeKeys = new Set<string>();
  protected readonly edgeIds = new Set<string>();

  constructor(
    protected readonly file: string,
    protected readonly limits: ImportLimits,
    protected readonly warnings: Warnings,
  ) {}

  /** Counts an item; past the limit the rest is only counted, and result() refuses the file. */
  protected counted(): boolean {
    return ++this.items <= this.limits.maxItems;
  }

  /** A node built from `el`, kept unless its key was taken already (then a warning); its position beside it. */
  protected takeNode(
    el: XmlElement,
    id: string | undefined,
    built: GraphJSON['nodes'][number],
    position: [number, number] | null,
  ): void {
    if (this.nodeKeys.has(built.key)) {
      this.warnings.at(el, `Knotenschlüssel „${cut(built.key, 60)}“ doppelt; nur der erste Knoten wurde übernommen`);
      return;
    }
    this.nodeKeys.add(built.key);
    if (id !== undefined) this.idToKey.set(id, built.key);
    this.nodes.push(built);
    // a key such as "__proto__" is a property like any other
    if (position && Number.isFinite(position[0]) && Number.isFinite(position[1]))
      Object.defineProperty(this.positions, built.key, {
        value: position,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }

  /** An edge's `undirected` from what the element says: our own files keep "directed" explicit, others take the default. */
  protected direction(stated: 'directed' | 'undirected' | undefined): boolean | undefined {
    if (stated === 'undirected') return true;
    if (stated === 'directed') return this.ours ? false : undefined;
    return this.defaultUndirected ? true : undefined;
  }

  protected result(format: ImportFormat, graphEl: XmlElement, graph: GraphJSON): ImportResult {
    checkItemCount(this.file, graphEl, this.items, this.limits);
    const result: ImportResult = { format, graph, warnings: this.warnings.list() };
    if (Object.keys(this.positions).length > 0) result.positions = this.positions;
    return result;
  }
}
