/**
 * What the cue families read: the page's lookups (built once per page) and the sentence at hand with
 * its subject – the project it names, else the project it refers back to, else its block's project.
 */
import type { Mention, RelationKind, Span } from '../../../model/index.ts';
import { PROJECT_ANAPHOR } from '../../rules/project-names.ts';
import type { Block, ExtractionRun } from '../../run.ts';
import type { Sentence } from '../../sentences.ts';
import { spanIndex } from '../../span-index.ts';
import { projectOfHeadNoun } from './head-noun.ts';

type Strength = 'named' | 'referred' | 'context';

export interface PageCues {
  readonly run: ExtractionRun;
  readonly text: string;
  readonly orgsIn: (s: Span) => ExtractionRun['orgs'];
  readonly programsIn: (s: Span) => ExtractionRun['programs'];
  readonly districtsIn: (s: Span) => ExtractionRun['districts'];
  readonly placesIn: (s: Span) => ExtractionRun['places'];
  readonly meansIn: (s: Span) => Mention[];
  readonly projectsIn: (s: Span) => Mention[];
  /** a project's mention by name: the repeats of a name stand for the project's first mention */
  readonly canonical: ReadonlyMap<string, Mention>;
  /** funders that pay every project of the page's programme (filled by the funding cues) */
  readonly programmeFunders: Mention[];
  /** funders that pay the table rows' projects with no funder of their own (filled by the funding cues) */
  readonly defaultFunders: Mention[];
  /** the page presents its projects as the title cells of a table */
  readonly tableProjects: boolean;
  readonly titleLines: ReadonlySet<number>;
  /** the project an anaphor's noun stands for, by noun (memo of projectOfHeadNoun) */
  readonly headNouns: Map<string, Mention | undefined>;
  /** where the first of the projects named in running text starts */
  readonly firstProjectAt: number;
  /** lines of "Gefördert durch:" and "Träger:" fields: they say who pays themselves */
  readonly fundingFieldLines: ReadonlySet<number>;
  /** the Jugendamt of each overview entry, by the start of its heading */
  readonly entryOffices: ReadonlyMap<number, Mention>;
}

export function pageCues(run: ExtractionRun): PageCues {
  const { ctx, store } = run;
  const titleCells = ctx.fields.filter((f) => f.layout === 'column' && f.key === 'title').flatMap((f) => f.values);
  return {
    run,
    text: ctx.text,
    orgsIn: spanIndex(run.orgs, (x) => x.m),
    programsIn: spanIndex(run.programs, (x) => x.m),
    districtsIn: spanIndex(run.districts, (x) => x.m),
    placesIn: spanIndex(run.places, (x) => x.m),
    meansIn: spanIndex(run.municipalMeans, (m) => m),
    projectsIn: spanIndex(
      store.mentions.filter((m) => m.kind === 'project'),
      (m) => m,
    ),
    canonical: new Map<string, Mention>(run.projects.map((p) => [p.m.name, p.m])),
    programmeFunders: [],
    defaultFunders: [],
    tableProjects: titleCells.length > 0,
    titleLines: new Set(titleCells.map((v) => v.line)),
    headNouns: new Map<string, Mention | undefined>(),
    firstProjectAt: Math.min(...run.proseProjects.map((p) => p.start), Number.MAX_SAFE_INTEGER),
    fundingFieldLines: new Set(
      ctx.fields.filter((f) => f.key === 'funder' || f.key === 'carrier').flatMap((f) => f.values.map((v) => v.line)),
    ),
    entryOffices: new Map(
      store.mentions.filter((m) => m.rule === 'youth_office.overview-entry').map((m) => [m.start, m]),
    ),
  };
}

export interface SentenceCues {
  readonly s: Sentence;
  /** the sentence in the cue text: dots of abbreviations ("e.V.", "z. B.", "Dr.") masked, so that "[^.]" in a cue does not stop inside a name */
  readonly st: string;
  readonly orgsHere: Mention[];
  /** the organisations that act: no funder, not the page's hub */
  readonly actors: Mention[];
  /** "der Kreis Borken", "die Stadt Hamm" acting in a sentence count as actors of a cooperation */
  readonly acting: Mention[];
  readonly progsHere: Mention[];
  /** the sentence is a field's value */
  readonly inField: boolean;
  readonly block: Block | undefined;
  readonly subject: Mention | undefined;
  readonly strength: Strength | undefined;
  /** the sentence names its project or refers back to it */
  readonly aboutProject: boolean;
  /** the subject is the organisation the page is by */
  readonly owner: boolean;
  /** cues that need a named subject apply (also the one project of a prose page) */
  readonly strong: boolean;
  /** the sentence speaks as "wir"/"uns" (a carrier's own page) */
  readonly we: boolean;
}

const ACTING_PLACE = /(?:^|\s)(?:der|die|den|dem)\s+(?:Kreis|Stadt|Gemeinde|Städteregion|StädteRegion)\s/u;

const WE = /(?<![\p{L}])(?:[Ww]ir|uns|[Uu]nser(?:e|em|en|er)?)(?![\p{L}])/u;

export function sentenceCues(p: PageCues, s: Sentence): SentenceCues {
  const { run, text } = p;
  const st = run.ctx.cueText.slice(s.start, s.end);
  const orgsHere = p.orgsIn(s).map((x) => x.m);
  const actors = orgsHere.filter((o) => o.kind !== 'funder' && o !== run.hub && o.name !== run.hub?.name);
  const acting = p
    .placesIn(s)
    .map((x) => x.m)
    .filter((pl) => ACTING_PLACE.test(text.slice(Math.max(s.start, pl.start - 5), pl.end)));
  const progsHere = p.programsIn(s).map((x) => x.m);
  const [subject, stated] = subjectOf(p, s, st, orgsHere);
  // the organisation a page is by is no project: it gets cooperations, never the funding, programme or places of a sentence
  const strength = run.hubIsOwner && subject === run.hub ? 'context' : stated;
  const aboutProject = strength === 'named' || strength === 'referred';
  return {
    s,
    st,
    orgsHere,
    actors,
    acting,
    progsHere,
    inField: run.ctx.fieldValueLines.has(s.line),
    block: run.blockOfLine[s.line],
    subject,
    strength,
    aboutProject,
    owner: run.hubIsOwner === true && subject === run.hub,
    strong: aboutProject || (strength === 'context' && run.projects.length === 1 && run.genre.proseProjects),
    we: WE.test(st),
  };
}

function subjectOf(
  p: PageCues,
  s: Sentence,
  st: string,
  orgsHere: readonly Mention[],
): [Mention | undefined, Strength | undefined] {
  const { run } = p;
  // a project the sentence names, else the page's cooperation body (passes/hub.ts)
  const named = [
    ...p.projectsIn(s).map((m) => p.canonical.get(m.name) ?? m),
    ...(run.hub ? orgsHere.filter((o) => o.name === run.hub!.name).map(() => run.hub!) : []),
  ];
  if (named[0]) return [named[0], 'named'];
  const ofLine = run.projectOfLine[s.line];
  if (ofLine && PROJECT_ANAPHOR.test(st)) return [projectOfHeadNoun(run, st, p.headNouns) ?? ofLine, 'referred'];
  if (ofLine) return [ofLine, 'context'];
  return [undefined, undefined];
}

/** A relation a cue states in sentence x: an organisation as subject (the page's owner) cooperates, a project or cooperation body has partners. */
export function relate(
  p: PageCues,
  x: SentenceCues,
  kind: RelationKind,
  from: Mention,
  to: Mention,
  cue: string,
  rule: string,
): void {
  const { run } = p;
  run.store.relate(
    kind === 'partner' && run.hubIsOwner && from === run.hub ? 'cooperates_with' : kind,
    from,
    to,
    x.s,
    cue,
    rule,
  );
}

/** The anaphor ("das Projekt") of a sentence as a span, where the sentence has one. */
export function anaphorSpans(text: string, s: Sentence): Span[] {
  const m = PROJECT_ANAPHOR.exec(text.slice(s.start, s.end));
  return m ? [{ start: s.start + m.index, end: s.start + m.index + m[0].length }] : [];
}
