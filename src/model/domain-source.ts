/**
 * Where a node's legal domains come from (issue 13, "domain provenance"):
 *  - text      the document says so: the project's text, or the actor's name as written (its brand:
 *              "Jugendhilfe", "Kinderschutzbund", a Wohlfahrtsverband – see youth-welfare-brands.ts);
 *  - kind      a default of the node's kind alone (a Jugendamt is SGB VIII, a Jobcenter SGB II);
 *  - import    an imported file declared them;
 *  - curation  a correction set them by hand.
 */
export const DOMAIN_SOURCES = ['text', 'kind', 'import', 'curation'] as const;
export type DomainSource = (typeof DOMAIN_SOURCES)[number];
