/** A small hand-made graph for the curation tests: two projects, two spellings of one carrier, a Jobcenter, a Jugendamt, a town. */
import type { EdgeAttributes, GraphJSON, NodeAttributes, SourceRef } from '../../src/model/schema.ts';
import type { CurationEntry, CurationLog, DistributiveOmit } from '../../src/curation/schema.ts';

export const src = (start: number, end = start + 5, doc = 'a.txt'): SourceRef => ({ doc, start, end });

type Node = GraphJSON['nodes'][number];
type Edge = GraphJSON['edges'][number];

export function node(
  key: string,
  label: string,
  kind: NodeAttributes['kind'],
  extra: Partial<NodeAttributes> = {},
  sources = [src(0)],
): Node {
  return { key, attributes: { label, kind, sources, ...extra } };
}

export function edge(
  kind: EdgeAttributes['kind'],
  source: string,
  target: string,
  extra: Partial<EdgeAttributes> & { undirected?: boolean } = {},
  sources = [src(0)],
): Edge {
  const { undirected, ...attrs } = extra;
  return {
    key: `${kind}:${source}->${target}`,
    source,
    target,
    attributes: { kind, sources, cue: 'Kooperation', ...attrs },
    ...(undirected ? { undirected: true } : {}),
  };
}

export const OPTIONS = { type: 'mixed', multi: true, allowSelfLoops: false } as const;

export function smallGraph(): GraphJSON {
  return {
    attributes: { name: 'Test', documents: ['a.txt'] },
    options: { ...OPTIONS },
    nodes: [
      node(
        'org:caritas',
        'Caritasverband Hagen',
        'carrier',
        { aliases: ['Caritas Hagen e.V.'], domains: ['SGB VIII'], municipality: 'Hagen' },
        [src(10)],
      ),
      node('org:caritas-2', 'Caritas Hagen', 'carrier', { domains: ['SGB VIII'], email: ['info@caritas-hagen.de'] }, [
        src(30),
        src(10),
      ]),
      node('org:jobcenter-hagen', 'Jobcenter Hagen', 'job_center', { domains: ['SGB II'], municipality: 'Hagen' }, [
        src(50),
      ]),
      node('org:jugendamt-hagen', 'Jugendamt Hagen', 'youth_office', { domains: ['SGB VIII'], municipality: 'Hagen' }, [
        src(60),
      ]),
      node('place:hagen', 'Hagen', 'municipality', { ags: '05914000' }, [src(70)]),
      node('project:p', 'Projekt P', 'project', { sgb2TargetGroup: true, municipality: 'Hagen' }, [src(0)]),
      node('project:q', 'Projekt Q', 'project', {}, [src(90)]),
    ],
    edges: [
      edge('carried_by', 'project:p', 'org:caritas', { cue: 'Projektträger' }, [src(10)]),
      edge('carried_by', 'project:p', 'org:caritas-2', { cue: 'Träger' }, [src(30)]),
      edge('cooperates_with', 'org:caritas', 'org:caritas-2', { undirected: true }, [src(80)]),
      edge('located_in', 'project:p', 'place:hagen', { cue: 'Standort' }, [src(70)]),
      edge('partner', 'project:p', 'org:caritas-2', { cue: 'Beteiligte' }, [src(35)]),
      edge('partner', 'project:p', 'org:jobcenter-hagen', { cue: 'Beteiligte' }, [src(50)]),
      edge('partner', 'project:q', 'org:caritas-2', { cue: 'Partner' }, [src(95)]),
    ],
  };
}

let counter = 0;
/** A log of the given operations with counter ids. */
export type NewEntry = DistributiveOmit<CurationEntry, 'id'> & { id?: string };
export function logOf(...ops: NewEntry[]): CurationLog {
  counter = 0;
  return {
    format: 'netzatlas-curation',
    version: 1,
    entries: ops.map((o) => ({ ...o, id: o.id ?? String(++counter) })),
  };
}

/** Freeze a value deeply, so a function that changes its input throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export const edgeKeys = (g: GraphJSON) => g.edges.map((e) => e.key);
