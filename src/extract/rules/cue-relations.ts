/**
 * Cue phrases of relations inside a sentence, as data (DOMAIN.md §2). passes/cue-relations.ts
 * applies them to the sentence's subject: the project it names, the project it refers back to
 * ("das Projekt", "die Initiative"), a programme it names, or the project of its section.
 */

/** funded_by: passive and active funding verbs, funding nouns, money "aus Mitteln", "mit Unterstützung der Stiftung" */
export const FUNDING_CUE =
  /[Gg]efördert|[Ff]ördert|[Ff]ördern\b|Förderung (?:durch|von|aus|des|der)|Förder(?:mittel|bescheid|summe|zusage|geld|gelder)|[Ff]inanziert|[Ff]inanzier(?:ung|t|en)|finanziell(?:e|en|er)? (?:unterstützt|Unterstützung|gefördert)|aus (?:den )?Mitteln|mit Mitteln|Mittel(?:n)? (?:des|der) |aus (?:Landes|Bundes|EU|ESF|Eigen)[- ]{0,2}(?:und [\p{L}-]+ ?)?[Mm]itteln|Mittel aus |(?:stell(?:t|en|te|ten)) [^.;]{0,160}(?:Euro|Mittel\p{L}*)[^.;]{0,100} bereit|zur Verfügung gestellt|Zuwendung|kofinanziert|[Bb]ezuschusst|Zuschuss|Zuschüsse|Förderprogramm|ausgestattet|stehen? (?:dafür |dazu |hierfür )?(?:jährlich |insgesamt )?[\p{L}\d,. ]{0,40}(?:Euro|Millionen|Mio\.) (?:[\p{L}\d,. -]{0,60})?zur Verfügung|Spende|gespendet|aus eigenen Mitteln|[Bb]ezahlt|übernimmt die Kosten|trägt die Kosten|[Kk]osten (?:trägt|tragen|übernimmt|übernehmen)(?= (?:die|der|das) )|[Kk]osten (?:(?:[^.;,]|\.(?=\d)){1,40} )?(?:hat|haben|hatte|hatten) (?:die|der|das) [^.;,]{2,80} übernommen|(?:gibt|geben|spendet|spenden|steuert|steuern|schießt) [^.;]{0,80}\d[\d.,]*\s?(?:Euro|€)|aus (?:dem |seinem |ihrem )?(?:eigenen )?Haushalt|[Dd]en Rest trägt|trägt den Rest|Eigenanteil|unterstütz(?:t|en) (?:die|der|den|das) [\p{L}-]*[Ss]tiftung|[Ss]tiftung(?: [\p{Lu}][\p{L}-]*){0,4} unterstütz(?:t|en)|mit (?:freundlicher |finanzieller )?Unterstützung (?:der|des|von) [^.]{0,40}?(?:Stiftung|Ministerium|Landes|Bundes|EU|ESF)/u;

/** carried_by, passive or nominal: the actors after the cue run the subject ("in Trägerschaft des", "koordiniert vom") */
export const CARRIER_AFTER_CUE =
  /in (?:der )?Trägerschaft|(?:Koordination|Trägerschaft|Durchführung|Leitung) (?:soll |wird |wurde )?an(?= (?:die|den|das) [^.;]{2,120}(?:vergeben|übertragen))|(?:Koordiniert|Getragen|Geleitet|Betrieben|Organisiert|Verantwortet|Umgesetzt|Durchgeführt|Initiiert) (?:wird|werden|wurde|wurden) [^.;]{0,80}?(?:von|vom|durch)(?= )|(?:Geschäftsführung|Geschäftsstelle|Federführung|Koordination|Gesamtkoordination|Steuerung|Gesamtsteuerung|Trägerschaft|Leitung) [^.;]{0,60}?(?:liegt|lag|liegen|lagen) (?:bei|beim)(?= )|Angesiedelt (?:ist|sind|war|wurde) [^.;]{0,60}?(?:bei|beim|im|in der)(?= )|(?:ist|sind|war|waren|wird) (?:im|in der|in dem|beim|bei der|bei dem)(?= [^.;]{2,80}angesiedelt)|Träger(?:in)? (?:des Projekt(?:e)?s|der Maßnahme|des Angebot(?:e)?s|des Netzwerk(?:e)?s|ist|sind|war)|Träger(?:in)? de[rs] [\p{L}-]+ (?:ist|sind|war)(?= )|(?:[Mm]it der|[Dd]ie) (?:Durchführung|Umsetzung|Koordination|Trägerschaft)(?: [^.;]{0,40})? (?:wird|werden|wurde|wurden|soll|sollen)(?= [^;]{2,120}?beauftragt)|moderiert (?:von|vom|durch)|\(Träger(?:in)?:|Projektträger(?:in)? (?:ist|sind|war)|getragen (?:von|vom|durch)|Trägerverbund|koordiniert (?:von|vom|durch)|Koordination (?:liegt |lag )?(?:bei|beim)|Koordination übernimmt|übernimmt die Koordination|übernehmen die Koordination|angesiedelt (?:bei|beim|im|in der)|federführend|durchgeführt (?:von|vom|durch)|umgesetzt (?:von|vom|durch)|betrieben (?:von|vom|durch)|organisiert (?:von|vom|durch)|geleitet (?:von|vom|durch)|initiiert (?:von|vom|durch)|verantwortet (?:von|vom|durch)|ins Leben gerufen (?:von|vom|durch)|(?:Projekt)?[Ll]eitung (?:hat|haben|liegt bei|liegt beim)/u;

/** carried_by, active: the actors before the verb run the project named after it ("X und Y eröffnen das „P“") */
export const CARRIER_ACTIVE_VERB =
  /(?<![\p{L}])(?:eröffne[nt]|starte[nt]|betreib(?:t|en|e)|trage|koordiniere|organisiere|verantworte|organisier(?:t|en)|koordinier(?:t|en)|initiier(?:t|en)|gründe[nt]|verantworte[nt]|leite[nt]|trägt|tragen|führ(?:t|en) (?:das|die|den)[^.,;]{0,100}durch|setz(?:t|en) (?:das|die|den)[^.,;]{0,40}um|haben? (?:das|die|den)[^.,;]{0,60}ins Leben gerufen|haben? (?:das|die|den)[^.,;]{0,60}auf den Weg gebracht|bau(?:t|en) (?:[^.,;]|, (?=\p{Lu})){1,160}? auf|richte[nt] (?:[^.,;]|, (?=\p{Lu})){1,120}? ein)(?![\p{L}])/u;

/**
 * Passive with the agent before the participle ("wird vom Jugendamt koordiniert", "wird von der
 * Stadt und dem Kreis finanziert"): the participles of running and of paying a project.
 */
export const CARRIER_PARTICIPLE =
  /(?<![\p{L}])(?:koordiniert|getragen|durchgeführt|betrieben|umgesetzt|geleitet|organisiert|verantwortet|initiiert|moderiert)(?![\p{L}])/u;
export const FUNDING_PARTICIPLE =
  /(?<![\p{L}])(?:gefördert|finanziert|mitfinanziert|kofinanziert|bezuschusst)(?![\p{L}])/u;

/** partner: cooperation and participation nouns and verbs */
export const PARTNER_CUE =
  /Kooperation|kooperier|Kooperationspartner|[Gg]emeinsam mit|[Zz]usammen mit|Zusammenarbeit|zusammenarbeit|Netzwerkpartner|Partner|[Bb]eteiligt|Beteiligte|unterstützt von|mit Unterstützung|vernetz|Bündnis|[Mm]itglied(?:er)?|mit im Boot|eingebunden|einbezogen|mitwirk|wirk(?:t|en) mit|arbeite[nt] mit|Akteure? (?:sind|ist)|gehören|dabei sind|mit dabei/u;

/** partner, weaker: what an actor does in the project; counts only where the sentence names or refers to it */
export const PARTICIPATION_CUE =
  /(?<![\p{L}])(?:übernimmt|übernehmen|begleitet|begleiten|unterstützt|unterstützen|berät|beraten|bietet|bieten|stellt|stellen|bringt|bringen|vermittelt|vermitteln|ergänzt|ergänzen|engagier(?:t|en)|hilft|helfen|vor Ort|Sprechstunde|Räume|Fachkraft|Fachkräfte|Mitarbeitende[rn]?)(?![\p{L}])/u;

/** A list of places a programme or project reaches ("In A, B und C können Projekte starten", "an Standorten wie A, B …") */
// (?=[…]): the initials of the words, tested before the letter lookbehind (measured: faster for this pattern, slower for most others)
export const PLACE_LIST_CUE =
  /(?=[IiaSKMPG])(?<![\p{L}])(?:[Ii]n|an|aus|Städten wie|Kommunen wie|Kreisen wie|Standorte[n]?|Modellkommunen|Programmkommunen|Projektkommunen|Kommunen|Städte(?:n)?|Gemeinden)(?![\p{L}])/u;

/**
 * cooperates_with, coordinated form: the actors named after the cue cooperate with each other
 * ("Zusammenarbeit von Jobcenter und Jugendamt", "kooperieren das Jugendamt und das Gesundheitsamt").
 */
export const COORDINATED_COOPERATION_CUE =
  /Zusammenarbeit (?:von|zwischen|der|des)|Kooperation (?:von|zwischen|der|des)|kooperieren|Trägerverbund|gemeinsam(?:e[nmrs]?)? (?:Beratung )?(?:vom|von)|arbeiten (?:eng )?zusammen/gu;

/** cooperates_with, relational form: the actors before the cue cooperate with those after it ("A kooperiert mit B"). */
export const RELATIONAL_COOPERATION_CUE =
  /kooperiert mit|kooperieren mit|gemeinsam mit|zusammen mit|in Kooperation mit|arbeitet (?:eng )?mit|als Kooperationspartner|Kooperations(?:vertrag|vereinbarung(?:en)?) mit|(?:eine |eigene )?Vereinbarung(?:en)? mit/gu;

/** cooperates_with, split verb: every actor of the clause works with the others ("Im Büro arbeiten A und B … zusammen", "fanden A, B und C zusammen"). */
export const SPLIT_COOPERATION_CUE =
  /(?<![\p{L}])(?:arbeite[nt]|wirk(?:t|en)|zieh(?:t|en)|fanden|finden|kamen|kommen|setzen sich|sitzen)(?![\p{L}])[^.;]{0,200}?(?<![\p{L}])(?:zusammen|an einen Tisch|an einem Tisch)(?![\p{L}])/u;
