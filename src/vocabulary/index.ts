/** German vocabulary shared by the stages (extract, resolve): one list each. */
export { LEGAL_FORM, LEGAL_FORM_FOLDED, NON_PROFIT_FORM } from './legal-forms.ts';
export { type PublicBody, canonicalMinistry, findMinistryAbbreviations } from './public-bodies.ts';
