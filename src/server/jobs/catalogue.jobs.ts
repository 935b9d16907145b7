import { systemContext } from '../domain/access.js';
import type { CatalogueService } from '../services/catalogue.service.js';
import type { JobHandler } from './worker.js';

/** `catalogue.propose`: auto-cataloguing of a case that reached cataloguing (never over a clerk's work). */
export function catalogueProposeJob(catalogues: CatalogueService): JobHandler<'catalogue.propose'> {
  return async (payload) => ({ proposed: await catalogues.proposeIfMissing(systemContext(`job:catalogue.propose:${payload.caseId}`), payload.caseId) });
}
