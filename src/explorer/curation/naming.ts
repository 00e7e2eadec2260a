/**
 * How the log names nodes: as they were before the corrections (the uncurated graph's labels, else
 * the first label seen for a key), and in presenter mode never a person's real or new name.
 */
import { type CurationEntry, describeEntry } from '../../curation/index.ts';
import type { NodeKind } from '../../model/index.ts';
import type { NodeRecord } from '../data/explorer-model.ts';
import { t } from '../i18n.ts';
import type { NodeActionContext } from './node-actions.ts';

/** What naming needs of the controller's context (its CurationContext has all of it). */
export interface NamingContext extends NodeActionContext {
  labelOfKey?(key: string): string | undefined;
}

export interface Naming {
  /** Keeps the first label and kind seen per key (nodes renamed, merged away, removed later). */
  remember(nodes: readonly NodeRecord[]): void;
  /** The log's line for an entry. */
  describe(entry: CurationEntry): string;
}

export function createNaming(current: () => NamingContext | null): Naming {
  const seen = new Map<string, { label: string; kind: NodeKind }>();
  const isPerson = (key: string): boolean => {
    const ctx = current();
    const i = ctx?.model.byKey.get(key);
    return (
      key.startsWith('person:') ||
      seen.get(key)?.kind === 'person' ||
      (i !== undefined && ctx?.model.nodes[i]?.kind === 'person')
    );
  };
  const nameOfKey = (key: string): string | undefined => {
    const ctx = current();
    const i = ctx?.model.byKey.get(key);
    if (ctx?.presenter && isPerson(key)) return i !== undefined ? ctx.labelOf(i) : t('curRemovedPerson', ctx.lang);
    return ctx?.labelOfKey?.(key) ?? seen.get(key)?.label ?? (ctx && i !== undefined ? ctx.labelOf(i) : undefined);
  };
  return {
    remember(nodes) {
      for (const n of nodes) if (!seen.has(n.key)) seen.set(n.key, { label: n.label, kind: n.kind });
    },
    describe(entry) {
      if (current()?.presenter && entry.op === 'rename' && isPerson(entry.node))
        return describeEntry({ ...entry, label: '…' }, nameOfKey);
      return describeEntry(entry, nameOfKey);
    },
  };
}
