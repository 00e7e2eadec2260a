/**
 * Display colours of node kinds and relation kinds, shared by the explorer's map and the files
 * exported for Gephi, so an exported GEXF opens in the colours of the map. Paul Tol's "muted" scheme
 * (distinct under colour-vision deficiencies); places share one grey.
 */
import type { NodeKind, RelationKind } from './kinds.ts';

export const KIND_COLOURS: Record<NodeKind, string> = {
  project: '#332288',
  program: '#88CCEE',
  funder: '#DDCC77',
  carrier: '#117733',
  youth_office: '#44AA99',
  job_center: '#CC6677',
  school: '#999933',
  daycare: '#AA4499',
  organisation: '#882255',
  municipality: '#BBBBBB',
  district: '#BBBBBB',
  person: '#EE8866',
};

export interface EdgeStyle {
  color: string;
  size: number;
  /** Directed relations are drawn with an arrow head. */
  arrow: boolean;
}

export const EDGE_STYLES: Record<RelationKind, EdgeStyle> = {
  part_of: { color: '#7FB8D6', size: 1, arrow: true },
  funded_by: { color: '#C9B458', size: 1.2, arrow: true },
  carried_by: { color: '#5E9C6E', size: 1.5, arrow: true },
  partner: { color: '#6AA99E', size: 1.2, arrow: false },
  located_in: { color: '#CFCFCF', size: 0.8, arrow: true },
  works_for: { color: '#E8A383', size: 0.8, arrow: true },
  contact_for: { color: '#E8A383', size: 0.8, arrow: true },
  cooperates_with: { color: '#B8495E', size: 2.5, arrow: false },
};
