/** A small made-up town network with one example of every gap kind. */
import type { EdgeSpec, NodeSpec } from './graphs.ts';

export const TOWN_NODES: NodeSpec[] = [
  { key: 'org:ja', kind: 'youth_office', label: 'Jugendamt Musterstadt', municipality: 'Musterstadt' },
  { key: 'org:jc', kind: 'job_center', label: 'Jobcenter Musterstadt', municipality: 'Musterstadt' },
  { key: 'org:c', kind: 'carrier', label: 'Familienhilfe Musterstadt e.V.', municipality: 'Musterstadt' },
  { key: 'org:s', kind: 'school', label: 'Grundschule Am Bach', municipality: 'Musterstadt' },
  { key: 'project:p1', kind: 'project', label: 'Frühstart', sgb2TargetGroup: true },
  { key: 'project:p2', kind: 'project', label: 'Arbeit und Familie' },
  { key: 'project:p3', kind: 'project', label: 'Lernwerkstatt' },
  { key: 'project:p4', kind: 'project', label: 'Dorfladen' },
  { key: 'place:nachbarort', kind: 'municipality', label: 'Nachbarort' },
  { key: 'place:musterstadt', kind: 'municipality', label: 'Musterstadt' },
  { key: 'person:x', kind: 'person', label: 'Erika Beispiel' },
];

export const TOWN_EDGES: EdgeSpec[] = [
  { source: 'project:p1', target: 'org:ja', kind: 'partner' },
  { source: 'project:p1', target: 'org:c', kind: 'carried_by' },
  { source: 'project:p1', target: 'org:s', kind: 'partner' },
  { source: 'project:p2', target: 'org:jc', kind: 'partner' },
  { source: 'project:p2', target: 'org:c', kind: 'carried_by' },
  { source: 'project:p3', target: 'org:c', kind: 'carried_by' },
  { source: 'project:p4', target: 'place:nachbarort', kind: 'located_in' },
  { source: 'project:p1', target: 'place:musterstadt', kind: 'located_in' },
  { source: 'person:x', target: 'project:p3', kind: 'contact_for' },
  { source: 'person:x', target: 'org:s', kind: 'works_for' },
];
