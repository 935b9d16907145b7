import { Alert, Breadcrumb, Button, Card, Empty, Flex, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useCase } from '../../api/cases.hooks';
import { useCatalogue } from '../../api/catalogue.hooks';
import { useMaterial } from '../../api/materials.hooks';
import { useAddReviewComment, useApproval, useCaseReview, useDeleteReviewComment } from '../../api/review.hooks';
import { QueryError } from '../../components/page-state';
import { formatTime } from '../../lib/format';
import { ArchiveStateTag } from '../cases/case-tags';
import { Viewer } from '../materials/material-page';
import { ApprovalPanel } from './approval-panel';
import { ApproveModal, ReturnModal } from './decision-modals';
import { ReviewCatalogue } from './review-catalogue';
import { ReviewComments } from './review-comments';
import { ReviewRounds } from './review-rounds';

/**
 * 审核 (the presiding judge): the catalogue as submitted beside the material chosen in it, comments
 * per entry and on the whole file, and the decision — 审核通过并签名 or 退回修改. Anyone who may see
 * the case can read the page; only the reviewer can comment and decide. After approval it shows the
 * signed approval, verified.
 */
export default function ReviewPage() {
  const { id = '' } = useParams();
  const kase = useCase(id);
  const review = useCaseReview(id);
  const catalogue = useCatalogue(id);
  const approval = useApproval(id, review.data?.archiveState === 'awaiting_reception' || review.data?.archiveState === 'archived');
  const addComment = useAddReviewComment(id);
  const deleteComment = useDeleteReviewComment(id);
  const [selected, setSelected] = useState<string | null>(null);
  const [deciding, setDeciding] = useState<'approve' | 'return' | null>(null);
  const r = review.data;
  const c = catalogue.data;
  const firstEntry = c?.volumes[0]?.entries[0]?.materialId ?? null;
  const materialId = selected ?? firstEntry;
  const material = useMaterial(materialId);
  const openRound = r?.open?.round ?? null;
  const comments = r?.comments ?? [];
  const decide = r?.mayDecide ? { onAdd: (text: string) => addComment.mutateAsync({ materialId, text }), onDelete: (cid: string) => deleteComment.mutate(cid) } : {};
  const fileComments = comments.filter((x) => x.materialId === null);
  const roundComments = comments.filter((x) => x.round === openRound).length;

  return (
    <Flex vertical gap={12}>
      <Breadcrumb
        items={[
          { title: <Link to="/cases">案件</Link> },
          { title: <Link to={`/cases/${encodeURIComponent(id)}`}>{kase.data?.caseNumber ?? '案件详情'}</Link> },
          { title: '审核' },
        ]}
      />
      {(review.isError || catalogue.isError) && <QueryError error={review.error ?? catalogue.error} onRetry={() => void review.refetch()} />}
      {(review.isPending || catalogue.isPending) && <Card><Skeleton active /></Card>}
      {r && kase.data && (
        <Card size="small" data-testid="review-header">
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Space size={12} align="center" wrap>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {kase.data.caseNumber}
              </Typography.Title>
              <Typography.Text type="secondary">{kase.data.causeOfAction}</Typography.Text>
              <span data-testid="review-state" data-state={r.archiveState}>
                <ArchiveStateTag state={r.archiveState} />
              </span>
              {r.open && (
                <Typography.Text type="secondary">
                  第 {r.open.round} 次提交 · {r.open.submittedBy ?? '—'} 于 {formatTime(r.open.submittedAt)}
                </Typography.Text>
              )}
            </Space>
            {r.mayDecide && (
              <Space>
                <Button danger onClick={() => setDeciding('return')} data-testid="review-return">
                  退回修改
                </Button>
                <Button type="primary" onClick={() => setDeciding('approve')} data-testid="review-approve">
                  审核通过并签名
                </Button>
              </Space>
            )}
          </Flex>
          {r.open && !r.mayDecide && <Alert style={{ marginTop: 8 }} type="info" showIcon title={`等待${r.open.reviewer ?? '承办法官'}审核`} />}
          {!r.open && r.archiveState === 'cataloguing' && <Alert style={{ marginTop: 8 }} type="warning" showIcon title="案卷在书记员处编目或修改，尚未提交审核" />}
        </Card>
      )}
      {approval.data && (
        <Card size="small" title="审核通过的电子签名">
          <ApprovalPanel approval={approval.data} />
        </Card>
      )}
      {r && c && (
        <div style={{ display: 'grid', gridTemplateColumns: 'minmax(380px, 5fr) 7fr', gap: 12, alignItems: 'start' }}>
          <Flex vertical gap={12}>
            <Card size="small" title="卷内目录" styles={{ body: { padding: 0 } }}>
              <ReviewCatalogue catalogue={c} comments={comments} selected={materialId} onSelect={setSelected} />
            </Card>
            <Card size="small" title="对整个案卷的意见">
              {fileComments.length === 0 && !r.mayDecide ? (
                <Typography.Text type="secondary">没有</Typography.Text>
              ) : (
                <ReviewComments
                  comments={fileComments}
                  openRound={openRound}
                  {...(r.mayDecide ? { onAdd: (text: string) => addComment.mutateAsync({ materialId: null, text }), onDelete: (cid: string) => deleteComment.mutate(cid) } : {})}
                  adding={addComment.isPending}
                  placeholder="对整个案卷的意见"
                />
              )}
            </Card>
            {r.rounds.length > 0 && (
              <Card size="small" title="审核记录">
                <ReviewRounds rounds={r.rounds} />
              </Card>
            )}
          </Flex>
          <Flex vertical gap={12}>
            <Card size="small" title={material.data?.title ?? '材料'} data-testid="review-material">
              {materialId ? (
                <Flex vertical gap={8}>
                  <ReviewComments
                    comments={comments.filter((x) => x.materialId === materialId)}
                    openRound={openRound}
                    {...decide}
                    adding={addComment.isPending}
                    placeholder="对这份材料或这条目录的意见，如：题名应写全称"
                  />
                  {material.data ? <Viewer m={material.data} /> : <Skeleton active />}
                </Flex>
              ) : (
                <Empty description="目录为空" />
              )}
            </Card>
          </Flex>
        </div>
      )}
      {r && <ApproveModal caseId={id} open={deciding === 'approve'} hasSigningKey={r.hasSigningKey} onClose={() => setDeciding(null)} />}
      {r && <ReturnModal caseId={id} open={deciding === 'return'} entryComments={roundComments} onClose={() => setDeciding(null)} />}
    </Flex>
  );
}
