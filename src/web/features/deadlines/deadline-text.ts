import type { DeadlineCounts, DeadlineScopeValue } from '../../../common/deadline-api';

const whose: Record<DeadlineScopeValue, string> = { mine: '您有', division: '本庭有', court: '全院有' };

/**
 * The reminder sentence for the case list, or null when nothing is due soon or overdue:
 * “您有 3 件案卷已超过归档期限、2 件即将到期”.
 */
export function reminderText(counts: DeadlineCounts, scope: DeadlineScopeValue): string | null {
  const parts: string[] = [];
  if (counts.overdue > 0) parts.push(`${counts.overdue} 件案卷已超过归档期限`);
  if (counts.dueSoon > 0) parts.push(counts.overdue > 0 ? `${counts.dueSoon} 件即将到期` : `${counts.dueSoon} 件案卷即将到归档期限`);
  return parts.length ? `${whose[scope]} ${parts.join('、')}` : null;
}

/** A status with its days: “已超期 12 天”, “即将到期 · 剩 3 天”, “今日到期”, “剩 40 天”. */
export function statusText(status: 'not_due' | 'due_soon' | 'overdue', days: number): string {
  if (status === 'overdue') return `已超期 ${days} 天`;
  if (days === 0) return '今日到期';
  return status === 'due_soon' ? `即将到期 · 剩 ${days} 天` : `剩 ${days} 天`;
}
