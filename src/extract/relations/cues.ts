/** German cue phrases that license relations inside a sentence (DOMAIN.md §2). */

/** funded_by: "gefördert von/durch", "aus Mitteln", "finanziell unterstützt" */
export const FUNDING_CUE = /[Gg]efördert|Förderung (?:durch|von|aus)|finanziert|finanziell unterstützt|aus (?:den )?Mitteln|mit Mitteln|Mittel(?:n)? (?:des|der) |Zuwendung|Fördermittel|kofinanziert|Förderprogramm/u;

/** carried_by: "in Trägerschaft", "Träger des Projekts ist" */
export const CARRIER_CUE = /in (?:der )?Trägerschaft|Träger(?:in)? (?:des Projekt(?:e)?s|der Maßnahme|des Angebot(?:e)?s|ist|sind)|Projektträger(?:in)? (?:ist|sind)|getragen (?:von|vom|durch)|Trägerverbund/u;

/** partner: "Kooperationspartner", "gemeinsam mit", "in Kooperation mit", "beteiligt" */
export const PARTNER_CUE = /Kooperation|kooperier|Kooperationspartner|gemeinsam mit|zusammen mit|Zusammenarbeit|zusammenarbeit|Netzwerkpartner|Partner|beteiligt|Beteiligte|unterstützt von|mit Unterstützung|vernetz|federführend|Bündnis/u;

/**
 * cooperates_with, coordinated form: the actors named after the cue cooperate with each other
 * ("Zusammenarbeit von Jobcenter und Jugendamt", "kooperieren das Jugendamt und das Gesundheitsamt").
 */
export const COORDINATED_COOPERATION_CUE = /Zusammenarbeit (?:von|zwischen|der|des)|Kooperation (?:von|zwischen|der|des)|kooperieren|Trägerverbund|gemeinsam(?:e[nmrs]?)? (?:Beratung )?(?:vom|von)|arbeiten (?:eng )?zusammen/gu;

/** cooperates_with, relational form: the actors before the cue cooperate with those after it ("A kooperiert mit B"). */
export const RELATIONAL_COOPERATION_CUE = /kooperiert mit|gemeinsam mit|zusammen mit|in Kooperation mit|arbeitet (?:eng )?mit|als Kooperationspartner/gu;

/** A sentence naming a target group */
export const TARGET_GROUP_CUE = /Zielgruppe(?:n)? (?:sind|ist|des Projekts)|richtet sich an/u;
