/**
 * The sigma.js map. The display graph holds only display data (position, base label, index);
 * everything that depends on the view state – hidden, colour, size, emphasis, presenter labels –
 * is decided in the reducers from arrays computed by the pure state modules. Browser only.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { ExplorerModel } from '../data/explorer-model.ts';
import { DIMMED, EDGE_STYLES } from '../state/appearance.ts';

export interface MapDisplay {
  nodes: Uint8Array;
  edges: Uint8Array;
  colours: readonly string[];
  sizes: Float32Array;
  selected: number | null;
  /** Extra emphasised nodes (a gap, a cluster). */
  focus: ReadonlySet<number>;
  /** Replacement labels (presenter mode pseudonyms). */
  labels: ReadonlyMap<string, string> | null;
  /** Override colours per node index (compare view). */
  colourOverride?: ReadonlyMap<number, string>;
  large: boolean;
}

export interface MapCallbacks {
  onClickNode(key: string): void;
  onClickStage(): void;
  onCamera(state: CameraState): void;
}

interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
  i: number;
}
interface EdgeAttrs {
  size: number;
  color: string;
  type: string;
  i: number;
}

export function displayGraph(model: ExplorerModel): Graph<NodeAttrs, EdgeAttrs> {
  // a fresh graph with only display attributes: a data attribute named `type` must never reach sigma
  const g = new Graph<NodeAttrs, EdgeAttrs>({ type: 'directed', multi: true, allowSelfLoops: true });
  for (const n of model.nodes) g.addNode(n.key, { x: n.x, y: n.y, size: 4, label: n.label, color: '#999999', i: n.index });
  for (const e of model.edges) {
    const style = EDGE_STYLES[e.kind];
    g.addDirectedEdgeWithKey(e.key, model.nodes[e.source]!.key, model.nodes[e.target]!.key, {
      size: style.size,
      color: style.color,
      type: style.arrow ? 'arrow' : 'line',
      i: e.index,
    });
  }
  return g;
}

export class MapView {
  readonly sigma: Sigma<NodeAttrs, EdgeAttrs>;
  readonly graph: Graph<NodeAttrs, EdgeAttrs>;
  private display: MapDisplay | null = null;
  private hovered: number | null = null;
  private emphasis: Uint8Array | null = null;

  constructor(
    container: HTMLElement,
    readonly model: ExplorerModel,
    private readonly callbacks: MapCallbacks,
  ) {
    this.graph = displayGraph(model);
    this.sigma = new Sigma(this.graph, container, {
      renderEdgeLabels: false,
      defaultEdgeType: 'line',
      labelFont: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif',
      labelSize: 13,
      labelWeight: '500',
      labelColor: { color: '#1f1f1f' },
      labelDensity: 0.35,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 7,
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      nodeReducer: (key, data) => this.reduceNode(key, data),
      edgeReducer: (_key, data) => this.reduceEdge(data),
    });
    this.sigma.on('clickNode', ({ node }) => this.callbacks.onClickNode(node));
    this.sigma.on('clickStage', () => this.callbacks.onClickStage());
    this.sigma.on('enterNode', ({ node }) => this.setHovered(this.graph.getNodeAttribute(node, 'i')));
    this.sigma.on('leaveNode', () => this.setHovered(null));
    this.sigma.getCamera().on('updated', (state) => this.callbacks.onCamera(state));
  }

  private reduceNode(key: string, data: NodeAttrs) {
    const d = this.display;
    if (!d) return data;
    const i = data.i;
    if (!d.nodes[i]) return { ...data, hidden: true };
    const label = d.labels?.get(key) ?? data.label;
    const color = d.colourOverride?.get(i) ?? d.colours[i] ?? data.color;
    const size = d.sizes[i] ?? data.size;
    const emph = this.emphasis;
    if (emph && !emph[i]) return { ...data, label: '', color: DIMMED, size, zIndex: 0 };
    const strong = i === d.selected || i === this.hovered || d.focus.has(i);
    return { ...data, label, color, size, zIndex: emph ? 2 : 1, forceLabel: strong, highlighted: i === d.selected };
  }

  private reduceEdge(data: EdgeAttrs) {
    const d = this.display;
    if (!d) return data;
    if (!d.edges[data.i]) return { ...data, hidden: true };
    const emph = this.emphasis;
    if (emph) {
      const e = this.model.edges[data.i]!;
      if (!emph[e.source] || !emph[e.target]) return { ...data, color: '#F0F0F0', zIndex: 0 };
      return { ...data, zIndex: 1, size: data.size * 1.5 };
    }
    return data;
  }

  /** Nodes emphasised: the hovered node's neighbourhood, else the selection's plus the focus set. */
  private computeEmphasis(): Uint8Array | null {
    const d = this.display;
    if (!d) return null;
    const centre = this.hovered ?? d.selected;
    if (centre === null && d.focus.size === 0) return null;
    const emph = new Uint8Array(this.model.nodes.length);
    const mark = (c: number) => {
      emph[c] = 1;
      for (const ei of this.model.incident[c]!) {
        const e = this.model.edges[ei]!;
        if (!d.edges[ei]) continue;
        emph[e.source] = 1;
        emph[e.target] = 1;
      }
    };
    if (centre !== null) mark(centre);
    if (this.hovered === null) for (const f of d.focus) emph[f] = 1;
    return emph;
  }

  update(display: MapDisplay): void {
    this.display = display;
    this.sigma.setSetting('labelSize', display.large ? 20 : 13);
    this.sigma.setSetting('labelRenderedSizeThreshold', display.large ? 5 : 7);
    this.emphasis = this.computeEmphasis();
    this.sigma.refresh();
  }

  private setHovered(i: number | null): void {
    if (this.hovered === i) return;
    this.hovered = i;
    this.emphasis = this.computeEmphasis();
    this.sigma.refresh();
  }

  /** Animate the camera to a node (or a set of nodes). */
  focusNodes(keys: readonly string[]): void {
    const pts = keys.map((k) => this.sigma.getNodeDisplayData(k)).filter((p): p is NonNullable<typeof p> => !!p);
    if (!pts.length) return;
    const camera = this.sigma.getCamera();
    if (pts.length === 1) {
      void camera.animate({ x: pts[0]!.x, y: pts[0]!.y, ratio: Math.min(camera.ratio, 0.5) }, { duration: 400 });
      return;
    }
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const ratio = Math.min(1, Math.max(0.1, Math.max(x1 - x0, y1 - y0) * 1.6));
    void camera.animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, { duration: 400 });
  }

  setCamera(c: { x: number; y: number; ratio: number } | null): void {
    const camera = this.sigma.getCamera();
    camera.setState(c ? { ...c, angle: 0 } : { x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }

  resetCamera(): void {
    void this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  /** Positions changed (layout worker): sigma re-reads x/y from the graph. */
  positionsChanged(): void {
    this.sigma.refresh();
  }

  kill(): void {
    this.sigma.kill();
  }
}
