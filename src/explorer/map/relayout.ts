/**
 * "Layout neu berechnen": ForceAtlas2 in a Web Worker (graphology's supervisor, which needs
 * `worker-src blob:`), with the settings of the precomputed layout; it stops by itself after a few
 * seconds so a presenter is never left with a map that keeps moving.
 */
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type Graph from 'graphology';
import { layoutSettings } from '../../layout/index.ts';

export interface Relayout {
  isRunning(): boolean;
  stop(): void;
  kill(): void;
}

export function startRelayout(graph: Graph, onStop: () => void, seconds = 4): Relayout {
  const layout = new FA2Layout(graph, { settings: layoutSettings(graph.order), getEdgeWeight: null });
  layout.start();
  const timer = setTimeout(() => {
    layout.stop();
    onStop();
  }, seconds * 1000);
  return {
    isRunning: () => layout.isRunning(),
    stop: () => {
      clearTimeout(timer);
      layout.stop();
      onStop();
    },
    kill: () => {
      clearTimeout(timer);
      layout.kill();
    },
  };
}
