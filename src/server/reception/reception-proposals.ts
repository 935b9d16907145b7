import type { ReceptionProposalOut } from '../../common/reception-api.js';
import { formatArchivalCode, seriesOf, categoryOf, type ArchivalCodeParts } from '../domain/archival-code/archival-code.js';
import { retentionFor, retentionPeriods, type RetentionCode } from '../domain/archival-code/retention.js';
import { AppError } from '../errors.js';
import type { ArchiveRepository } from '../repositories/archive.repository.js';
import type { CaseListRow } from '../repositories/case.repository.js';
import type { ReferenceRepository } from '../repositories/reference.repository.js';

export interface ProposalWithParts extends ReceptionProposalOut {
  parts: Omit<ArchivalCodeParts, 'seq'>;
}

/**
 * What reception assigns (DOMAIN.md §4.6–§4.7): the 保管期限 from the case-type rules (the longest
 * that applies), and the 档号 series — 全宗号, 结案年度, 保管期限, 审判类别 — in the court's template.
 */
export class ReceptionProposals {
  constructor(
    private readonly archives: ArchiveRepository,
    private readonly reference: ReferenceRepository,
    private readonly template: string,
  ) {}

  /** The proposal for a case, optionally with another 保管期限 chosen by the archivist. */
  async propose(kase: Pick<CaseListRow, 'type_code' | 'closing_method' | 'closed_on' | 'filed_on'>, retention?: RetentionCode): Promise<ProposalWithParts> {
    const court = await this.reference.court();
    if (!court) throw new AppError('CASE_NOT_FOUND', '尚未设置本院信息');
    const decision = retentionFor({ typeCode: kase.type_code, closingMethod: kase.closing_method });
    const period = retention ? retentionPeriods[retention] : decision.period;
    const parts = {
      fonds: court.fonds_code,
      year: Number((kase.closed_on ?? kase.filed_on).slice(0, 4)),
      retention: period.code,
      category: categoryOf(kase.type_code),
    };
    const series = seriesOf(this.template, parts);
    const seq = await this.archives.peekSeq(series);
    const reasons = decision.rules.length ? decision.rules.map((r) => r.description) : [decision.explanation];
    if (decision.needsReview) reasons.push('需档案管理员人工核定');
    return {
      retentionPeriod: { code: period.code, label: period.label },
      retentionReasons: reasons,
      series,
      nextArchivalCode: formatArchivalCode(this.template, { ...parts, seq }),
      parts,
    };
  }

  /** The 档号 of a series number. */
  code(parts: Omit<ArchivalCodeParts, 'seq'>, seq: number): string {
    return formatArchivalCode(this.template, { ...parts, seq });
  }

  seriesOf(parts: Omit<ArchivalCodeParts, 'seq'>): string {
    return seriesOf(this.template, parts);
  }
}
