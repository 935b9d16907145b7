import type { CoverageCell, CoverageResponse as Coverage } from '../../common/api.js';
import { can, type RequestContext } from '../domain/access.js';
import { evaluateScope } from '../domain/scope/index.js';
import { AppError } from '../errors.js';
import type { CaseRepository } from '../repositories/case.repository.js';
import type { ReferenceRepository } from '../repositories/reference.repository.js';
import type { ScopeService } from './scope.service.js';

/**
 * Pilot coverage for the court's leadership: per department and filing month, how many cases are
 * archived single-set. From the stored decisions, or — given an archiving date — by evaluating
 * every case under the rule set in force as if archived that day.
 */
export class ScopeCoverageService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly reference: ReferenceRepository,
    private readonly scope: ScopeService,
  ) {}

  /** @throws PERMISSION_DENIED unless the actor reads court-wide or manages the scope. */
  async coverage(ctx: RequestContext, query: { asOf?: string; from?: string; to?: string }): Promise<Coverage> {
    if (!can(ctx.actor, 'case.read.all') && !can(ctx.actor, 'scope.manage')) throw new AppError('PERMISSION_DENIED');
    const cells = new Map<string, CoverageCell>();
    const add = (department: string, month: string, n: number, basis: string | null, inScope: boolean) => {
      const key = `${department}\u0000${month}`;
      const c = cells.get(key) ?? { department, month, total: 0, inScope: 0, byRule: 0, byFullCoverage: 0 };
      c.total += n;
      if (inScope) {
        c.inScope += n;
        if (basis === 'rule') c.byRule += n;
        if (basis === 'full_coverage') c.byFullCoverage += n;
      }
      cells.set(key, c);
    };
    if (!query.asOf) {
      for (const r of await this.cases.scopeCounts(query.from, query.to)) add(r.department, r.month, r.n, r.basis, r.status === 'in');
    } else {
      const ruleSet = await this.scope.ruleSetInForce();
      const asOf = query.asOf;
      await this.scope.eachCase((row, facts) => {
        const month = row.filed_on.slice(0, 7);
        if ((query.from && month < query.from) || (query.to && month > query.to)) return;
        if (row.filed_on > asOf) return; // a file cannot be archived before its case was filed
        const d = evaluateScope(ruleSet, facts, asOf);
        add(row.department_name, month, 1, d.basis, d.inScope);
      });
    }
    const order = (await this.reference.departments()).map((d) => d.name);
    const list = [...cells.values()];
    const departments = [...new Set(list.map((c) => c.department))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const months = [...new Set(list.map((c) => c.month))].sort();
    list.sort((a, b) => order.indexOf(a.department) - order.indexOf(b.department) || a.month.localeCompare(b.month));
    return { asOf: query.asOf ?? null, months, departments, cells: list };
  }
}
