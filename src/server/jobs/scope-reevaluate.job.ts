import type { ScopeService } from '../services/scope.service.js';
import type { JobHandler } from './worker.js';

const PAGE = 500;

/**
 * `scope.reevaluate`: re-decides every case after a rule set is published, page by page, with a
 * checkpoint after each committed page so that a restarted worker resumes where it stopped.
 */
export function scopeReevaluateJob(scope: ScopeService): JobHandler<'scope.reevaluate', { afterId: string; done: number; changed: number }> {
  return async (payload, run) => {
    const total = await scope.caseCount();
    let state = run.checkpoint ?? { afterId: '', done: 0, changed: 0 };
    for (;;) {
      const page = await scope.reevaluatePage(state.afterId, PAGE);
      if (page.lastId === null) break;
      state = { afterId: page.lastId, done: state.done + page.processed, changed: state.changed + page.changed };
      await run.report(state.done, total, state);
    }
    return { version: payload.version, processed: state.done, changed: state.changed };
  };
}
