import { Alert } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useDeadlineSummary } from '../../api/deadlines.hooks';
import { reminderText } from './deadline-text';

/**
 * A small dismissible reminder of files due soon or overdue for handing to the archives (归档期限),
 * shown only when there is something; dismissing it lasts for this visit of the page.
 */
export function DeadlineReminder() {
  const summary = useDeadlineSummary();
  const [dismissed, setDismissed] = useState(false);
  const text = summary.data ? reminderText(summary.data.counts, summary.data.defaultScope) : null;
  if (dismissed || !text) return null;
  return (
    <Alert
      type={summary.data!.counts.overdue > 0 ? 'error' : 'warning'}
      showIcon
      closable={{ onClose: () => setDismissed(true), 'aria-label': '关闭提醒' }}
      title={
        <span data-testid="deadline-reminder">
          {text}，<Link to="/deadlines">查看归档期限</Link>
        </span>
      }
    />
  );
}
