/** The public surface of src/util/: what other folders may import. */
export { DEFAULT_MAX_DOCUMENT_BYTES, decodeDocument, formatSize } from './decode.ts';
export { boundedDistance } from './edit-distance.ts';
export { editDistance, fold, slug } from './fold.ts';
export { distanceKm } from './geo.ts';
export { describeJsonError, jsonErrorOffset, lineColumn } from './json-position.ts';
export { MAX_JSON_NESTING, describeJsonTextProblem, scanJsonText } from './json-scan.ts';
export { foldMemo, memoize } from './memo.ts';
export { seededRandom } from './rng.ts';
export { oneLine, shownKey } from './shown-key.ts';
export { lastAtOrBefore } from './sorted-search.ts';
export { compareStrings, stableStringify } from './stable-json.ts';
export { maxLength, minLength } from './zod-checks.ts';
