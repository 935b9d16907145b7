import { FileDoneOutlined, InboxOutlined, OrderedListOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Flex, Skeleton, Space, Typography } from 'antd';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useMe } from '../../api/auth.hooks';
import { useCase } from '../../api/cases.hooks';
import { useCatalogue } from '../../api/catalogue.hooks';
import { useCaseQuarantine } from '../../api/materials.hooks';
import { useCaseReception } from '../../api/reception.hooks';
import { QueryError } from '../../components/page-state';
import { MaterialTimeline } from '../materials/material-timeline';
import { QuarantineList } from '../materials/quarantine-list';
import { CaseHistory } from './case-history';
import { CaseInfo } from './case-info';
import { ArchiveStateTag, ScopeTag } from './case-tags';
import { PartyTable } from './party-table';

/** 案件详情. The breadcrumb goes back to the list with the filters it was opened from. */
export default function CaseDetailPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const listSearch = (location.state as { listSearch?: unknown } | null)?.listSearch;
  const backTo = `/cases${typeof listSearch === 'string' ? listSearch : ''}`;
  const detail = useCase(id);
  const c = detail.data;
  const { data: me } = useMe();
  const quarantine = useCaseQuarantine(id);
  const quarantined = quarantine.data?.items ?? [];
  const openQuarantine = quarantined.filter((q) => !q.resolvedAt).length;
  // 编目 opens the catalogue editor: for a file in 待编目, or any file that already has a catalogue.
  const catalogue = useCatalogue(id, { enabled: !!c && c.archiveState !== 'collecting' });
  const showCatalogue = c?.archiveState === 'cataloguing' || !!catalogue.data;
  // 接收归档: from approval on; once archived the 档号 (from the reception) links to the archive.
  const showReception = !!c && ['awaiting_reception', 'archived', 'transferred', 'disposed'].includes(c.archiveState);
  const archivalCode = useCaseReception(id, showReception && c?.archiveState !== 'awaiting_reception').data?.archivalCode;

  return (
    <Flex vertical gap={12}>
      <Breadcrumb
        items={[{ title: <Link to={backTo} data-testid="breadcrumb-cases">案件</Link> }, { title: c?.caseNumber ?? '案件详情' }]}
      />
      {detail.isError && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}
      {detail.isPending && <Card><Skeleton active /></Card>}
      {c && (
        <>
          <Space size={12} align="center" wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="case-number">
              {c.caseNumber}
            </Typography.Title>
            <Typography.Text type="secondary">{c.causeOfAction}</Typography.Text>
            <ArchiveStateTag state={c.archiveState} />
            <ScopeTag status={c.scopeStatus} />
            {showCatalogue && (
              <Button
                size="small"
                icon={<OrderedListOutlined />}
                onClick={() => void navigate(`/cases/${encodeURIComponent(c.id)}/catalogue`)}
                data-testid="case-catalogue-link"
              >
                编目
              </Button>
            )}
            {c.archiveState !== 'collecting' && c.archiveState !== 'cataloguing' && (
              <Button size="small" icon={<FileDoneOutlined />} onClick={() => void navigate(`/cases/${encodeURIComponent(c.id)}/review`)} data-testid="case-review-link">
                审核
              </Button>
            )}
            {showReception && (
              <Button size="small" icon={<InboxOutlined />} onClick={() => void navigate(`/cases/${encodeURIComponent(c.id)}/reception`)} data-testid="case-reception-link">
                接收归档
              </Button>
            )}
            {archivalCode && (
              <Typography.Text data-testid="case-archival-code">
                档号{' '}
                {me?.permissions.includes('archive.receive') ? (
                  <Link to={`/archives/${encodeURIComponent(archivalCode)}`} className="mono">
                    {archivalCode}
                  </Link>
                ) : (
                  <span className="mono">{archivalCode}</span>
                )}
              </Typography.Text>
            )}
          </Space>
          <Card size="small" title="基本信息">
            <CaseInfo c={c} />
          </Card>
          <Card size="small" title={`当事人（${c.partyList.length}）`}>
            <PartyTable parties={c.partyList} />
          </Card>
          <Card size="small" title="诉讼材料" data-testid="case-materials">
            <MaterialTimeline caseId={c.id} />
          </Card>
          {quarantined.length > 0 && (
            <Card
              size="small"
              title={`隔离区（${openQuarantine > 0 ? `${openQuarantine} 个待处理` : '均已处理'}）`}
              data-testid="case-quarantine"
            >
              <QuarantineList caseId={c.id} mayResolve={!!me?.permissions.includes('material.upload')} />
            </Card>
          )}
          <Card size="small" title="变更记录">
            <CaseHistory caseId={c.id} />
          </Card>
        </>
      )}
    </Flex>
  );
}
