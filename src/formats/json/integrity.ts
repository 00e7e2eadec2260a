/**
 * Our own graph.json passes the schema item by item, but a hand-edited file may repeat a key or
 * point a tie at a node that is not there. graphology would refuse the whole file (or the merge
 * would keep one of two nodes silently); here the first of each key is kept and every dropped item
 * becomes a warning naming its place in the file.
 */
import type { GraphJSON } from '../../model/index.ts';
import { shownKey } from '../../util/index.ts';
import { jsonKeyLocator } from './locator.ts';

export interface DroppedItem {
  offset: number;
  message: string;
}

export function dropBrokenItems(
  graph: GraphJSON,
  text: string,
  file: string,
): { graph: GraphJSON; dropped: DroppedItem[] } {
  const locate = jsonKeyLocator(text, file);
  const dropped: DroppedItem[] = [];
  const nodeKeys = new Set<string>();
  const nodes = graph.nodes.filter((n) => {
    const where = locate(n.key);
    if (!nodeKeys.has(n.key)) return nodeKeys.add(n.key);
    dropped.push({
      offset: where.start,
      message: `Knoten „${shownKey(n.key)}“ kommt doppelt vor: der zweite wird übersprungen.`,
    });
    return false;
  });
  const edgeKeys = new Set<string>();
  const edges = graph.edges.filter((e) => {
    const where = e.key !== undefined ? locate(e.key) : locate(e.source, 'source');
    const missing = [e.source, e.target].find((k) => !nodeKeys.has(k));
    if (missing !== undefined) {
      dropped.push({
        offset: where.start,
        message: `Kante ${shownKey(e.source)} → ${shownKey(e.target)}: Knoten „${shownKey(missing)}“ fehlt – Kante übersprungen.`,
      });
      return false;
    }
    if (e.key === undefined) return true;
    if (!edgeKeys.has(e.key)) return edgeKeys.add(e.key);
    dropped.push({
      offset: where.start,
      message: `Kante „${shownKey(e.key)}“ kommt doppelt vor: die zweite wird übersprungen.`,
    });
    return false;
  });
  if (dropped.length === 0) return { graph, dropped };
  return { graph: { ...graph, nodes, edges }, dropped };
}
