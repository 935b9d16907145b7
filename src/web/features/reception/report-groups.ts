import { checkResults, fourProperties, fourPropertyLabels, type CheckResultName, type FourProperty } from '../../../common/reception-api';
import type { ConfirmationOut, FourPropertyReportOut, ReportItemOut } from '../../api/reception.hooks';

/** The items of one of the four properties (真实性, 完整性, 可用性, 安全性) and how they came out. */
export interface PropertyGroup {
  property: FourProperty;
  label: string;
  items: ReportItemOut[];
  counts: Record<CheckResultName, number>;
  /** Mandatory items that failed or could not be checked: these make the report fail. */
  blocking: number;
}

const blocks = (i: ReportItemOut) => i.mandatory && (i.result === 'fail' || i.result === 'not_checked');

/** The report's items grouped by property in DA/T 70's order, each group in the report's order; empty groups left out. */
export function groupReport(items: readonly ReportItemOut[]): PropertyGroup[] {
  return fourProperties
    .map((property) => {
      const own = items.filter((i) => i.property === property);
      const counts = Object.fromEntries(checkResults.map((r) => [r, own.filter((i) => i.result === r).length])) as Record<CheckResultName, number>;
      return { property, label: fourPropertyLabels[property], items: own, counts, blocking: own.filter(blocks).length };
    })
    .filter((g) => g.items.length > 0);
}

/** The groups to show opened: those with a failure or an unchecked item, else the first. */
export function openGroups(groups: readonly PropertyGroup[]): FourProperty[] {
  const troubled = groups.filter((g) => g.counts.fail > 0 || g.counts.not_checked > 0).map((g) => g.property);
  return troubled.length > 0 ? troubled : groups.slice(0, 1).map((g) => g.property);
}

/** Manual items still waiting for a person to confirm them (not checked, no confirmation yet). */
export function unconfirmedManualItems(report: FourPropertyReportOut, confirmations: readonly ConfirmationOut[]): ReportItemOut[] {
  const confirmed = new Set(confirmations.map((c) => c.code));
  return report.items.filter((i) => i.mode === 'manual' && i.result === 'not_checked' && !confirmed.has(i.code));
}

/**
 * Confirmations given after the report was made whose result the report does not show yet: the
 * check has to run again to count them.
 */
export function confirmationsNotInReport(report: FourPropertyReportOut, confirmations: readonly ConfirmationOut[]): ConfirmationOut[] {
  const at = Date.parse(report.generatedAt);
  return confirmations.filter((c) => {
    const item = report.items.find((i) => i.code === c.code);
    return !!item && Date.parse(c.confirmedAt) > at && item.result !== c.result;
  });
}
