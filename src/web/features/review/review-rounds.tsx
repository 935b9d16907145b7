import { Tag, Timeline, Typography } from 'antd';
import type { CaseReviewOut } from '../../api/review.hooks';
import { formatTime } from '../../lib/format';

/** Every submission and what came of it, oldest first. */
export function ReviewRounds({ rounds }: { rounds: CaseReviewOut['rounds'] }) {
  return (
    <Timeline
      data-testid="review-rounds"
      items={rounds.map((r) => ({
        color: r.decision === 'approve' ? 'green' : r.decision === 'return' ? 'orange' : 'blue',
        children: (
          <div data-testid="review-round">
            <div>
              第 {r.round} 次提交：{r.submittedBy ?? '—'}，{formatTime(r.submittedAt)}（目录第 {r.catalogueVersion} 版）
            </div>
            {r.decision ? (
              <div>
                <Tag color={r.decision === 'approve' ? 'green' : 'orange'}>{r.decision === 'approve' ? '审核通过' : '退回修改'}</Tag>
                {r.decidedBy}，{formatTime(r.decidedAt)}
                {r.comments && <Typography.Paragraph style={{ margin: '4px 0 0' }}>意见：{r.comments}</Typography.Paragraph>}
              </div>
            ) : (
              <Typography.Text type="secondary">等待{r.reviewer ?? '承办法官'}审核</Typography.Text>
            )}
          </div>
        ),
      }))}
    />
  );
}
