import { describe, expect, it } from 'vitest';
import { reminderText, statusText } from './deadline-text';

describe('deadline reminder text', () => {
  it('says how many files are overdue and due soon, for whom, and nothing when none is', () => {
    expect(reminderText({ overdue: 3, dueSoon: 2 }, 'mine')).toBe('您有 3 件案卷已超过归档期限、2 件即将到期');
    expect(reminderText({ overdue: 1, dueSoon: 0 }, 'division')).toBe('本庭有 1 件案卷已超过归档期限');
    expect(reminderText({ overdue: 0, dueSoon: 4 }, 'court')).toBe('全院有 4 件案卷即将到归档期限');
    expect(reminderText({ overdue: 0, dueSoon: 0 }, 'mine')).toBeNull();
  });

  it('writes the days with the status', () => {
    expect(statusText('overdue', 12)).toBe('已超期 12 天');
    expect(statusText('due_soon', 3)).toBe('即将到期 · 剩 3 天');
    expect(statusText('due_soon', 0)).toBe('今日到期');
    expect(statusText('not_due', 40)).toBe('剩 40 天');
  });
});
