import { Alert, Breadcrumb, Button, Card, Empty, Flex, Skeleton, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { archiveStateLabels } from '../../../common/vocabulary';
import { useMe } from '../../api/auth.hooks';
import { useCase } from '../../api/cases.hooks';
import { useCaseReception, type CaseReceptionOut } from '../../api/reception.hooks';
import { QueryError } from '../../components/page-state';
import { ArchiveStateTag } from '../cases/case-tags';
import { acceptBlockReason } from './accept-block';
import { AcceptModal } from './accept-modal';
import { ArchivedNotice } from './archived-notice';
import { DecisionHistory } from './decision-history';
import { ProposalCard } from './proposal-card';
import { RejectModal } from './reject-modal';
import { ReportPanel } from './report-panel';
import { RunCheckButton } from './run-check-button';

function StateNotice({ r }: { r: CaseReceptionOut }) {
  if (r.archivalCode || r.mayDecide) return null;
  const title =
    r.archiveState === 'awaiting_reception' ? '案卷待档案管理员接收' : `案卷当前${archiveStateLabels[r.archiveState] ?? r.archiveState}，不在待接收状态`;
  return <Alert type="info" showIcon title={title} />;
}

/**
 * 检测并接收 (the archivist): run the 四性检测 on an approved file, read the report by property,
 * confirm the manual items, then 接收归档 (档号, 保管期限) or 拒绝接收 with reasons. Earlier decisions
 * are listed; after acceptance the page shows the 档号 and links to the archive.
 */
export default function ReceptionPage() {
  const { id = '' } = useParams();
  const kase = useCase(id);
  const reception = useCaseReception(id);
  const { data: me } = useMe();
  const [deciding, setDeciding] = useState<'accept' | 'reject' | null>(null);
  const r = reception.data;
  const blocked = r ? acceptBlockReason(r) : null;
  const awaiting = r?.mayDecide && r.archiveState === 'awaiting_reception';

  return (
    <Flex vertical gap={12}>
      <Breadcrumb
        items={[
          { title: <Link to="/reception">接收归档</Link> },
          { title: <Link to={`/cases/${encodeURIComponent(id)}`}>{r?.caseNumber ?? kase.data?.caseNumber ?? '案件详情'}</Link> },
          { title: '检测与接收' },
        ]}
      />
      {reception.isError && <QueryError error={reception.error} onRetry={() => void reception.refetch()} />}
      {reception.isPending && (
        <Card>
          <Skeleton active />
        </Card>
      )}
      {r && (
        <>
          <Card size="small" data-testid="reception-header">
            <Flex justify="space-between" align="center" wrap gap={8}>
              <Space size={12} align="center" wrap>
                <Typography.Title level={4} style={{ margin: 0 }}>
                  {r.caseNumber}
                </Typography.Title>
                {kase.data?.causeOfAction && <Typography.Text type="secondary">{kase.data.causeOfAction}</Typography.Text>}
                <span data-testid="reception-state" data-state={r.archiveState}>
                  <ArchiveStateTag state={r.archiveState} />
                </span>
              </Space>
              {awaiting && (
                <Space wrap>
                  <RunCheckButton caseId={id} rerun={!!r.report} />
                  <Button danger onClick={() => setDeciding('reject')} data-testid="reception-reject">
                    拒绝接收
                  </Button>
                  <Tooltip title={blocked}>
                    <Button type="primary" disabled={!!blocked} onClick={() => setDeciding('accept')} data-testid="reception-accept">
                      接收归档
                    </Button>
                  </Tooltip>
                </Space>
              )}
            </Flex>
          </Card>
          {r.archivalCode && <ArchivedNotice archivalCode={r.archivalCode} mayOpenArchive={!!me?.permissions.includes('archive.receive')} />}
          <StateNotice r={r} />
          <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 8fr) minmax(300px, 3fr)', gap: 12, alignItems: 'start' }}>
            <Card size="small" title="四性检测报告">
              {r.report ? (
                <ReportPanel caseId={id} report={r.report} confirmations={r.confirmations} mayConfirm={!!awaiting} />
              ) : (
                <Empty
                  description={awaiting ? '尚未运行四性检测。点击上方“运行四性检测”，系统逐个文件校验摘要、格式、签名和元数据，约需数秒。' : '尚未运行四性检测'}
                  data-testid="report-empty"
                />
              )}
            </Card>
            <Flex vertical gap={12}>
              {r.proposal && <ProposalCard proposal={r.proposal} />}
              <Card size="small" title="接收记录">
                {r.decisions.length > 0 ? <DecisionHistory decisions={r.decisions} /> : <Typography.Text type="secondary">尚无接收或拒收记录</Typography.Text>}
              </Card>
            </Flex>
          </div>
          {r.proposal && <AcceptModal caseId={id} open={deciding === 'accept'} proposal={r.proposal} onClose={() => setDeciding(null)} />}
          <RejectModal caseId={id} open={deciding === 'reject'} onClose={() => setDeciding(null)} />
        </>
      )}
    </Flex>
  );
}
