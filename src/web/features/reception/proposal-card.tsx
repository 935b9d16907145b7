import { Card, Descriptions, Typography } from 'antd';
import type { ReceptionProposalOut } from '../../api/reception.hooks';

/** What reception would assign now: the next 档号 of the series and the 保管期限 with its reasons. */
export function ProposalCard({ proposal }: { proposal: ReceptionProposalOut }) {
  return (
    <Card size="small" title="拟定档号与保管期限" data-testid="reception-proposal">
      <Descriptions
        size="small"
        column={1}
        styles={{ label: { width: 72, whiteSpace: 'nowrap' } }}
        items={[
          { key: 'code', label: '档号', children: <Typography.Text className="mono">{proposal.nextArchivalCode}</Typography.Text> },
          { key: 'series', label: '序列', children: proposal.series },
          {
            key: 'retention',
            label: '保管期限',
            children: (
              <div>
                <Typography.Text strong>{proposal.retentionPeriod.label}</Typography.Text>
                {proposal.retentionReasons.map((r, i) => (
                  <Typography.Text key={i} type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {r}
                  </Typography.Text>
                ))}
              </div>
            ),
          },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        档号在接收时赋予，以接收时的顺序号为准。
      </Typography.Text>
    </Card>
  );
}
