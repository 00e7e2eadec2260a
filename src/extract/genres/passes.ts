/** The pass lists the genres share: recognise, structure, relate. */
import { expandActorLists } from '../passes/actor-lists.ts';
import { addActorMentions } from '../passes/actor-mentions.ts';
import { findBlocks } from '../passes/blocks.ts';
import { addCrossCircuitStatements } from '../passes/cross-circuit.ts';
import { addDaycareCarriers } from '../passes/daycare-carriers.ts';
import { addCueRelations } from '../passes/cue-relations.ts';
import { addFieldRelations } from '../passes/field-relations.ts';
import { linkPersons } from '../passes/person-links.ts';
import { addHeadingCarriers } from '../passes/heading-carriers.ts';
import { findHub } from '../passes/hub.ts';
import { addEntryCarriers, addEntrySubjectCarriers } from '../passes/entry-carriers.ts';
import { addPageOwnerTies } from '../passes/page-owner.ts';
import { addPartnerLists } from '../passes/partner-lists.ts';
import { addSectionPartners } from '../passes/section-partners.ts';
import { addPlaceTies } from '../passes/place-ties.ts';
import { mergeOfficeUnits } from '../passes/merge-office-units.ts';
import { mergeOrgNamePlaces } from '../passes/org-name-places.ts';
import { addProjectTies } from '../passes/project-ties.ts';
import { prunePageProgrammes, prunePageTowns } from '../passes/prune-page-ties.ts';
import { findProjects } from '../passes/projects.ts';
import { findProseProjects } from '../passes/prose-projects.ts';
import { recogniseContacts } from '../passes/recognise-contacts.ts';
import { recogniseDistricts } from '../passes/recognise-districts.ts';
import { recogniseNameRepeats } from '../passes/recognise-name-repeats.ts';
import { recogniseMunicipalMeans } from '../passes/recognise-municipal-means.ts';
import { recogniseFieldDistricts } from '../passes/recognise-field-districts.ts';
import { claimPrograms, recogniseOrganisations } from '../passes/recognise-organisations.ts';
import { recognisePersons } from '../passes/recognise-persons.ts';
import { recognisePlaces } from '../passes/recognise-places.ts';
import { recogniseNameDistricts } from '../passes/recognise-name-districts.ts';
import { recogniseListedDistricts } from '../passes/recognise-listed-districts.ts';
import { recogniseToponymDistricts } from '../passes/recognise-toponym-districts.ts';
import { recogniseActorDistricts } from '../passes/recognise-actor-districts.ts';
import { recognisePublicFunders } from '../passes/recognise-public-funders.ts';
import { resolveShortForms } from '../passes/short-forms.ts';
import type { Pass } from './types.ts';

/** Recognisers in the order in which they claim spans of a line. */
export const RECOGNISE: readonly Pass[] = [
  recogniseContacts,
  recogniseOrganisations,
  mergeOfficeUnits,
  recognisePublicFunders,
  recogniseNameRepeats,
  recognisePersons,
  claimPrograms,
  recogniseDistricts,
  recognisePlaces,
  recogniseFieldDistricts,
  recogniseToponymDistricts,
];

export const STANDARD_PASSES: readonly Pass[] = [
  ...RECOGNISE,
  expandActorLists,
  findBlocks,
  resolveShortForms,
  findProseProjects,
  recogniseNameDistricts,
  recogniseActorDistricts,
  recogniseListedDistricts,
  addActorMentions,
  mergeOrgNamePlaces,
  recogniseMunicipalMeans,
  findProjects,
  findHub,
  addProjectTies,
  addPlaceTies,
  addFieldRelations,
  addCueRelations,
  addHeadingCarriers,
  linkPersons,
  addEntryCarriers,
  addEntrySubjectCarriers,
  addPageOwnerTies,
  addDaycareCarriers,
  addPartnerLists,
  addSectionPartners,
  addCrossCircuitStatements,
  prunePageTowns,
  prunePageProgrammes,
];
