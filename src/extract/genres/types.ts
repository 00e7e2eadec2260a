/** A genre adapter: how a kind of page is read (which passes, which layout rules apply). */
import type { ExtractionRun } from '../run.ts';

export type GenreId =
  | 'project-sheet'
  | 'table-sheet'
  | 'programme-overview'
  | 'portal-profile'
  | 'press-release'
  | 'news-article'
  | 'minutes'
  | 'carrier-page'
  | 'magazine-article';

export type Pass = (run: ExtractionRun) => void;

export interface GenreProfile {
  id: GenreId;
  /** German name, for --explain and reports */
  label: string;
  /** "Stadt X"/"Kreis Y" entry lines split the page into one block per entry */
  entries: boolean;
  /** a page with project fields but no title gets a project named after programme and town */
  synthesiseProject: boolean;
  /** projects are named in running text ("das Projekt „X“"), possibly several per page */
  proseProjects: boolean;
  passes: readonly Pass[];
}

export interface GenreGuess {
  profile: GenreProfile;
  /** score per genre, highest first, and the features that decided */
  scores: Array<{ id: GenreId; score: number }>;
  reason: string;
  /** the ids of every feature that fired, of whatever genre (a pass may ask for one: "own-report") */
  features: ReadonlySet<string>;
}
