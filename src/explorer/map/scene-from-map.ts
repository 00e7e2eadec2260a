/**
 * The export scene of what the map shows now: sigma's display data after the reducers (so hidden,
 * dimmed and pseudonymised nodes are exported as drawn), in viewport pixels, plus the legend.
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import type { Scene, SceneDot, SceneEdge, SceneNode } from '../export/scene.ts';
import type { Legend } from '../state/appearance.ts';
import type { PlacedLabel } from './label-placement.ts';
import { GHOST_COLOUR, type GhostGeometry } from './ghost-layer.ts';
import { DOT_COLOUR } from './backdrop-layer.ts';

/** `labels`: what the map drew in its last frame (MapView.placedLabels), so the export names the same nodes on the same side. */
export function sceneFromMap<N extends Attributes, E extends Attributes>(
  sigma: Sigma<N, E>,
  labels: readonly PlacedLabel[],
  legend: Legend,
  title: string,
  subtitle: string,
  ghosts: readonly GhostGeometry[] = [],
  backdrop: readonly SceneDot[] = [],
): Scene {
  const { width, height } = sigma.getDimensions();
  const graph = sigma.getGraph();
  const nodes: SceneNode[] = [];
  const shown = new Map<string, { x: number; y: number; r: number }>();
  const labelled = new Map(labels.map((l) => [l.key, l]));
  graph.forEachNode((key) => {
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport({ x: d.x, y: d.y });
    const r = sigma.scaleSize(d.size);
    shown.set(key, { x: p.x, y: p.y, r });
    const placed = labelled.get(key);
    nodes.push({
      key,
      x: p.x,
      y: p.y,
      size: r,
      color: d.color,
      label: placed ? placed.label : null,
      ...(placed ? { labelSide: placed.side } : {}),
    });
  });
  // drawn order: dimmed nodes under emphasised ones, as sigma's zIndex does
  nodes.sort((a, b) => (sigma.getNodeDisplayData(a.key)?.zIndex ?? 0) - (sigma.getNodeDisplayData(b.key)?.zIndex ?? 0));
  const edges: SceneEdge[] = [];
  graph.forEachEdge((key, _a, source, target) => {
    const d = sigma.getEdgeDisplayData(key);
    const s = shown.get(source);
    const tt = shown.get(target);
    if (!d || d.hidden || !s || !tt) return;
    const dx = tt.x - s.x;
    const dy = tt.y - s.y;
    const len = Math.hypot(dx, dy) || 1;
    const arrow = d.type === 'arrow';
    // an arrow ends at the target's rim, not its centre, so the node does not cover the tip
    const x2 = arrow ? tt.x - (dx / len) * tt.r : tt.x;
    const y2 = arrow ? tt.y - (dy / len) * tt.r : tt.y;
    edges.push({ x1: s.x, y1: s.y, x2, y2, color: d.color, size: Math.max(0.5, sigma.scaleSize(d.size)), arrow });
  });
  return {
    width,
    height,
    background: '#ffffff',
    title,
    subtitle,
    nodes,
    edges,
    ...(ghosts.length ? { ghosts: ghosts.map((g) => ({ ...g, color: GHOST_COLOUR })) } : {}),
    ...(backdrop.length ? { backdrop: [...backdrop] } : {}),
    legend: [
      ...(legend.notes
        ? [
            {
              title: legend.notes.title,
              items: legend.notes.lines.map((l) => ({ label: l.text, color: DOT_COLOUR, shape: 'circle' as const })),
            },
          ]
        : []),
      {
        title: legend.title,
        items: legend.nodes.map((e) => ({ label: `${e.label} (${e.count})`, color: e.color, shape: e.shape })),
      },
      {
        title: legend.edgesTitle,
        items: legend.edges.map((e) => ({ label: `${e.label} (${e.count})`, color: e.color, shape: e.shape })),
      },
    ],
  };
}
