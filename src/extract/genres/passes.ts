/** The pass lists the genres share: recognise, structure, relate. */
import { addActorMentions } from '../passes/actor-mentions.ts';
import { findBlocks } from '../passes/blocks.ts';
import { addCueRelations } from '../passes/cue-relations.ts';
import { addFieldRelations } from '../passes/field-relations.ts';
import { linkPersons } from '../passes/person-links.ts';
import { addProjectTies } from '../passes/project-ties.ts';
import { findProjects } from '../passes/projects.ts';
import { recogniseContacts } from '../passes/recognise-contacts.ts';
import { recogniseDistricts } from '../passes/recognise-districts.ts';
import { claimPrograms, recogniseOrganisations } from '../passes/recognise-organisations.ts';
import { recognisePersons } from '../passes/recognise-persons.ts';
import { recognisePlaces } from '../passes/recognise-places.ts';
import type { Pass } from './types.ts';

/** Recognisers in the order in which they claim spans of a line. */
export const RECOGNISE: readonly Pass[] = [recogniseContacts, recogniseOrganisations, recognisePersons, claimPrograms, recogniseDistricts, recognisePlaces];

export const STANDARD_PASSES: readonly Pass[] = [...RECOGNISE, findBlocks, addActorMentions, findProjects, addProjectTies, addFieldRelations, addCueRelations, linkPersons];
