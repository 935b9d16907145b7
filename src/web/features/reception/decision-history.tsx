import { Tag, Timeline, Typography } from 'antd';
import type { ReceptionDecisionOut } from '../../api/reception.hooks';
import { formatTime } from '../../lib/format';

/** Earlier reception decisions (拒收, then 接收), oldest first, with the reasons. */
export function DecisionHistory({ decisions }: { decisions: ReceptionDecisionOut[] }) {
  const sorted = [...decisions].sort((a, b) => Date.parse(a.decidedAt) - Date.parse(b.decidedAt));
  return (
    <Timeline
      data-testid="reception-decisions"
      items={sorted.map((d) => ({
        key: d.id,
        color: d.decision === 'accept' ? 'green' : 'red',
        content: (
          <div data-testid="reception-decision" data-decision={d.decision}>
            <div>
              <Tag color={d.decision === 'accept' ? 'green' : 'red'}>{d.decision === 'accept' ? '接收归档' : '拒绝接收'}</Tag>
              {d.decidedBy ?? '—'}，{formatTime(d.decidedAt)}
            </div>
            {d.reasons && <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>理由：{d.reasons}</Typography.Paragraph>}
          </div>
        ),
      }))}
    />
  );
}
