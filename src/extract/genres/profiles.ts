/** The genres Netzatlas tells apart, each with the way it is read. */
import { STANDARD_PASSES } from './passes.ts';
import type { GenreId, GenreProfile } from './types.ts';

const PROSE: Partial<GenreProfile> = { synthesiseProject: false, proseProjects: true };

const profile = (id: GenreId, label: string, extra: Partial<GenreProfile> = {}): GenreProfile => ({
  id,
  label,
  entries: true,
  synthesiseProject: true,
  proseProjects: false,
  passes: STANDARD_PASSES,
  ...extra,
});

export const GENRE_PROFILES: Readonly<Record<GenreId, GenreProfile>> = {
  'project-sheet': profile('project-sheet', 'Projektsteckbrief'),
  'table-sheet': profile('table-sheet', 'Steckbrief als Tabelle'),
  'programme-overview': profile('programme-overview', 'Programmübersicht'),
  'portal-profile': profile('portal-profile', 'Profil in einem Programmportal', PROSE),
  'press-release': profile('press-release', 'Pressemitteilung', PROSE),
  'news-article': profile('news-article', 'Zeitungsartikel', PROSE),
  minutes: profile('minutes', 'Niederschrift oder Vorlage', PROSE),
  'carrier-page': profile('carrier-page', 'Seite eines Trägers', PROSE),
  'magazine-article': profile('magazine-article', 'Fachartikel oder Initiativenseite', PROSE),
};
