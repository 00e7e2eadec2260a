/**
 * Pass: relations a sentence states (rules/cue-relations.ts). Each sentence has a subject: the
 * project it names, else the project it refers back to ("das Projekt", "die Initiative"), else the
 * project of its block or section (weaker: only cues that need no naming apply to it). Funding
 * goes to the named or referred project, else to a programme the sentence names, else to the
 * section's project or the page's programme.
 */
import type { Mention, RelationKind, Span } from '../../model/index.ts';
import { cooperationPairs } from '../relations/cooperation.ts';
import { PROJECT_ANAPHOR } from '../rules/project-names.ts';
import {
  CARRIER_ACTIVE_VERB,
  CARRIER_AFTER_CUE,
  CARRIER_PARTICIPLE,
  FUNDING_CUE,
  FUNDING_PARTICIPLE,
  PARTICIPATION_CUE,
  PARTNER_CUE,
  PLACE_LIST_CUE,
  SPLIT_COOPERATION_CUE,
} from '../rules/cue-relations.ts';
import type { ExtractionRun } from '../run.ts';
import type { Sentence } from '../sentences.ts';
import { spanIndex } from '../span-index.ts';

type Strength = 'named' | 'referred' | 'context';

export function addCueRelations(run: ExtractionRun): void {
  const { ctx, store } = run;
  const { text } = ctx;
  const orgsIn = spanIndex(run.orgs, (x) => x.m);
  const programsIn = spanIndex(run.programs, (x) => x.m);
  const districtsIn = spanIndex(run.districts, (x) => x.m);
  const placesIn = spanIndex(run.places, (x) => x.m);
  const meansIn = spanIndex(run.municipalMeans, (m) => m);
  const projectMentions = store.mentions.filter((m) => m.kind === 'project');
  const projectsIn = spanIndex(projectMentions, (m) => m);
  const canonical = new Map<string, Mention>(run.projects.map((p) => [p.m.name, p.m]));
  const singleProject = run.projects.length === 1;

  const programmeFunders: Mention[] = [];
  const defaultFunders: Mention[] = [];
  const titleCells = ctx.fields.filter((f) => f.layout === 'column' && f.key === 'title').flatMap((f) => f.values);
  const tableProjects = titleCells.length > 0;
  const titleLines = new Set(titleCells.map((v) => v.line));
  const headNouns = new Map<string, Mention | undefined>();
  const firstProjectAt = Math.min(...run.proseProjects.map((p) => p.start), Number.MAX_SAFE_INTEGER);
  const fundingFieldLines = new Set(
    ctx.fields.filter((f) => f.key === 'funder' || f.key === 'carrier').flatMap((f) => f.values.map((v) => v.line)),
  );
  const entryOffices = new Map(
    store.mentions.filter((m) => m.rule === 'youth_office.overview-entry').map((m) => [m.start, m]),
  );
  // sentences in text order, and the next mention's start: a sentence before it names nobody and is skipped
  const starts = [
    ...run.orgs.map((x) => x.m.start),
    ...run.places.map((x) => x.m.start),
    ...run.programs.map((x) => x.m.start),
    ...run.districts.map((x) => x.m.start),
    ...run.municipalMeans.map((m) => m.start),
  ].sort((a, b) => a - b);
  let next = 0;
  let sentence: Sentence = ctx.sentences[0]!;
  // an organisation as subject (the page's owner) cooperates; a project or cooperation body has partners
  const relate = (kind: RelationKind, from: Mention, to: Mention, cue: string, rule: string) =>
    store.relate(
      kind === 'partner' && run.hubIsOwner && from === run.hub ? 'cooperates_with' : kind,
      from,
      to,
      sentence,
      cue,
      rule,
    );
  for (const s of ctx.sentences) {
    while (next < starts.length && starts[next]! < s.start) next++;
    if (next >= starts.length || starts[next]! >= s.end) continue;
    // dots of abbreviations ("e.V.", "z. B.", "Dr.") masked, so that "[^.]" in a cue does not stop inside a name
    const st = ctx.cueText.slice(s.start, s.end);
    const orgsHere = orgsIn(s).map((x) => x.m);
    const actors = orgsHere.filter((o) => o.kind !== 'funder' && o !== run.hub && o.name !== run.hub?.name);
    // "der Kreis Borken", "die Stadt Hamm" acting in a sentence count as actors of a cooperation
    const acting = placesIn(s)
      .map((x) => x.m)
      .filter((p) => ACTING_PLACE.test(text.slice(Math.max(s.start, p.start - 5), p.end)));
    const progsHere = programsIn(s).map((x) => x.m);
    const inField = ctx.fieldValueLines.has(s.line);
    const named = run.hub
      ? orgsHere.filter((o) => o.name === run.hub!.name).map(() => run.hub!)
      : projectsIn(s).map((m) => canonical.get(m.name) ?? m);
    const block = run.blockOfLine[s.line];
    let subject: Mention | undefined;
    let strength: Strength | undefined;
    if (named[0]) [subject, strength] = [named[0], 'named'];
    else if (run.projectOfLine[s.line] && PROJECT_ANAPHOR.test(st))
      [subject, strength] = [projectOfHeadNoun(run, st, headNouns) ?? run.projectOfLine[s.line], 'referred'];
    else if (run.projectOfLine[s.line]) [subject, strength] = [run.projectOfLine[s.line], 'context'];
    // the organisation a page is by is no project: it gets cooperations, never the funding, programme or places of a sentence
    if (run.hubIsOwner && subject === run.hub) strength = 'context';
    const owner = run.hubIsOwner === true && subject === run.hub;
    const strong =
      strength === 'named' ||
      strength === 'referred' ||
      (strength === 'context' && singleProject && run.genre.proseProjects);
    sentence = s;

    // a "Gefördert durch:" or "Träger:" field says who pays itself (passes/field-relations.ts)
    if (FUNDING_CUE.test(st) && !fundingFieldLines.has(s.line)) {
      const funders = [
        ...orgsHere.filter((o) => o.kind === 'funder'),
        ...fundingPlaces(
          text,
          s,
          placesIn(s).map((x) => x.m),
        ),
        ...meansIn(s),
      ];
      for (const a of passiveAgents(text, s, actors, FUNDING_PARTICIPLE)) if (!funders.includes(a)) funders.push(a);
      for (const a of payingActors(text, actors)) if (!funders.includes(a)) funders.push(a);
      // who is funded: the project the sentence names or refers to, a programme it names, the body it
      // speaks of ("Gefördert wird die Servicestelle …"), the section's project, the page's programme
      const body = actors.filter((o) => o.kind !== 'municipality').slice(0, 1);
      // "Nr. 1, 2 und 6 werden aus dem Landesprogramm „X“ des Ministeriums finanziert": the rows belong to the programme, which the funders pay
      const rows = numberedSubjects(st, run.rowProjects);
      if (rows.length && progsHere.length)
        for (const r of rows)
          for (const p of progsHere) relate('part_of', r, p, 'im Programm', 'cue.part-of-programme');
      // "Das Landesprogramm wird vom Ministerium finanziert": the page's programme
      const programmeAnaphor =
        strength !== 'named' && !progsHere.length && PROGRAMME_ANAPHOR.test(st) ? run.primaryPrograms.slice(0, 1) : [];
      // a sentence before the first of several projects speaks of the page's programme, not of the first project
      const beforeProjects = run.projects.length > 1 && firstProjectAt > s.end && run.primaryPrograms.length > 0;
      const from = programmeAnaphor.length
        ? programmeAnaphor
        : rows.length && !progsHere.length
          ? rows
          : strength === 'named' || strength === 'referred'
            ? [subject!]
            : progsHere.length
              ? progsHere
              : body.length && !run.genre.proseProjects
                ? body
                : subject && !owner && !beforeProjects
                  ? [subject]
                  : run.primaryPrograms.slice(0, 1);
      // "aus dem Landesprogramm „X“ des Familienministeriums": the ministry pays the programme, the project takes part in it
      const ofProgramme = funders.filter((f) =>
        progsHere.some((p) => p.end <= f.start && /^[“”"«»]?\s*(?:des|der)\s+$/u.test(text.slice(p.end, f.start))),
      );
      // "… des Ministeriums für … (MKJFGFI)": the abbreviation in brackets is the same funder
      for (const f of funders)
        if (
          !ofProgramme.includes(f) &&
          ofProgramme.some((g) => g.end <= f.start && /^\s*\($/u.test(text.slice(g.end, f.start)))
        )
          ofProgramme.push(f);
      for (const f of ofProgramme)
        for (const p of progsHere)
          if (p.end <= f.start && f.start - p.end < 8)
            relate('funded_by', p, f, 'Programm des', 'cue.funding-programme-genitive');
      for (const f of funders)
        for (const x of from)
          if (!(ofProgramme.includes(f) && x.kind === 'project')) relate('funded_by', x, f, 'Förderung', 'cue.funding');
      // "fördert das Land 38 Projekte im Programm …": the funders are every presented project's funders
      if (from.some((x) => x.kind === 'program') && FUNDED_PROJECTS.test(st))
        for (const f of funders) programmeFunders.push(f);
      // "Das Programm wird vom X finanziert" above a table of its projects: X pays the rows' projects the page gives no funder of their own
      else if (programmeAnaphor.length && tableProjects) for (const f of funders) defaultFunders.push(f);
    }
    // "FamilienWege wird im Rahmen des Programms „X“ …": the named project belongs to the programme
    if (subject && !owner && (strength === 'named' || strength === 'referred')) {
      for (const p of programsIn(s))
        if (p.hit.cued) relate('part_of', subject, p.m, 'im Rahmen des Programms', 'cue.part-of-programme');
    }
    if (subject && !inField) {
      // an overview entry's carrier is its Jugendamt; other bodies named there are partners
      if (!block?.isEntry)
        for (const o of carriersAfterCue(text, s, actors))
          relate('carried_by', subject, o, 'Trägerschaft', 'cue.carrier-after');
      if (!block?.isEntry)
        for (const o of passiveAgents(text, s, actors, CARRIER_PARTICIPLE))
          relate('carried_by', subject, o, 'Trägerschaft', 'cue.carrier-passive-agent');
      if (strength === 'named' || strength === 'referred') {
        const named = projectsIn(s);
        const { carriers: active, object } = activeCarriers(
          text,
          s,
          [...actors, ...acting],
          [...named, ...anaphorSpans(text, s)],
        );
        // the project the verb takes as its object, where the sentence names several ("…, in Lemgo startet X das Projekt „P“")
        const objectProject = named.find((p) => p === object);
        const ran = objectProject ? (canonical.get(objectProject.name) ?? objectProject) : subject;
        for (const o of active) relate('carried_by', ran, o, 'Trägerschaft', 'cue.carrier-active');
        for (let i = 0; i < active.length; i++)
          for (let j = i + 1; j < active.length; j++)
            relate(
              'cooperates_with',
              active[i]!,
              active[j]!,
              'gemeinsame Trägerschaft',
              'cue.cooperation-joint-carriers',
            );
        for (const { project, carrier } of recipientCarriers(text, s, actors, projectsIn(s)))
          relate(
            'carried_by',
            canonical.get(project.name) ?? project,
            carrier,
            'Zuwendung für sein Projekt',
            'cue.carrier-recipient',
          );
        for (const p of projectsIn(s)) {
          const o = genitiveCarrier(text, p, actors);
          if (o) relate('carried_by', subject, o, 'Trägerschaft', 'cue.carrier-genitive');
          const r = relativeCarrier(text, p, actors) ?? appositionCarrier(text, p, actors);
          if (r) relate('carried_by', subject, r, 'Trägerschaft', 'cue.carrier-relative');
        }
      }
      const partnerCue = PARTNER_CUE.test(st);
      const entry = block?.isEntry === true;
      // "Partner der Jugendberufsagentur Bochum sind A, B und C": the partners of that body, not of the page's project
      const partnersOf = PARTNERS_OF.exec(st);
      const body = partnersOf
        ? orgsHere.find((o) => o.start >= s.start && o.start - s.start <= partnersOf[0].length + 2)
        : undefined;
      if (body && strength !== 'named') {
        for (const a of actors) if (a !== body) relate('partner', body, a, 'Partner', 'cue.partners-of-body');
      } else if (partnerCue || entry || (strong && PARTICIPATION_CUE.test(st))) {
        const rule = partnerCue ? 'cue.partner' : entry ? 'partner.overview-entry' : 'cue.participation';
        for (const a of actors) {
          if (store.has('carried_by', subject, a)) continue;
          relate('partner', subject, a, 'Kooperation', rule);
        }
      }
    }
    // "wir arbeiten eng mit A und B zusammen" on a carrier's page: A and B are partners of the project
    const we = WE.test(st);
    if (we && subject && (PARTNER_CUE.test(st) || SPLIT_COOPERATION_CUE.test(st))) {
      for (const a of actors)
        if (!store.has('carried_by', subject, a)) relate('partner', subject, a, 'Kooperation', 'cue.partner-of-we');
    }
    // "gemeinsam mit" in a sentence about a project makes partners (above), not a cooperation of two actors
    const aboutProject = strength === 'named' || strength === 'referred';
    // the organisation a page is by cooperates like any other actor its sentences name
    const cooperating = run.hubIsOwner ? orgsHere.filter((o) => o.kind !== 'funder') : actors;
    for (const [a, b] of we ? [] : cooperationPairs(text, s, cooperating, aboutProject))
      relate('cooperates_with', a, b, 'Zusammenarbeit', 'cue.cooperation');
    const split = we ? null : SPLIT_COOPERATION_CUE.exec(st);
    // "Die Werkstatt arbeitet eng mit dem Berufskolleg zusammen": the project, before the verb, works with partners;
    // "fanden A, B und C zusammen und gründeten das Netzwerk": the actors cooperate (and the project is theirs)
    const projectIsSubject =
      split !== null && [...projectsIn(s), ...anaphorSpans(text, s)].some((p) => p.start < s.start + split.index);
    if (split && aboutProject && subject && projectIsSubject) {
      for (const a of actors)
        if (!store.has('carried_by', subject, a))
          relate('partner', subject, a, 'Zusammenarbeit', 'cue.partner-split-verb');
    } else if (split) {
      const clause = clauseAround(text, s, s.start + split.index, s.start + split.index + split[0].length);
      const group = [...cooperating, ...acting]
        .filter((a) => a.start >= clause.start && a.end <= clause.end)
        .sort((a, b) => a.start - b.start);
      // "A arbeitet eng mit B und C zusammen": A with each of B and C; "A und B arbeiten zusammen": every pair
      const mit = / mit (?:der|dem|den|einer|einem)?\s?/u.exec(
        text.slice(s.start + split.index, s.start + split.index + split[0].length),
      );
      const at = mit ? s.start + split.index + mit.index : -1;
      const before = mit ? group.filter((a) => a.end <= at) : [];
      // "Der Fachbereich arbeitet eng mit …": in an overview entry the unnamed subject is the entry's Jugendamt
      const entryOffice = block?.isEntry && block.heading ? entryOffices.get(block.heading.start) : undefined;
      if (mit && before.length === 0 && entryOffice) before.push(entryOffice);
      const after = mit ? group.filter((a) => a.start >= at) : [];
      if (before.length && after.length) {
        for (const a of before)
          for (const b of after) relate('cooperates_with', a, b, 'Zusammenarbeit', 'cue.cooperation-split-verb');
      } else
        for (let i = 0; i < group.length; i++)
          for (let j = i + 1; j < group.length; j++)
            relate('cooperates_with', group[i]!, group[j]!, 'Zusammenarbeit', 'cue.cooperation-split-verb');
    }
    // "X im Stadtteil Y": an actor placed in a district
    for (const d of districtsIn(s)) {
      const before = orgsHere.filter(
        (o) => o.end <= d.m.start && d.m.start - o.end < 25 && /^\s+(?:im|in)\s/.test(text.slice(o.end, d.m.start)),
      );
      for (const o of before) relate('located_in', o, d.m, 'Standort', 'located.actor-in-district');
    }
    // a list of places the programme or project reaches
    const placesHere = placesIn(s)
      .map((x) => x.m)
      .filter((m) => m.attrs.placeType === 'gemeinde' || m.attrs.placeType === 'kreis');
    // "Kinderarztpraxen aus A, B und C": where people or bodies come from, not where the project works
    const origin = /([\p{Lu}][\p{L}-]+)\s+aus\s+(?:der\s+|dem\s+|den\s+)?(?:Stadt\s+|Gemeinde\s+)?$/u.exec(
      text.slice(Math.max(s.start, (placesHere[0]?.start ?? s.start) - 60), placesHere[0]?.start ?? s.start),
    );
    const fromOrigin = origin !== null && !/^(?:Projekte?|Angebote?|Initiativen?|Standorte?)$/u.test(origin[1]!);
    if (placesHere.length >= 2 && !fromOrigin && PLACE_LIST_CUE.test(st) && isPlaceList(text, placesHere)) {
      // on a page about a cooperation body ("Sprechtage in Bocholt, Borken, Ahaus und Gronau"), the body works in the listed places
      const hubHere = run.hub && !run.hubIsOwner && run.projects.length === 0 ? run.hub : undefined;
      const target =
        strength === 'named' && !owner
          ? subject
          : (progsHere[0] ??
            (strength === 'referred' && !owner
              ? subject
              : /Projekte|Initiativen|Kommunen|Standort/.test(st)
                ? run.primaryPrograms[0]
                : hubHere));
      if (target) for (const p of placesHere) relate('located_in', target, p, 'Ortsliste', 'cue.place-list');
    }
  }
  // who is part of a programme / has a funder, looked up once (a scan of all relations per project made
  // long overview pages quadratic); a funder added below counts for a later entry of the same project
  const fromOf = (kind: RelationKind) => new Set(store.relations.filter((r) => r.kind === kind).map((r) => r.from));
  const inProgramme = fromOf('part_of');
  const funded = fromOf('funded_by');
  for (const { m: project } of run.projects) {
    if (!inProgramme.has(project.id)) continue;
    const ownFunder = funded.has(project.id);
    const rowProject = titleLines.has(ctx.lineOf(project.start));
    for (const f of ownFunder || !rowProject ? programmeFunders : [...programmeFunders, ...defaultFunders]) {
      const added = store.relate(
        'funded_by',
        project,
        f,
        ctx.evidenceAt(f.start),
        'Förderung des Programms',
        'cue.funding-of-programme-projects',
      );
      if (added) funded.add(project.id);
    }
  }
}

const FUNDED_PROJECTS =
  /(?<![\p{L}])(?:\d+|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Ss]ieben|[Aa]cht|[Nn]eun|[Zz]ehn|[Ee]lf|[Zz]wölf|[Aa]lle|weitere|neue|[Dd]ie|[Dd]iese|rund|mehr als|insgesamt)\s+(?:[\p{L}]+\s+)?(?:[\p{Lu}][\p{Ll}]+(?:projekte|vorhaben|standorte|initiativen|angebote)|Projekte|Vorhaben|Standorte|Initiativen|Maßnahmen|Familiengrundschulzentren|Jugendwerkstätten|Werkstätten|Zentren|Einrichtungen|Angebote)(?![\p{L}])/u;

const ACTING_PLACE = /(?:^|\s)(?:der|die|den|dem)\s+(?:Kreis|Stadt|Gemeinde|Städteregion|StädteRegion)\s/u;

const WE = /(?<![\p{L}])(?:[Ww]ir|uns|[Uu]nser(?:e|em|en|er)?)(?![\p{L}])/u;

/** "Nr. 3 und 5 erhalten Zuschüsse …" under a numbered table: the rows' projects. */
function numberedSubjects(st: string, rows: ReadonlyMap<number, Mention>): Mention[] {
  // (the dot of "Nr." is masked in the cue text)
  if (rows.size === 0) return [];
  const m = /(?:^|:\s*)Nr.\s*(\d{1,3}(?:\s*(?:,|und|sowie)\s*\d{1,3})*)(?![\d])/u.exec(st);
  // "Die fünf Maßnahmen werden … finanziert", "Alle Projekte …": every row of the table
  if (!m) return rows.size >= 2 && ALL_ROWS.test(st) ? [...rows.values()] : [];
  if (m.index > 40) return [];
  return [...m[1]!.matchAll(/\d{1,3}/gu)]
    .map((d) => rows.get(Number(d[0])))
    .filter((p): p is Mention => p !== undefined);
}

const PARTNERS_OF =
  /^\s*(?:Partner(?:innen)?|Kooperationspartner(?:innen)?|Netzwerkpartner(?:innen)?|Mitglieder) (?:der|des|im|in der|beim) /u;

const PROGRAMME_ANAPHOR = /^\s*(?:Das|Dieses) (?:Landes|Bundes|Förder|Modell)?[Pp]rogramm(?![\p{L}])/u;

const ALL_ROWS =
  /^\s*(?:Die|Alle|Diese|Sämtliche) (?:(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\d{1,2}|beiden|genannten|aufgeführten|oben genannten) )?(?:Maßnahmen|Projekte|Angebote|Bausteine|Teilprojekte|Vorhaben)(?![\p{L}])/u;

/**
 * "Der Lotsendienst wird … getragen" below a table with the row 'Lotsendienst „Gut angekommen in Lippe“':
 * the anaphor's noun is the type word of exactly one project, which the sentence is about.
 */
function projectOfHeadNoun(
  run: ExtractionRun,
  st: string,
  memo: Map<string, Mention | undefined>,
): Mention | undefined {
  const noun = PROJECT_ANAPHOR.exec(st)?.[0]
    .split(' ')
    .pop()
    ?.replace(/(?:e?s)$/u, '');
  if (!noun || noun.length < 5) return undefined;
  if (memo.has(noun)) return memo.get(noun);
  const found = typedProject(run, noun);
  memo.set(noun, found);
  return found;
}

function typedProject(run: ExtractionRun, noun: string): Mention | undefined {
  const text = run.ctx.text;
  const typed = run.projects.filter(({ m }) => {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    return (
      m.name.startsWith(noun) ||
      text.startsWith(noun, m.start) ||
      new RegExp(`(?<![\\p{L}])${noun}(?:e?s)?\\s*[„"»]?$`, 'u').test(before)
    );
  });
  return typed.length === 1 ? typed[0]!.m : undefined;
}

/** "aus Mitteln des Jobcenters Bochum", "aus dem Eingliederungsbudget des Jobcenters": an actor whose money it is. */
function payingActors(text: string, actors: readonly Mention[]): Mention[] {
  return actors.filter((a) =>
    /(?:Mitteln?|[Bb]udget|Haushaltsmitteln?|Eigenmitteln?|Zuschüssen?|Zuschuss|Spenden?)(?: und [\p{L}-]+)? (?:des|der|vom|von der)\s+$/u.test(
      text.slice(Math.max(0, a.start - 60), a.start),
    ),
  );
}

/** Towns and Kreise that pay ("aus Mitteln … des Kreises Düren", "von der Stadt mitfinanziert"). */
function fundingPlaces(text: string, s: Sentence, places: readonly Mention[]): Mention[] {
  return places.filter((p) => {
    const before = text.slice(Math.max(s.start, p.start - 30), p.start);
    const surface = text.slice(p.start, p.end);
    const genitive =
      /(?:des|der|vom|von der|durch den|durch die)\s+$/u.test(before) ||
      (/^(?:Kreises|Kreis|Stadt|Gemeinde)\s/u.test(surface) &&
        /(?:des|der|vom|von der|durch den|durch die|und)\s+$/u.test(before));
    const money =
      /(?:Mitteln?|Zuschuss|Zuschüsse|finanziert|gefördert|fördert|Eigenanteil|Kofinanzierung|Förderung)/u.test(
        text.slice(s.start, p.start),
      );
    // "die Stadt Bottrop trägt einen Eigenanteil", "der Kreis beteiligt sich mit 20 Prozent"
    const pays =
      /^[^.;,]{0,12}(?:trägt|übernimmt|leistet) (?:einen|den|ihren|seinen) (?:Eigenanteil|Anteil)|^[^.;,]{0,12}beteiligt sich (?:mit|an den Kosten)|^[^.;,]{0,12}(?:finanziert|kofinanziert|bezuschusst)|^[^.;,]{0,12}aus (?:eigenen Mitteln|Eigenmitteln|(?:dem |seinem |ihrem )?(?:eigenen )?Haushalt)/u.test(
        text.slice(p.end, p.end + 60),
      );
    return (
      (genitive && money) ||
      (pays && /(?:die|der)\s+$/u.test(before) && /^(?:Stadt|Kreis|Gemeinde|StädteRegion)\s/u.test(surface))
    );
  });
}

/** Actors after a nominal or passive carrier cue, up to a partner cue or the clause end. */
function carriersAfterCue(text: string, s: Sentence, actors: readonly Mention[]): Mention[] {
  const st = text.slice(s.start, s.end);
  const m = CARRIER_AFTER_CUE.exec(st);
  if (!m) return [];
  const from = s.start + m.index + m[0].length;
  const rest = st.slice(m.index + m[0].length);
  // a relative clause on the carrier ("bei der X gGmbH, die auch die OGS betreibt") names other bodies
  const stop =
    /[\s,](?:in Kooperation|gemeinsam mit|zusammen mit|mit Unterstützung|unterstützt|gefördert|(?:Kooperations|Projekt|Netzwerk)?[Pp]artner|sowie mit|beteiligt)|,\s+(?:die|der|das|den|dem|deren|dessen|welche[rsn]?)\s|[;]|\.\s/u.exec(
      rest,
    );
  const to = stop ? from + stop.index : s.end;
  // "Träger ist X" also when X stands before the cue ("X ist Träger des Projekts")
  const after = actors.filter((a) => a.start >= from && a.end <= to);
  if (after.length) return after;
  const before = actors.filter(
    (a) =>
      a.end <= s.start + m.index &&
      s.start + m.index - a.end < 30 &&
      /^\s*(?:ist|sind|war|als)\s/.test(text.slice(a.end, s.start + m.index)),
  );
  return before.slice(-1);
}

/**
 * The agents of a passive whose participle ends the clause ("wird vom Jugendamt der Stadt X aus
 * Mitteln der Stiftung finanziert"): the actors after "von/vom/durch", up to the next preposition.
 */
function passiveAgents(text: string, s: Sentence, actors: readonly Mention[], participle: RegExp): Mention[] {
  const st = text.slice(s.start, s.end);
  const found: Mention[] = [];
  for (const p of st.matchAll(globalVersion(participle))) {
    const head = st.slice(Math.max(0, p.index - 160), p.index);
    const aux = [...head.matchAll(/(?<![\p{L}])(?:wird|werden|wurde|wurden)\s/gu)].at(-1);
    if (!aux || head.slice(aux.index).includes(';')) continue;
    const base = s.start + p.index - head.length;
    const by = /(?<![\p{L}])(?:von|vom|durch)\s/u.exec(head.slice(aux.index));
    if (!by) continue;
    const from = base + aux.index + by.index + by[0].length;
    // the agent ends at a preposition that opens another phrase ("von X aus Mitteln …"), not at one inside a name ("vom Amt für Kinder …")
    const inName = (at: number) => actors.some((a) => a.start < at && at < a.end);
    const stop = [
      ...text.slice(from, s.start + p.index).matchAll(/\s(?:aus|mit|in|im|für|seit|bis|ab|über|als|zur|zum)\s/gu),
    ].find((m) => !inName(from + m.index));
    const to = stop ? from + stop.index : s.start + p.index;
    for (const a of actors) if (a.start >= from && a.end <= to && !found.includes(a)) found.push(a);
  }
  return found;
}

const GLOBAL_VERSIONS = new Map<RegExp, RegExp>();

/** The pattern with the g flag, made once per pattern (matchAll needs it; a new RegExp per sentence costs). */
function globalVersion(re: RegExp): RegExp {
  let g = GLOBAL_VERSIONS.get(re);
  if (!g) {
    g = new RegExp(re.source, 'gu');
    GLOBAL_VERSIONS.set(re, g);
  }
  return g;
}

/** The actors that are the subject of an operating verb whose object is the project ("A und B eröffnen das „P“"). */
function activeCarriers(
  text: string,
  s: Sentence,
  actors: readonly Mention[],
  projectSpans: readonly Span[],
): { carriers: Mention[]; object?: Span } {
  const st = text.slice(s.start, s.end);
  const m = CARRIER_ACTIVE_VERB.exec(st);
  if (!m) return { carriers: [] };
  const verbAt = s.start + m.index;
  // "Unter dem Titel „P“ baut das Kreisjugendamt eine Präventionskette auf", "Seit 2020 baut die Stadt Hagen die Präventionskette „P“ auf": the subject right after the verb
  // (a place's mention may start at its article: "die Stadt Hagen")
  const verb = /^\S+\s+(?:der|die|das|den)\s+/u.exec(text.slice(verbAt, verbAt + 40));
  const afterVerb = verb ? verbAt + verb[0].length : -1;
  const inverted = verb ? actors.filter((a) => a.start <= afterVerb && a.start > afterVerb - 5) : [];
  // "baut mit dem Netzwerk „P“ eine Präventionskette auf": a project after "mit" is no object of the verb
  const objects = projectSpans.filter(
    (p) =>
      p.start >= verbAt &&
      !/(?:mit|durch|über)(?: (?:dem|der|den|einem|einer))? (?:[\p{L}-]+ )?[„"»]?$/u.test(
        text.slice(Math.max(verbAt, p.start - 40), p.start),
      ),
  );
  // "richtet mit dem Projekt „P“ Sprechstunden ein", "baut mit „P“ eine Beratung auf": a project named
  // bare or as "Projekt"/"Angebot" after "mit" is the means by which the subject runs it
  if (!objects.length)
    objects.push(
      ...projectSpans.filter(
        (p) =>
          p.start >= verbAt &&
          /mit (?:(?:dem|ihrem|seinem) (?:Projekt|Angebot|Vorhaben) )?[„"»]$/u.test(
            text.slice(Math.max(verbAt, p.start - 40), p.start),
          ),
      ),
    );
  if (!objects.length) return { carriers: projectSpans.some((p) => p.end <= verbAt) ? inverted : [] };
  const object = objects.reduce((a, b) => (b.start < a.start ? b : a));
  // the subject: actors between the clause start and the verb, coordinated by "und" or commas
  const clauseStart = Math.max(s.start, text.lastIndexOf(';', verbAt) + 1, lastClauseBreak(text, s.start, verbAt));
  const before = actors.filter((a) => a.start >= clauseStart && a.end <= verbAt);
  // "…, in Lemgo startet der Verein X das Projekt „P“": an adverbial before the verb, the subject after it
  // (the actors before the verb belong to another clause when words other than "und" stand between)
  const last = before[before.length - 1];
  const adjacent = last !== undefined && /^[\s„“”"»«]*$/u.test(text.slice(last.end, verbAt));
  return { carriers: before.length && (adjacent || !inverted.length) ? before : inverted, object };
}

/**
 * "In Minden erhält der Verein X für sein Projekt „P“ 410.000 Euro", "erhält die Y gGmbH für die „P“":
 * the recipient of a grant for its project runs it.
 */
function recipientCarriers(
  text: string,
  s: Sentence,
  actors: readonly Mention[],
  projects: readonly Mention[],
): Array<{ project: Mention; carrier: Mention }> {
  const st = text.slice(s.start, s.end);
  const out: Array<{ project: Mention; carrier: Mention }> = [];
  for (const m of st.matchAll(/(?<![\p{L}])(?:erhält|erhalten|bekommt|bekommen)\s+(?:der|die|das|den)?\s*/gu)) {
    const at = s.start + m.index + m[0].length;
    const carrier = actors.find((a) => a.start >= at - 4 && a.start <= at);
    if (!carrier) continue;
    const link =
      /^\s+für\s+(?:sein|seine|ihr|ihre|das|die|den)\s+(?:(?:neue[sn]?\s+)?(?:Projekt|Vorhaben|Angebot)\s+)?[„"»]?$/u;
    const project = projects.find(
      (p) => p.start > carrier.end && p.start - carrier.end <= 60 && link.test(text.slice(carrier.end, p.start)),
    );
    if (project) out.push({ project, carrier });
  }
  return out;
}

/** Start of the clause a position is in: after the last ", der/die/das/wo/…" or ":" before it. */
function lastClauseBreak(text: string, from: number, to: number): number {
  const re =
    /(?:,\s+(?:der|die|das|den|dem|deren|dessen|wo|wobei|womit|weil|da|dass|um|wenn|als|denn|aber|doch)\s)|:\s/gu;
  let last = from;
  for (const m of text.slice(from, to).matchAll(re)) last = from + m.index + m[0].length;
  return last;
}

/** "das Projekt „P“ des Vereins X": the organisation in the genitive right after the project's name. */
function genitiveCarrier(text: string, p: Span, actors: readonly Mention[]): Mention | undefined {
  const after = /^[“”"«]?\s*(?:des|der|vom|von der)\s/u.exec(text.slice(p.end, p.end + 12));
  if (!after) return undefined;
  const at = p.end + after[0].length;
  return actors.find((a) => a.start >= at && a.start - at <= 12);
}

/**
 * "das Projekt „P“, mit dem der Verein X Kinder unterstützen will", "„P“, das die Caritas seit 2020 anbietet":
 * the subject of a relative clause on the project's name runs it.
 */
function relativeCarrier(text: string, p: Span, actors: readonly Mention[]): Mention | undefined {
  const rel = /^[“”"«]?,\s+(?:(mit|durch|in|bei) (?:dem|der|denen)|(das|die|den)) (?:der|die|das|den) /u.exec(
    text.slice(p.end, p.end + 30),
  );
  if (!rel) return undefined;
  // the actor's mention may include its article ("der Stadt Hamm"): it starts at or just before the article's end
  const actor = actors.find((a) => a.start >= p.end + rel[0].length - 5 && a.start <= p.end + rel[0].length);
  if (!actor) return undefined;
  if (rel[1]) return actor;
  const clause = /^[^,.;]*/u.exec(text.slice(actor.end, actor.end + 120))![0];
  return /(?:anbiete[nt]|betreib(?:t|en)|durchführ(?:t|en)|koordinier(?:t|en)|umsetz(?:t|en)|leite[nt]|organisier(?:t|en)|träg(?:t|en)|verantworte[nt])(?![\p{L}])/u.test(
    clause,
  )
    ? actor
    : undefined;
}

/** "„P“ …, eine vom Bund geförderte Anlaufstelle des Vereins X e.V.": the body in the genitive of the apposition's noun. */
function appositionCarrier(text: string, p: Span, actors: readonly Mention[]): Mention | undefined {
  const rest = text.slice(p.end, p.end + 200);
  const app =
    /^[“”"«]?[^.;]{0,60}?,\s+(?:eine?|das|die|der)\s+[^.;,]{0,90}?(?:Anlaufstelle|Angebot|Projekt|Einrichtung|Initiative|Beratungsstelle|Treff|Maßnahme|Netzwerk)\s+(?:des|der)\s+/u.exec(
      rest,
    );
  if (!app) return undefined;
  const at = p.end + app[0].length;
  return actors.find((a) => a.start >= at - 1 && a.start - at <= 10);
}

function anaphorSpans(text: string, s: Sentence): Span[] {
  const m = PROJECT_ANAPHOR.exec(text.slice(s.start, s.end));
  return m ? [{ start: s.start + m.index, end: s.start + m.index + m[0].length }] : [];
}

/** The clause around a cue: from the last ";" or clause break before it to the next ";" after it. */
function clauseAround(text: string, s: Sentence, cueStart: number, cueEnd: number): Span {
  // the semicolons are looked for inside the sentence only: a search through the whole page per cue grows with the page
  let start = s.start;
  for (let i = Math.min(cueStart, text.length - 1); i >= s.start; i--) {
    if (text.charCodeAt(i) === SEMICOLON) {
      start = i + 1;
      break;
    }
  }
  let end = s.end;
  for (let i = cueEnd; i < s.end; i++) {
    if (text.charCodeAt(i) === SEMICOLON) {
      end = i;
      break;
    }
  }
  return { start, end };
}

const SEMICOLON = 0x3b;

/** Places joined by commas, "und", "sowie" or slashes (a list, not places scattered through a sentence). */
function isPlaceList(text: string, places: readonly Mention[]): boolean {
  for (let i = 1; i < places.length; i++) {
    const between = text.slice(places[i - 1]!.end, places[i]!.start);
    // "Hamm (3), Iserlohn (2) und Marl (1)": a count after each place
    if (
      /^(?:\s*\(\d{1,3}\))?\s*(?:,|und|sowie|oder|\/|;)\s*(?:(?:die|der|den|dem|Stadt|Gemeinde|Kreis|im Kreis)\s+)?$/u.test(
        between,
      )
    )
      return true;
  }
  return false;
}
