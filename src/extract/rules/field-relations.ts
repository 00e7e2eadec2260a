/**
 * Field semantics of project sheets: which relation a labelled field's value gives between the
 * block's project and the actors named in it. Applied by passes/field-relations.ts.
 */
import type { RelationKind } from '../../model/index.ts';
import type { FieldKey } from '../field-labels.ts';

export interface FieldRelationRule {
  id: string;
  field: FieldKey;
  relation: RelationKind;
  /** the relation to a funder named in the field (undefined: funders are skipped) */
  funderRelation?: RelationKind;
  /** a value that names no known actor becomes an organisation of its own */
  fallbackOrganisation: boolean;
  /** only places and districts named in the value count (a location field) */
  placesOnly?: boolean;
}

export const FIELD_RELATION_RULES: readonly FieldRelationRule[] = [
  {
    id: 'field.carrier',
    field: 'carrier',
    relation: 'carried_by',
    funderRelation: 'funded_by',
    fallbackOrganisation: true,
  },
  { id: 'field.partners', field: 'partners', relation: 'partner', fallbackOrganisation: true },
  {
    id: 'field.funder',
    field: 'funder',
    relation: 'funded_by',
    funderRelation: 'funded_by',
    fallbackOrganisation: false,
  },
  { id: 'field.location', field: 'location', relation: 'located_in', fallbackOrganisation: false, placesOnly: true },
];
