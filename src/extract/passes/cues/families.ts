/**
 * The cue families, in the order they run on each sentence: the order matters (a carrier found first
 * is no partner, a relation stated once is not stated again).
 */
import { carrierCues } from './carriers.ts';
import type { PageCues, SentenceCues } from './context.ts';
import { cooperationCues, splitVerbCues } from './cooperation.ts';
import { fundingCues } from './funding.ts';
import { partnerCues, partnersOfWe } from './partners.ts';
import { districtCues, placeListCues } from './places.ts';
import { programmeMembershipCues } from './programme-membership.ts';

export interface CueFamily {
  readonly id: string;
  readonly run: (p: PageCues, x: SentenceCues) => void;
}

export const CUE_FAMILIES: readonly CueFamily[] = [
  { id: 'funding', run: fundingCues },
  { id: 'programme-membership', run: programmeMembershipCues },
  { id: 'carriers', run: carrierCues },
  { id: 'partners', run: partnerCues },
  { id: 'partners-of-we', run: partnersOfWe },
  { id: 'cooperation', run: cooperationCues },
  { id: 'split-cooperation-verb', run: splitVerbCues },
  { id: 'district', run: districtCues },
  { id: 'place-list', run: placeListCues },
];
