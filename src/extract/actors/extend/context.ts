/**
 * What the steps that grow a head to its name read (the head and its line) and what they move (the
 * extent of the name). Each step is a pure function from the extent so far to the next one.
 */
import type { Token } from '../../tokens.ts';
import type { Head } from '../org-heads.ts';
import type { HeadInfo } from '../org-vocabulary.ts';

export interface HeadContext {
  readonly text: string;
  /** where `text` starts in the document: token offsets are shifted by it */
  readonly offset: number;
  readonly tokens: readonly Token[];
  readonly headOf: (i: number) => Head | undefined;
  /** the head's first token */
  readonly hs: number;
  readonly head: Head;
  readonly info: HeadInfo;
  /** the head's first word, folded */
  readonly headWord: string;
  /** the whole head, folded ("agentur fuer arbeit") */
  readonly headFold: string;
}

export interface Extent {
  /** the name's first token (a left modifier or the head) */
  readonly start: number;
  /** the token after the name */
  readonly pos: number;
  /** whether more than the bare head names it (a modifier, a complement, a legal form …) */
  readonly named: boolean;
  /** where the name ends in `text` (set by the legal-form step, -1 before) */
  readonly end: number;
}

/** A step in growing a name: the next extent, or undefined when the head names no organisation. */
export interface ExtentStep {
  readonly id: string;
  readonly run: (c: HeadContext, e: Extent) => Extent | undefined;
}

/** The extent moved to `pos` by a part that names the organisation. */
export function namedUpTo(e: Extent, pos: number): Extent {
  return { ...e, pos, named: true };
}
