import { Alert, Breadcrumb, Card, Col, Flex, Row, Skeleton, Space, Switch, Table, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useBatch, type ScanPageOut } from '../../api/scanning.hooks';
import { QueryError } from '../../components/page-state';
import { formatBytes, formatTime } from '../../lib/format';
import { ProblemTags } from '../materials/material-tags';
import { BatchCounts } from './batch-table';
import { PageDrawer } from './page-drawer';
import { PageGrid } from './page-grid';
import { PageUpload } from './page-upload';
import { BatchStatusTag } from './scan-tags';
import { SplitPanel } from './split-panel';
import { followReplacements, groupNumbers, type DraftGroup } from './split-groups';

/**
 * One scan batch: upload pages, watch the quality verdicts arrive, look at a page large, send it
 * back for re-scan and put the re-scan in, split the stack into materials and attach them.
 */
export default function BatchPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const batch = useBatch(id);
  const b = batch.data;
  const [showReplaced, setShowReplaced] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [groups, setGroups] = useState<DraftGroup[]>([]);
  const [separators, setSeparators] = useState<string[]>([]);
  const lastClicked = useRef<string | null>(null);
  const openPageId = params.get('page');

  const allPages = useMemo(() => [...(b?.pages ?? [])].sort((x, y) => x.position - y.position || Number(x.status === 'replaced') - Number(y.status === 'replaced')), [b]);
  const livePages = useMemo(() => allPages.filter((p) => p.status !== 'replaced'), [allPages]);
  const shown = showReplaced ? allPages : livePages;

  // A re-scan takes the place of its page in the draft materials too.
  useEffect(() => setGroups((g) => followReplacements(g, allPages)), [allPages]);

  const openPage = useCallback(
    (pageId: string | null) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (pageId) next.set('page', pageId);
          else next.delete('page');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const toggle = (p: ScanPageOut, range: boolean) => {
    setSelected((current) => {
      const has = current.includes(p.id);
      if (range && lastClicked.current) {
        const ids = livePages.map((x) => x.id);
        const a = ids.indexOf(lastClicked.current);
        const z = ids.indexOf(p.id);
        if (a >= 0 && z >= 0) {
          const span = ids.slice(Math.min(a, z), Math.max(a, z) + 1);
          return [...new Set([...current, ...span])];
        }
      }
      lastClicked.current = p.id;
      return has ? current.filter((x) => x !== p.id) : [...current, p.id];
    });
  };

  // What the grid says a page belongs to: an attached material by its title, a draft one by its number.
  const labels = useMemo(() => {
    const map = new Map<string, string>();
    for (const g of b?.groups ?? []) if (g.materialId) for (const pid of g.pageIds) map.set(pid, `《${g.title}》`);
    for (const [pid, n] of groupNumbers(groups)) map.set(pid, `材料 ${n}`);
    return map;
  }, [b, groups]);

  return (
    <Flex vertical gap={12}>
      <Breadcrumb items={[{ title: <Link to="/scanning" data-testid="breadcrumb-scanning">扫描工作台</Link> }, { title: b?.label ?? '批次' }]} />
      {batch.isError && <QueryError error={batch.error} onRetry={() => void batch.refetch()} />}
      {batch.isPending && (
        <Card>
          <Skeleton active />
        </Card>
      )}
      {b && (
        <>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Space size={12} align="center" wrap>
              <Typography.Title level={4} style={{ margin: 0 }} data-testid="batch-title">
                {b.label}
              </Typography.Title>
              <BatchStatusTag status={b.status} />
              {b.case ? (
                <Link to={`/cases/${encodeURIComponent(b.case.id)}`} data-testid="batch-case-link">
                  {b.case.caseNumber}
                </Link>
              ) : (
                <Typography.Text type="secondary">未指定案件</Typography.Text>
              )}
            </Space>
            <Space size={12} wrap>
              <Typography.Text data-testid="batch-page-count">
                共 {b.counts.pages - b.counts.blank} 页{b.counts.blank > 0 && `（另有空白页 ${b.counts.blank} 张）`}
                {b.declaredPages !== null && `，应有 ${b.declaredPages} 页`}
              </Typography.Text>
              <BatchCounts counts={b.counts} />
            </Space>
          </Flex>
          {b.scanRequest && (
            <Alert
              type={b.scanRequest.status === 'done' ? 'success' : 'info'}
              showIcon
              data-testid="batch-scan-request"
              title={`补扫申请：${b.scanRequest.title}${b.scanRequest.requestedBy ? `（${b.scanRequest.requestedBy}申请）` : ''}`}
              description={
                b.scanRequest.status === 'done'
                  ? '已挂接，材料已进入该案的“未编入材料”。'
                  : `${b.scanRequest.note ? `说明：${b.scanRequest.note}。` : ''}扫描并质检后，把页面挂接为“${b.scanRequest.title}”，申请即完成。`
              }
            />
          )}
          {b.batchReasons.map((r, i) => (
            <Alert key={`${r.code}-${i}`} type={r.severity === 'fail' ? 'error' : 'warning'} showIcon title={r.message} data-testid="batch-reason" />
          ))}
          {b.quarantine.length > 0 && (
            <Card size="small" title={`未能接收的文件（${b.quarantine.length}）`}>
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={b.quarantine}
                columns={[
                  { title: '文件', dataIndex: 'originalName' },
                  { title: '格式', dataIndex: 'format', width: 90 },
                  { title: '大小', dataIndex: 'size', width: 90, render: formatBytes },
                  { title: '问题', dataIndex: 'problems', render: (p) => <ProblemTags problems={p} /> },
                  { title: '时间', dataIndex: 'createdAt', width: 160, render: formatTime },
                ]}
              />
            </Card>
          )}
          <Row gutter={12}>
            <Col span={16}>
              <Flex vertical gap={12}>
                {b.status !== 'done' && (
                  <Card size="small" title="上传页面">
                    <PageUpload batchId={b.id} compact={livePages.length > 0} />
                  </Card>
                )}
                <Card
                  size="small"
                  title={`页面（${livePages.length}）`}
                  extra={
                    <Space size={4}>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        显示已替换的页
                      </Typography.Text>
                      <Switch size="small" checked={showReplaced} onChange={setShowReplaced} data-testid="show-replaced" />
                    </Space>
                  }
                >
                  <PageGrid
                    pages={shown}
                    selected={new Set(selected)}
                    labels={labels}
                    separators={new Set(separators)}
                    onToggle={toggle}
                    onOpen={(p) => openPage(p.id)}
                  />
                </Card>
              </Flex>
            </Col>
            <Col span={8}>
              <div style={{ position: 'sticky', top: 12 }}>
                <SplitPanel
                  batch={b}
                  pages={livePages}
                  groups={groups}
                  onGroupsChange={setGroups}
                  onSeparators={setSeparators}
                  selected={selected}
                  onClearSelection={() => setSelected([])}
                />
              </div>
            </Col>
          </Row>
          <PageDrawer batchId={b.id} pages={allPages} pageId={openPageId} onNavigate={openPage} onClose={() => openPage(null)} />
        </>
      )}
    </Flex>
  );
}
