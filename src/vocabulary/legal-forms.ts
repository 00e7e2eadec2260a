/**
 * German legal forms of organisations, one list for every stage that reads them (issue 16: five lists
 * had drifted apart): as written on a page, and folded (util/fold.ts) for comparing names.
 */

/** The legal forms as written, as a regular-expression alternation (longer spellings before the ones they contain). */
export const LEGAL_FORM = String.raw`e\.\s?V\.?|gGmbH|gemeinnützige GmbH|gem\. GmbH|GmbH|mbH|gAG|AöR|eG`;

/** The same forms folded (lower case, umlauts spelt out), with the short spellings names take in comparisons. */
export const LEGAL_FORM_FOLDED = String.raw`e\.\s?v\.?|ev|ggmbh|gemeinnuetzige gmbh|gem\. gmbh|gmbh|mbh|gag|eg|aoer|kdoer`;

/** Forms that say the organisation is non-profit (a gGmbH runs projects; a GmbH may be a housing company). */
export const NON_PROFIT_FORM = String.raw`gGmbH|gemeinnützige GmbH|gem\. GmbH`;
