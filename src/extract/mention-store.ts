/**
 * What the passes find in one document: mentions and relations, each with the rule that made it,
 * and the spans already taken on each line (a later recogniser never claims them again).
 */
import type { Mention, MentionAttrs, NodeKind, RelationKind, RelationMention, Span } from '../model/index.ts';

export class MentionStore {
  readonly mentions: Mention[] = [];
  readonly relations: RelationMention[] = [];
  private counter = 0;
  /**
   * The relations recorded, by the ids of their ends, then their kinds: the ids keep their hashes, where a
   * key joined of kind and both ids was built and hashed anew on every call.
   */
  private readonly related = new Map<string, Map<string, RelationKind[]>>();
  private readonly takenByLine = new Map<number, Span[]>();

  constructor(private readonly doc: string) {}

  add(
    kind: NodeKind,
    name: string,
    span: Span,
    attrs: MentionAttrs,
    municipality: string | undefined,
    rule: string,
  ): Mention {
    const m: Mention = {
      id: `${this.doc}#${this.counter++}`,
      doc: this.doc,
      kind,
      name,
      start: span.start,
      end: span.end,
      attrs,
      ...(municipality ? { municipality } : {}),
      rule,
    };
    this.mentions.push(m);
    return m;
  }

  /** Records a relation once per kind and ordered pair; false when it was known or is a self-tie. */
  relate(kind: RelationKind, from: Mention, to: Mention, evidence: Span, cue: string, rule: string): boolean {
    if (from.id === to.id || this.known(kind, from.id, to.id)) return false;
    const tos = this.related.get(from.id) ?? this.related.set(from.id, new Map()).get(from.id)!;
    const kinds = tos.get(to.id);
    if (kinds) kinds.push(kind);
    else tos.set(to.id, [kind]);
    this.relations.push({
      kind,
      from: from.id,
      to: to.id,
      doc: this.doc,
      start: evidence.start,
      end: evidence.end,
      cue,
      rule,
    });
    return true;
  }

  /** Removes the relations `drop` selects (a later pass found a more specific tie); returns how many. */
  dropRelations(drop: (r: RelationMention) => boolean): number {
    // compacted in place: the kept relations keep their order
    let kept = 0;
    for (const r of this.relations) {
      if (drop(r)) this.forget(r);
      else this.relations[kept++] = r;
    }
    const n = this.relations.length - kept;
    this.relations.length = kept;
    return n;
  }

  has(kind: RelationKind, from: Mention, to: Mention): boolean {
    return this.known(kind, from.id, to.id);
  }

  private known(kind: RelationKind, from: string, to: string): boolean {
    return this.related.get(from)?.get(to)?.includes(kind) ?? false;
  }

  private forget(r: RelationMention): void {
    const kinds = this.related.get(r.from)?.get(r.to);
    const i = kinds ? kinds.indexOf(r.kind) : -1;
    if (i >= 0) kinds!.splice(i, 1);
  }

  /** Marks a span of a line as claimed by a recogniser. */
  take(line: number, span: Span): void {
    const list = this.takenByLine.get(line);
    if (list) list.push(span);
    else this.takenByLine.set(line, [span]);
  }

  /** True when no claimed span of the line overlaps `span`. */
  isFree(line: number, span: Span): boolean {
    const list = this.takenByLine.get(line);
    return !list || !list.some((t) => span.start < t.end && t.start < span.end);
  }
}
