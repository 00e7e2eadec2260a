import { describe, expect, it } from 'vitest';
import { describeEntry, labelsOf } from '../../src/curation/describe.ts';
import { smallGraph, type NewEntry } from './fixture.ts';

const labelOf = labelsOf(smallGraph());
const d = (e: NewEntry) => describeEntry({ ...e, id: '1' }, labelOf);

describe('describeEntry', () => {
  it('describes every operation in one German line with the nodes’ labels', () => {
    expect(d({ op: 'merge', keep: 'org:caritas', remove: 'org:caritas-2' })).toBe(
      'Zusammengeführt: Caritasverband Hagen ← Caritas Hagen',
    );
    expect(d({ op: 'rename', node: 'project:q', label: 'Projekt Quartier' })).toBe(
      'Umbenannt: Projekt Q → Projekt Quartier',
    );
    expect(d({ op: 'setKind', node: 'org:caritas', kind: 'organisation' })).toBe(
      'Art geändert: Caritasverband Hagen → Organisation',
    );
    expect(d({ op: 'addEdge', source: 'project:p', target: 'org:jugendamt-hagen', kind: 'partner' })).toBe(
      'Beziehung ergänzt: Projekt P – Partner → Jugendamt Hagen',
    );
    expect(d({ op: 'removeEdge', source: 'project:p', target: 'place:hagen', kind: 'located_in' })).toBe(
      'Beziehung entfernt: Projekt P – liegt in → Hagen',
    );
    expect(d({ op: 'markWrong', target: { node: 'org:jobcenter-hagen' } })).toBe(
      'Als falsch markiert: Jobcenter Hagen',
    );
    expect(
      d({ op: 'markWrong', target: { edge: { source: 'project:p', target: 'org:caritas', kind: 'carried_by' } } }),
    ).toBe('Als falsch markiert: Projekt P – getragen von → Caritasverband Hagen');
  });

  it('describes setting and removing attributes', () => {
    expect(d({ op: 'setAttribute', node: 'project:q', name: 'municipality', value: 'Hagen' })).toBe(
      'Kommune gesetzt: Projekt Q → Hagen',
    );
    expect(d({ op: 'setAttribute', node: 'project:q', name: 'municipality', value: null })).toBe(
      'Kommune entfernt: Projekt Q',
    );
    expect(d({ op: 'setAttribute', node: 'project:q', name: 'domains', value: ['SGB II', 'SGB VIII'] })).toBe(
      'Rechtskreise gesetzt: Projekt Q → SGB II, SGB VIII',
    );
    expect(d({ op: 'setAttribute', node: 'project:q', name: 'domains', value: [] })).toBe(
      'Rechtskreise gesetzt: Projekt Q → nach Art',
    );
    expect(d({ op: 'setAttribute', node: 'project:q', name: 'period', value: { start: '2021' } })).toBe(
      'Förderzeitraum gesetzt: Projekt Q → 2021–…',
    );
    expect(d({ op: 'setAttribute', node: 'project:q', name: 'period', value: null })).toBe(
      'Förderzeitraum entfernt: Projekt Q',
    );
    expect(d({ op: 'setAttribute', node: 'project:p', name: 'sgb2TargetGroup', value: false })).toBe(
      'Zielgruppe SGB II: Projekt P → nein',
    );
  });

  it('shows the key of a node it has no label for', () => {
    expect(describeEntry({ id: '1', op: 'merge', keep: 'org:a', remove: 'org:b' })).toBe(
      'Zusammengeführt: org:a ← org:b',
    );
  });
});
