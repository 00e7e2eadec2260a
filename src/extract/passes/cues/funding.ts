/**
 * Funding cues ("gefördert durch", "finanziert aus Mitteln des …"): who pays, and who is paid – the
 * project the sentence names or refers to, else a programme it names, else the section's project or
 * the page's programme.
 */
import { FUNDING_CUE, FUNDING_PARTICIPLE } from '../../rules/cue-relations.ts';
import type { Sentence } from '../../sentences.ts';
import type { Mention } from '../../../model/index.ts';
import { passiveAgents } from './agents.ts';
import { relate, type PageCues, type SentenceCues } from './context.ts';

export function fundingCues(p: PageCues, x: SentenceCues): void {
  const { run, text } = p;
  const { st, progsHere } = x;
  // a "Gefördert durch:" or "Träger:" field says who pays itself (passes/field-relations.ts)
  if (!FUNDING_CUE.test(st) || p.fundingFieldLines.has(x.s.line)) return;
  const funders = fundersOf(p, x);
  // "Nr. 1, 2 und 6 werden aus dem Landesprogramm „X“ des Ministeriums finanziert": the rows belong to the programme, which the funders pay
  const rows = numberedSubjects(st, run.rowProjects);
  if (rows.length && progsHere.length)
    for (const r of rows)
      for (const g of progsHere) relate(p, x, 'part_of', r, g, 'im Programm', 'cue.part-of-programme');
  // "Das Landesprogramm wird vom Ministerium finanziert": the page's programme
  const programmeAnaphor =
    x.strength !== 'named' && !progsHere.length && PROGRAMME_ANAPHOR.test(st) ? run.primaryPrograms.slice(0, 1) : [];
  const from = fundedOf(p, x, rows, programmeAnaphor);
  const ofProgramme = programmeGenitiveFunders(text, progsHere, funders);
  for (const f of ofProgramme)
    for (const g of progsHere)
      if (g.end <= f.start && f.start - g.end < 8)
        relate(p, x, 'funded_by', g, f, 'Programm des', 'cue.funding-programme-genitive');
  for (const f of funders)
    for (const y of from)
      if (!(ofProgramme.includes(f) && y.kind === 'project'))
        relate(p, x, 'funded_by', y, f, 'Förderung', 'cue.funding');
  // "fördert das Land 38 Projekte im Programm …": the funders are every presented project's funders
  if (from.some((y) => y.kind === 'program') && FUNDED_PROJECTS.test(st))
    for (const f of funders) p.programmeFunders.push(f);
  // "Das Programm wird vom X finanziert" above a table of its projects: X pays the rows' projects the page gives no funder of their own
  else if (programmeAnaphor.length && p.tableProjects) for (const f of funders) p.defaultFunders.push(f);
}

/** The funders a funding sentence names: funding bodies, paying towns, a block's own means, the agents of "gefördert von", whose money it is. */
function fundersOf(p: PageCues, x: SentenceCues): Mention[] {
  const { text } = p;
  const { s, actors } = x;
  const funders = [
    ...x.orgsHere.filter((o) => o.kind === 'funder'),
    ...fundingPlaces(
      text,
      s,
      p.placesIn(s).map((y) => y.m),
    ),
    ...p.meansIn(s),
  ];
  // "wird vom Land und von der Stadt Dormagen gefördert": a town or Kreis among the agents pays too
  const bodies = p
    .placesIn(s)
    .map((y) => y.m)
    .filter((y) => PUBLIC_BODY.test(text.slice(y.start, y.end)));
  for (const a of passiveAgents(text, s, [...actors, ...bodies], FUNDING_PARTICIPLE))
    if (!funders.includes(a)) funders.push(a);
  for (const a of payingActors(text, actors)) if (!funders.includes(a)) funders.push(a);
  return funders;
}

/**
 * Who is funded: the page's programme referred to, the numbered rows, the project the sentence names or
 * refers to, a programme it names, the body it speaks of ("Gefördert wird die Servicestelle …"), the
 * section's project, the page's programme.
 */
function fundedOf(
  p: PageCues,
  x: SentenceCues,
  rows: readonly Mention[],
  programmeAnaphor: readonly Mention[],
): readonly Mention[] {
  const { run } = p;
  const { progsHere, subject } = x;
  if (programmeAnaphor.length) return programmeAnaphor;
  if (rows.length && !progsHere.length) return rows;
  if (x.aboutProject) return [subject!];
  if (progsHere.length) return progsHere;
  const body = x.actors.filter((o) => o.kind !== 'municipality').slice(0, 1);
  if (body.length && !run.genre.proseProjects) return body;
  // a sentence before the first of several projects speaks of the page's programme, not of the first project
  const beforeProjects = run.projects.length > 1 && p.firstProjectAt > x.s.end && run.primaryPrograms.length > 0;
  if (subject && !x.owner && !beforeProjects) return [subject];
  return run.primaryPrograms.slice(0, 1);
}

/** "aus dem Landesprogramm „X“ des Familienministeriums": the ministry pays the programme, the project takes part in it. */
function programmeGenitiveFunders(text: string, progsHere: readonly Mention[], funders: readonly Mention[]): Mention[] {
  const ofProgramme = funders.filter((f) =>
    progsHere.some((g) => g.end <= f.start && /^[“”"«»]?\s*(?:des|der)\s+$/u.test(text.slice(g.end, f.start))),
  );
  // "… des Ministeriums für … (MKJFGFI)": the abbreviation in brackets is the same funder
  for (const f of funders)
    if (
      !ofProgramme.includes(f) &&
      ofProgramme.some((g) => g.end <= f.start && /^\s*\($/u.test(text.slice(g.end, f.start)))
    )
      ofProgramme.push(f);
  return ofProgramme;
}

const FUNDED_PROJECTS =
  /(?<![\p{L}])(?:\d+|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Ss]ieben|[Aa]cht|[Nn]eun|[Zz]ehn|[Ee]lf|[Zz]wölf|[Aa]lle|weitere|neue|[Dd]ie|[Dd]iese|rund|mehr als|insgesamt)\s+(?:[\p{L}]+\s+)?(?:[\p{Lu}][\p{Ll}]+(?:projekte|vorhaben|standorte|initiativen|angebote)|Projekte|Vorhaben|Standorte|Initiativen|Maßnahmen|Familiengrundschulzentren|Jugendwerkstätten|Werkstätten|Zentren|Einrichtungen|Angebote)(?![\p{L}])/u;

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

const PROGRAMME_ANAPHOR = /^\s*(?:Das|Dieses) (?:Landes|Bundes|Förder|Modell)?[Pp]rogramm(?![\p{L}])/u;

const ALL_ROWS =
  /^\s*(?:Die|Alle|Diese|Sämtliche) (?:(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\d{1,2}|beiden|genannten|aufgeführten|oben genannten) )?(?:Maßnahmen|Projekte|Angebote|Bausteine|Teilprojekte|Vorhaben)(?![\p{L}])/u;

/** "aus Mitteln des Jobcenters Bochum", "aus dem Eingliederungsbudget des Jobcenters": an actor whose money it is. */
function payingActors(text: string, actors: readonly Mention[]): Mention[] {
  return actors.filter((a) =>
    /(?:Mitteln?|[Bb]udget|Haushaltsmitteln?|Eigenmitteln?|Zuschüssen?|Zuschuss|Spenden?)(?: und [\p{L}-]+)? (?:des|der|vom|von der)\s+$/u.test(
      text.slice(Math.max(0, a.start - 60), a.start),
    ),
  );
}

const PUBLIC_BODY = /^(?:Stadt|Kreis|Gemeinde|StädteRegion|Städteregion)\s|-Kreis$|kreis$/u;

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
      /(?:Mitteln?|Zuschuss|Zuschüsse|[Ff]inanziert|[Gg]efördert|[Ff]ördert|Eigenanteil|Kofinanzierung|Förderung)/u.test(
        text.slice(s.start, p.start),
      );
    // "die Stadt Bottrop trägt einen Eigenanteil", "der Kreis beteiligt sich mit 20 Prozent"
    const pays =
      /^[^.;,]{0,12}(?:trägt|übernimmt|leistet) (?:einen|den|ihren|seinen) (?:Eigenanteil|Anteil)|^[^.;,]{0,12}(?:trägt|übernimmt|tragen|übernehmen) (?:die|alle) (?:laufenden |übrigen |weiteren )?Kosten|^[^.;,]{0,12}beteiligt sich (?:mit|an den Kosten)|^[^.;,]{0,40}?(?:finanziert|finanzieren|kofinanziert|kofinanzieren|bezuschusst|fördert|fördern)(?![\p{L}])|^[^.;,]{0,12}aus (?:eigenen Mitteln|Eigenmitteln|(?:dem |seinem |ihrem )?(?:eigenen )?Haushalt)/u.test(
        text.slice(p.end, p.end + 60),
      );
    return (
      (genitive && money) ||
      (pays && /(?:[Dd]ie|[Dd]er)\s+$/u.test(before) && /^(?:Stadt|Kreis|Gemeinde|StädteRegion)\s/u.test(surface)) ||
      // "die laufenden Kosten trägt die Stadt"
      (/(?:Kosten|Rest) (?:trägt|übernimmt|tragen|übernehmen) (?:die|der)\s+$/u.test(before) &&
        /^(?:Stadt|Kreis|Gemeinde|StädteRegion)(?:\s|$)/u.test(surface))
    );
  });
}
