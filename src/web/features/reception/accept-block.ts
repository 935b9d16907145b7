import type { CaseReceptionOut } from '../../api/reception.hooks';

/**
 * Why the file cannot be accepted now, in words for the tooltip of the disabled 接收归档 button;
 * null when it can. The server checks again (and re-runs the 四性检测) whatever this says.
 */
export function acceptBlockReason(r: Pick<CaseReceptionOut, 'archiveState' | 'report' | 'proposal' | 'mayDecide'>): string | null {
  if (r.archiveState === 'archived') return '案卷已归档';
  if (r.archiveState !== 'awaiting_reception') return '案卷不在待档案接收状态';
  if (!r.mayDecide) return '您无权接收这份案卷';
  if (!r.report) return '请先运行四性检测';
  if (!r.report.passed) return '最近一次四性检测未通过：必检项须全部通过（或不适用）才能接收';
  if (!r.proposal) return '尚不能确定档号和保管期限';
  return null;
}
