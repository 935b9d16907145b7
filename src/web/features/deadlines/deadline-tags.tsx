import { Tag } from 'antd';
import type { DeadlineItem } from '../../../common/deadline-api';
import { statusText } from './deadline-text';

const colors = { not_due: 'default', due_soon: 'orange', overdue: 'red' } as const;

/** 即将到期 (orange) or 已超期 (red), with the days left or overdue. */
export function DeadlineStatusTag({ status, days }: Pick<DeadlineItem, 'status' | 'days'>) {
  return (
    <Tag color={colors[status]} data-testid={`deadline-${status}`}>
      {statusText(status, days)}
    </Tag>
  );
}
