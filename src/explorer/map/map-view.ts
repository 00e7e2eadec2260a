/**
 * The sigma.js map. The display graph holds only display data (position, base label, index);
 * everything that depends on the view state – hidden, colour, size, emphasis, presenter labels –
 * is decided in the reducers from arrays computed by the pure state modules. Browser only.
 */
import Graph from 'graphology';
import { EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { CameraState } from 'sigma/types';
import type { ExplorerModel } from '../data/explorer-model.ts';
import { DIMMED, drawsArrows, EDGE_STYLES } from '../state/appearance.ts';
import { changedIndices } from '../state/filter.ts';
import { BackdropLayer, type Backdrop } from './backdrop-layer.ts';
import type { SceneDot } from '../export/scene.ts';
import { GhostLayer, ghostGeometry, type GhostGeometry } from './ghost-layer.ts';
import type { Ghost } from '../state/gap-ghosts.ts';
import { HoverLayer, type Neighbourhood } from './hover-layer.ts';
import { LabelLayer } from './label-layer.ts';
import { OVERVIEW_EDGE_TYPE, overviewGraph, type OverviewDisplay } from './overview-graph.ts';
import type { Box, PlacedLabel } from './label-placement.ts';
import { MAP_LABEL_SETTINGS } from './label-settings.ts';
import { MapSigma } from './map-sigma.ts';
import { displayLabel } from '../../model/index.ts';
import { MAX_CAMERA_RATIO, MIN_CAMERA_RATIO, type CameraPose } from './keyboard-camera.ts';

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
  /** A click on a group of the Kreis overview, and a double click (open it). */
  onClickGroup?(key: string): void;
  onOpenGroup?(key: string): void;
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
  // display-only fields the reducers set on sigma's copy
  hidden?: boolean;
  zIndex?: number;
  forceLabel?: boolean;
  highlighted?: boolean;
}
interface EdgeAttrs {
  size: number;
  color: string;
  type: string;
  i: number;
  hidden?: boolean;
  zIndex?: number;
}

export function displayGraph(model: ExplorerModel): Graph<NodeAttrs, EdgeAttrs> {
  const arrows = drawsArrows(model);
  // a fresh graph with only display attributes: a data attribute named `type` must never reach sigma
  const g = new Graph<NodeAttrs, EdgeAttrs>({ type: 'directed', multi: true, allowSelfLoops: true });
  for (const n of model.nodes)
    g.addNode(n.key, { x: n.x, y: n.y, size: 4, label: displayLabel(n), color: '#999999', i: n.index });
  for (const e of model.edges) {
    const style = EDGE_STYLES[e.kind];
    g.addDirectedEdgeWithKey(e.key, model.nodes[e.source]!.key, model.nodes[e.target]!.key, {
      size: style.size,
      color: style.color,
      type: arrows && style.arrow ? 'arrow' : 'line',
      i: e.index,
    });
  }
  return g;
}

/**
 * From this many nodes the map is light to move (issue 14): hover highlights on a layer of its own
 * instead of dimming the rest, and ties and labels are left out while the camera moves.
 */
export const HIGHLIGHT_ONLY_ABOVE = 3000;

function sameSet(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

export class MapView {
  readonly sigma: MapSigma<NodeAttrs, EdgeAttrs>;
  readonly graph: Graph<NodeAttrs, EdgeAttrs>;
  private display: MapDisplay | null = null;
  private hovered: number | null = null;
  /** Large networks: hover highlights without dimming the rest (a full refresh per hover is too slow). */
  private readonly highlightOnly: boolean;
  private emphasis: Uint8Array | null = null;

  constructor(
    container: HTMLElement,
    readonly model: ExplorerModel,
    private readonly callbacks: MapCallbacks,
  ) {
    this.graph = displayGraph(model);
    this.highlightOnly = model.nodes.length > HIGHLIGHT_ONLY_ABOVE;
    this.labels = new LabelLayer((key) => this.model.incident[this.model.byKey.get(key) ?? -1]?.length ?? 0);
    this.sigma = new MapSigma<NodeAttrs, EdgeAttrs>(this.graph, container, {
      ...MAP_LABEL_SETTINGS,
      renderEdgeLabels: false,
      defaultEdgeType: 'line',
      defaultDrawNodeLabel: this.labels.collect,
      zIndex: true,
      // a frame of 20,000 ties costs about a second on a CPU-drawn WebGL: while moving, the nodes alone
      hideEdgesOnMove: this.highlightOnly,
      hideLabelsOnMove: this.highlightOnly,
      // and its ties as hairlines (one GL line each instead of two triangles); the overview's ties keep their width
      // (merged with sigma's defaults: arrows as they are)
      edgeProgramClasses: {
        line: this.highlightOnly ? EdgeLineProgram : EdgeRectangleProgram,
        [OVERVIEW_EDGE_TYPE]: EdgeRectangleProgram,
      },
      minCameraRatio: MIN_CAMERA_RATIO,
      maxCameraRatio: MAX_CAMERA_RATIO,
      nodeReducer: (key, data) => this.reduceNode(key, data),
      edgeReducer: (_key, data) => this.reduceEdge(data),
    });
    this.sigma.on('clickNode', ({ node }) =>
      this.overview ? this.callbacks.onClickGroup?.(node) : this.callbacks.onClickNode(node),
    );
    this.sigma.on('doubleClickNode', (e) => {
      if (!this.overview) return;
      // a double click opens the Kreis instead of zooming in
      e.preventSigmaDefault();
      this.callbacks.onOpenGroup?.(e.node);
    });
    this.sigma.on('clickStage', () => this.callbacks.onClickStage());
    this.sigma.on('enterNode', ({ node }) => {
      if (!this.overview) this.setHovered(this.graph.getNodeAttribute(node, 'i'));
    });
    this.sigma.on('leaveNode', () => {
      if (!this.overview) this.setHovered(null);
    });
    this.sigma.getCamera().on('updated', this.onCameraUpdated);
    if (this.highlightOnly) this.renderInsteadOfRefreshAfterDrag();
    // the container changes size without a window resize (presenter layout, legend, details panel)
    this.resizeObserver =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.sigma.scheduleRefresh());
    this.resizeObserver?.observe(container);
    this.labels.attach(this.sigma);
    this.ghosts.attach(this.sigma);
    this.backdrop.attach(this.sigma);
    if (this.highlightOnly) this.hoverLayer.attach(this.sigma);
  }

  /**
   * With hideEdgesOnMove the release of a drag costs sigma a full refresh, only to bring the ties back
   * (map-sigma.ts): one frame does the same. The captor queues its refresh before it emits "mouseup",
   * so it is the first to meet the armed flag; the flag is dropped again after that turn, in case the
   * captor did not refresh. The count of drag moves is left alone: it also keeps the release from
   * counting as a click.
   */
  private renderInsteadOfRefreshAfterDrag(): void {
    const captor = this.sigma.getMouseCaptor();
    captor.on('mouseup', () => {
      if (captor.draggedEvents === 0) return;
      this.sigma.skipNextBareRefresh = true;
      setTimeout(() => (this.sigma.skipNextBareRefresh = false), 0);
    });
  }

  private readonly hoverLayer = new HoverLayer(
    (key) => this.model.incident[this.model.byKey.get(key) ?? -1]?.length ?? 0,
    () => this.labels.avoid,
  );
  /** The Kreis overview drawn instead of the nodes (null: the nodes). */
  private overview: OverviewDisplay | null = null;

  /** Whether the map draws the Kreis overview. */
  get showsOverview(): boolean {
    return this.overview !== null;
  }

  /**
   * The Kreis overview instead of the network (null: back to the network), with the box to frame
   * (null: the graph's own extent). Sigma gets a small graph of its own; the network's graph, its
   * positions and everything exported from it stay untouched.
   */
  showOverview(o: OverviewDisplay | null, frame: { x: [number, number]; y: [number, number] } | null = null): void {
    const was = this.overview;
    this.overview = o;
    this.hovered = null;
    this.hoverLayer.set(null);
    // the box first: setGraph draws at once, and a second frame of the whole network costs
    this.sigma.setCustomBBox(frame);
    if (o) this.sigma.setGraph(overviewGraph(o) as unknown as Graph<NodeAttrs, EdgeAttrs>);
    else if (was) {
      this.emphasis = this.computeEmphasis();
      this.sigma.setGraph(this.graph);
    }
  }

  private readonly backdrop = new BackdropLayer();

  /** The backdrop's dots as drawn now, in viewport pixels (for the image export). */
  get backdropDots(): SceneDot[] {
    return this.backdrop.dots(this.sigma);
  }

  /** The dots behind the nodes (none: null), e.g. after a change of language. */
  setBackdrop(backdrop: Backdrop | null): void {
    this.backdrop.set(backdrop);
    this.sigma.scheduleRender();
  }

  /**
   * Another arrangement: new positions for the nodes, the dots behind them (none: null) and the box
   * the map frames (null: the nodes' own extent). The camera is left as it is.
   */
  arrange(
    positions: Readonly<Record<string, readonly [number, number]>>,
    backdrop: Backdrop | null,
    frame: { x: [number, number]; y: [number, number] } | null,
  ): void {
    this.graph.updateEachNodeAttributes(
      (key, a) => {
        const p = positions[key];
        if (p) {
          a.x = p[0];
          a.y = p[1];
        }
        return a;
      },
      { attributes: ['x', 'y'] },
    );
    this.backdrop.set(backdrop);
    this.sigma.setCustomBBox(frame);
    this.sigma.refresh();
  }

  /** Another box to frame for the same positions (the legend or the map changed size). */
  setFrame(frame: { x: [number, number]; y: [number, number] } | null): void {
    this.sigma.setCustomBBox(frame);
    this.sigma.refresh();
  }

  private readonly ghosts = new GhostLayer();

  /** The open gap's ghosts (none: []); drawn over the map, never added to the graph. */
  setGhosts(ghosts: readonly Ghost[]): void {
    if (ghosts.length === 0 && this.ghosts.current.length === 0) return;
    this.ghosts.set(ghosts);
    this.sigma.scheduleRender();
  }

  /** The ghosts as drawn now, in viewport pixels (the image export draws the same). */
  get ghostShapes(): GhostGeometry[] {
    return ghostGeometry(this.sigma, this.ghosts.current);
  }

  private readonly resizeObserver: ResizeObserver | null;
  private readonly labels: LabelLayer;
  /** The labels drawn in the last frame (the export draws the same). */
  get placedLabels(): PlacedLabel[] {
    return this.labels.placed;
  }

  /** Where a panel lies over the map (viewport pixels; none: null): no label reaches under it. */
  setLabelCover(cover: Box | null): void {
    this.cover = cover;
    const avoid = cover ? [cover] : [];
    if (JSON.stringify(avoid) === JSON.stringify(this.labels.avoid)) return;
    this.labels.avoid = avoid;
    this.sigma.scheduleRender();
  }

  // sigma hands the reducers a shallow copy of the attributes: changing it in place saves an object per call
  private reduceNode(key: string, data: NodeAttrs) {
    const d = this.display;
    if (this.overview) {
      data.highlighted = key === this.overview.selected;
      data.forceLabel = true;
      data.zIndex = data.highlighted ? 2 : 1;
      return data;
    }
    if (!d) return data;
    const i = data.i;
    if (!d.nodes[i]) {
      data.hidden = true;
      return data;
    }
    data.color = d.colourOverride?.get(i) ?? d.colours[i] ?? data.color;
    data.size = d.sizes[i] ?? data.size;
    const emph = this.emphasis;
    if (emph && !emph[i] && !this.highlightOnly) {
      data.label = '';
      data.color = DIMMED;
      data.zIndex = 0;
      return data;
    }
    const label = d.labels?.get(key);
    if (label !== undefined) data.label = label;
    const strong =
      i === d.selected ||
      (!this.highlightOnly && i === this.hovered) ||
      d.focus.has(i) ||
      (this.highlightOnly && !!emph?.[i]);
    data.zIndex = strong ? 2 : 1;
    // the whole neighbourhood of the hovered or selected node is named
    data.forceLabel = strong || !!emph?.[i];
    data.highlighted = i === d.selected;
    return data;
  }

  private reduceEdge(data: EdgeAttrs) {
    const d = this.display;
    if (!d || this.overview) return data;
    if (!d.edges[data.i]) {
      data.hidden = true;
      return data;
    }
    const emph = this.emphasis;
    if (emph) {
      const e = this.model.edges[data.i]!;
      if (!emph[e.source] || !emph[e.target]) {
        if (!this.highlightOnly) {
          data.color = '#F0F0F0';
          data.zIndex = 0;
        }
        return data;
      }
      data.zIndex = 1;
      data.size = data.size * 1.5;
    }
    return data;
  }

  /** Nodes emphasised: the hovered node's neighbourhood, else the selection's plus the focus set. */
  private computeEmphasis(): Uint8Array | null {
    const d = this.display;
    if (!d) return null;
    // a large network shows the hover on its own layer (setHovered), not through the reducers
    const centre = (this.highlightOnly ? null : this.hovered) ?? d.selected;
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
    if (this.hovered === null || this.highlightOnly) for (const f of d.focus) emph[f] = 1;
    return emph;
  }

  update(display: MapDisplay): void {
    const before = this.display;
    this.display = display;
    // setSetting re-indexes the whole graph: only when the value really changes
    const labelSize = display.large ? 20 : 13;
    // small nodes are candidates too: the placement keeps only labels that fit
    const threshold = display.large ? 3 : 3;
    if (this.sigma.getSetting('labelSize') !== labelSize) this.sigma.setSetting('labelSize', labelSize);
    if (this.sigma.getSetting('labelRenderedSizeThreshold') !== threshold)
      this.sigma.setSetting('labelRenderedSizeThreshold', threshold);
    const previousEmphasis = this.emphasis;
    this.emphasis = this.computeEmphasis();
    // the overview is drawn from its own graph; the network's changes wait for its return
    if (this.overview) return;
    const onlyVisibility =
      before !== null &&
      before.colours === display.colours &&
      before.sizes === display.sizes &&
      before.selected === display.selected &&
      before.labels === display.labels &&
      before.colourOverride === display.colourOverride &&
      before.large === display.large &&
      sameSet(before.focus, display.focus) &&
      previousEmphasis === null &&
      this.emphasis === null;
    if (onlyVisibility) this.refreshChanged(before.nodes, display.nodes, before.edges, display.edges);
    else this.sigma.refresh();
  }

  /** Re-reduce only the nodes and edges whose visibility changed (a filter change at 10k/50k). */
  private refreshChanged(
    nodesBefore: Uint8Array,
    nodesAfter: Uint8Array,
    edgesBefore: Uint8Array,
    edgesAfter: Uint8Array,
  ): void {
    const nodes = changedIndices(nodesBefore, nodesAfter).map((i) => this.model.nodes[i]!.key);
    const edges = changedIndices(edgesBefore, edgesAfter).map((i) => this.model.edges[i]!.key);
    if (nodes.length || edges.length) this.partialRefresh(nodes, edges);
  }

  private partialRefresh(nodes: string[], edges: string[]): void {
    try {
      this.sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
    } catch {
      // an item sigma has not indexed yet cannot be repainted in place
      this.sigma.refresh();
    }
  }

  /**
   * Hover: in small networks everything outside the neighbourhood is dimmed (a full refresh); in
   * large ones the neighbourhood is drawn on the hover layer alone, and sigma's frame stays as it is.
   */
  private setHovered(i: number | null): void {
    if (this.hovered === i) return;
    this.hovered = i;
    if (this.highlightOnly) {
      this.hoverLayer.set(i === null ? null : this.neighbourhood(i));
      return;
    }
    this.emphasis = this.computeEmphasis();
    this.sigma.refresh();
  }

  /** The shown ties and neighbours of node `c`, for the hover layer. */
  private neighbourhood(c: number): Neighbourhood {
    const d = this.display;
    const neighbours = new Set<string>();
    const ties: Array<{ other: string; color: string }> = [];
    for (const ei of this.model.incident[c]!) {
      if (d && !d.edges[ei]) continue;
      const e = this.model.edges[ei]!;
      const other = this.model.nodes[e.source === c ? e.target : e.source]!.key;
      neighbours.add(other);
      ties.push({ other, color: EDGE_STYLES[e.kind].color });
    }
    return { centre: this.model.nodes[c]!.key, neighbours: [...neighbours], ties };
  }

  private cover: Box | null = null;

  /**
   * The camera that shows `target`'s centre in the middle of the map's free part – right of the panel
   * over the map or above it, whichever is larger – so a focused node and its named neighbours stay clear of it.
   */
  private besideCover(target: CameraPose): CameraPose {
    const c = this.cover;
    const { width: W, height: H } = this.sigma.getDimensions();
    if (!c || W <= 0 || H <= 0) return target;
    const right = (W - c.x1) * H;
    const above = W * c.y0;
    if (right <= 0 && above <= 0) return target;
    const free = right >= above ? { x: (c.x1 + W) / 2, y: H / 2 } : { x: W / 2, y: c.y0 / 2 };
    const q = this.sigma.viewportToFramedGraph(
      { x: W - free.x, y: H - free.y },
      { cameraState: { ...target, angle: 0 } },
    );
    return { x: q.x, y: q.y, ratio: target.ratio };
  }

  /** Animate the camera to a node (or a set of nodes), in the part of the map the legend leaves free. */
  focusNodes(keys: readonly string[]): void {
    this.cameraTarget = null;
    const pts = keys.map((k) => this.sigma.getNodeDisplayData(k)).filter((p): p is NonNullable<typeof p> => !!p);
    if (!pts.length) return;
    const camera = this.sigma.getCamera();
    if (pts.length === 1) {
      const target = { x: pts[0]!.x, y: pts[0]!.y, ratio: Math.min(camera.ratio, 0.5) };
      void camera.animate(this.besideCover(target), { duration: 400 });
      return;
    }
    // a loop, not Math.min(...xs): tens of thousands of arguments overflow the stack
    let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const p of pts) {
      x0 = Math.min(x0, p.x);
      x1 = Math.max(x1, p.x);
      y0 = Math.min(y0, p.y);
      y1 = Math.max(y1, p.y);
    }
    const ratio = Math.min(1, Math.max(0.1, Math.max(x1 - x0, y1 - y0) * 1.6));
    void camera.animate(this.besideCover({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }), { duration: 400 });
  }

  setCamera(c: { x: number; y: number; ratio: number } | null): void {
    this.cameraTarget = null;
    const camera = this.sigma.getCamera();
    camera.setState(c ? { ...c, angle: 0 } : { x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }

  /** Where the camera is, or is going to after a key step still running (so repeated keys add up). */
  camera(): CameraPose {
    if (this.cameraTarget) return this.cameraTarget;
    const { x, y, ratio } = this.sigma.getCamera().getState();
    return { x, y, ratio };
  }

  /** A short animation to `pose` (a key step: long enough to follow, short enough to repeat). */
  moveCamera(pose: CameraPose): void {
    const target = { ...pose };
    this.cameraTarget = target;
    void this.sigma
      .getCamera()
      .animate(pose, { duration: 120 })
      .then(() => {
        if (this.cameraTarget === target) this.cameraTarget = null;
      });
  }

  resetCamera(): void {
    this.cameraTarget = null;
    void this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  /** Positions changed (layout worker): sigma re-reads x/y from the graph. */
  positionsChanged(): void {
    this.sigma.refresh();
  }

  /** The end of the key step being animated (camera()). */
  private cameraTarget: CameraPose | null = null;

  private readonly onCameraUpdated = (state: CameraState) => this.callbacks.onCamera(state);

  /** After kill nothing of this map reacts any more: a camera animation still running reports to no one. */
  kill(): void {
    this.resizeObserver?.disconnect();
    this.sigma.getCamera().removeListener('updated', this.onCameraUpdated);
    this.sigma.kill();
  }
}
