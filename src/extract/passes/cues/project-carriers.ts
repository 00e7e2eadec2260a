/** The carrier of a project the sentence names, read off the words around the project's name. */
import type { Sentence } from '../../sentences.ts';
import type { Mention, Span } from '../../../model/index.ts';

/**
 * "In Minden erhält der Verein X für sein Projekt „P“ 410.000 Euro", "erhält die Y gGmbH für die „P“":
 * the recipient of a grant for its project runs it.
 */
export function recipientCarriers(
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

/** "das Projekt „P“ des Vereins X": the organisation in the genitive right after the project's name. */
export function genitiveCarrier(text: string, p: Span, actors: readonly Mention[]): Mention | undefined {
  const after = /^[“”"«]?\s*(?:des|der|vom|von der)\s/u.exec(text.slice(p.end, p.end + 12));
  if (!after) return undefined;
  const at = p.end + after[0].length;
  return actors.find((a) => a.start >= at && a.start - at <= 12);
}

/**
 * "das Projekt „P“, mit dem der Verein X Kinder unterstützen will", "„P“, das die Caritas seit 2020 anbietet":
 * the subject of a relative clause on the project's name runs it.
 */
export function relativeCarrier(text: string, p: Span, actors: readonly Mention[]): Mention | undefined {
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
export function appositionCarrier(text: string, p: Span, actors: readonly Mention[]): Mention | undefined {
  const rest = text.slice(p.end, p.end + 200);
  const app =
    /^[“”"«]?[^.;]{0,60}?,\s+(?:eine?|das|die|der)\s+[^.;,]{0,90}?(?:Anlaufstelle|Angebot|Projekt|Einrichtung|Initiative|Beratungsstelle|Treff|Maßnahme|Netzwerk)\s+(?:des|der)\s+/u.exec(
      rest,
    );
  if (!app) return undefined;
  const at = p.end + app[0].length;
  return actors.find((a) => a.start >= at - 1 && a.start - at <= 10);
}

/** The nouns that present a project as someone's ("ein Projekt des Vereins X", "ein Angebot der Caritas"). */
const OFFER_NOUN = String.raw`(?:[\p{L}-]*[Pp]rojekt|Angebot|Vorhaben|Initiative|Einrichtung|Anlaufstelle|Beratungsstelle|Dienst|Treff|Maßnahme)`;

const COPULA_OF = new RegExp(
  String.raw`^[“”"«]?\s+(?:ist|war|bleibt)\s+(?:ein|eine)\s+(?:(?:gemeinsame[sr]?|neue[sr]?|kostenlose[sr]?|offene[sr]?)\s+)?${OFFER_NOUN}\s+(?:des|der|vom|von der|von)\s`,
  'u',
);

/** "Die „P“ ist ein Projekt des Lesewerk X e.V.": the body in the genitive of the predicate noun. */
export function copulaCarrier(text: string, p: Span, actors: readonly Mention[]): Mention | undefined {
  const m = COPULA_OF.exec(text.slice(p.end, p.end + 90));
  if (!m) return undefined;
  const at = p.end + m[0].length;
  return actors.find((a) => a.start >= at - 4 && a.start - at <= 8);
}

/**
 * "Im Projekt „P“ begleitet die Familienhilfe X e.V. seit 2023 Eltern": a sentence that opens with the
 * project as its setting, then the verb and a free carrier as its subject, is that carrier's work.
 */
export function settingCarrier(text: string, s: Sentence, p: Span, actors: readonly Mention[]): Mention | undefined {
  const lead = text.slice(s.start, p.start);
  if (
    !/(?:^|^[^.;]{0,40}:)\s*(?:Im|Beim|In dem|Mit dem|Über das) (?:[\p{L}-]*[Pp]rojekt|Angebot|Programm|Vorhaben)\s*[„"»]?$/u.test(
      lead,
    )
  )
    return undefined;
  const verb = /^[“”"«]?\s+\p{Ll}+\s+(?:der|die|das)\s+/u.exec(text.slice(p.end, p.end + 40));
  if (!verb) return undefined;
  const at = p.end + verb[0].length;
  return actors.find((a) => a.kind === 'carrier' && a.start >= at - 4 && a.start <= at);
}

const RELATIVE_RUNNER = new RegExp(
  String.raw`^(?:\s+\p{Ll}+){0,2},\s+(?:die|der|das)\s+(?:das|die|den)\s+(?:${OFFER_NOUN}|[„"»][^“”"«]{2,80}[“”"«])[^,.;]{0,80}?(?<![\p{L}])(?:umsetz(?:t|en)|durchführ(?:t|en)|betreib(?:t|en)|träg(?:t|en)|leite[nt]|koordinier(?:t|en)|organisier(?:t|en)|anbiete[nt]|verantworte[nt])(?![\p{L}])`,
  'u',
);

/** "… bei der Werkstatt X gGmbH angestellt, die das Projekt im Auftrag des Jobcenters umsetzt": the actor the relative clause is on runs it. */
export function relativeRunner(text: string, s: Sentence, actors: readonly Mention[]): Mention | undefined {
  return actors.find((a) => a.end < s.end && RELATIVE_RUNNER.test(text.slice(a.end, Math.min(s.end, a.end + 200))));
}
