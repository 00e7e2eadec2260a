/**
 * Sigma with one change for large networks: the full refresh its mouse captor makes after a drag
 * can be answered with a frame. With `hideEdgesOnMove` the captor calls `refresh()` (no options) in a
 * timeout after releasing a drag, only so that the ties hidden during the move come back; a full
 * refresh re-reduces and re-indexes every node and tie (40–55 ms of script at 5,000 nodes and 20,000
 * ties, issue 14), while nothing about them changed. MapView arms `skipNextBareRefresh` on such a
 * release; the next refresh without options – the captor's, which was queued first – then draws one
 * frame instead. Any refresh with options (a partial one, a scheduled one) is never touched. Browser only.
 */
import type { Attributes } from 'graphology-types';
import Sigma from 'sigma';

type RefreshOptions = Parameters<Sigma['refresh']>[0];

export class MapSigma<N extends Attributes, E extends Attributes> extends Sigma<N, E> {
  /** The next `refresh()` without options draws a frame instead (set for one turn of the event loop). */
  skipNextBareRefresh = false;

  override refresh(opts?: RefreshOptions): this {
    if (opts === undefined && this.skipNextBareRefresh) {
      this.skipNextBareRefresh = false;
      return this.scheduleRender();
    }
    return super.refresh(opts);
  }
}
