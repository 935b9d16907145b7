import { Button, List, Space, Tag, Typography } from 'antd';
import type { CatalogueDraft } from './catalogue-draft';
import { allEntries } from './catalogue-draft';
import { useResolveReviewComment, type CaseReviewOut } from '../../api/review.hooks';
import { formatTime } from '../../lib/format';
import styles from './catalogue.module.css';

/**
 * 审核意见 for the clerk after a return: the judge's overall comment and each entry comment, with
 * 定位 (scroll to the entry) and 已修改 (mark it dealt with before resubmitting).
 */
export function ReviewFeedbackPanel({
  caseId,
  review,
  draft,
  editable,
  onLocate,
}: {
  caseId: string;
  review: CaseReviewOut;
  draft: CatalogueDraft;
  editable: boolean;
  onLocate: (focus: string) => void;
}) {
  const resolve = useResolveReviewComment(caseId);
  const lastReturn = [...review.rounds].reverse().find((r) => r.decision === 'return');
  const titleOf = (id: string | null) => (id ? (allEntries(draft).find((e) => e.materialId === id)?.title ?? draft.unplaced.find((u) => u.materialId === id)?.title ?? '（已移出目录的材料）') : '整个案卷');
  const open = review.comments.filter((c) => !c.resolvedAt);
  return (
    <div data-testid="review-feedback">
      {lastReturn && (
        <Typography.Paragraph style={{ marginBottom: 8 }} data-testid="review-feedback-return">
          <Tag color="orange">第 {lastReturn.round} 次退回</Tag>
          {lastReturn.decidedBy}，{formatTime(lastReturn.decidedAt)}
          {lastReturn.comments && <>：{lastReturn.comments}</>}
        </Typography.Paragraph>
      )}
      <List
        size="small"
        dataSource={review.comments}
        rowKey="id"
        locale={{ emptyText: '没有逐条意见' }}
        renderItem={(c) => (
          <List.Item
            data-testid="review-feedback-item"
            data-resolved={!!c.resolvedAt}
            actions={[
              ...(c.materialId ? [<Button key="locate" size="small" type="link" onClick={() => onLocate(`entry:${c.materialId}`)}>定位</Button>] : []),
              ...(editable && !c.resolvedAt
                ? [
                    <Button key="resolve" size="small" loading={resolve.isPending && resolve.variables === c.id} onClick={() => resolve.mutate(c.id)} data-testid="review-feedback-resolve">
                      已修改
                    </Button>,
                  ]
                : []),
            ]}
          >
            <div className={styles.unplacedText}>
              <Space size={6} wrap>
                <Typography.Text strong>{titleOf(c.materialId)}</Typography.Text>
                {c.resolvedAt ? <Tag color="green">已修改</Tag> : <Tag color="orange">待修改</Tag>}
              </Space>
              <Typography.Text>{c.text}</Typography.Text>
              <Typography.Text type="secondary" className={styles.reasons}>
                第 {c.round} 次审核 · {c.author ?? '—'}
              </Typography.Text>
            </div>
          </List.Item>
        )}
      />
      {open.length > 0 && editable && <Typography.Text type="secondary">还有 {open.length} 条意见未标记“已修改”。</Typography.Text>}
    </div>
  );
}
