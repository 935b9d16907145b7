import { FolderOpenOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Flex, Select, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { batchStatuses, batchStatusLabels, type BatchStatus } from '../../../common/vocabulary';
import { useBatches, useRescanQueue, useScanningPoints } from '../../api/scanning.hooks';
import { QueryError } from '../../components/page-state';
import { BatchCreateModal } from './batch-create-modal';
import { BatchTable } from './batch-table';
import { RescanQueue } from './rescan-queue';
import { ScanRequestQueue } from './scan-request-queue';
import { useScanRequestQueue } from '../../api/scan-requests.hooks';

const PAGE_SIZE = 20;

/**
 * 扫描工作台 (扫描员): the batches of the operator's scanning point, a new batch, the pages waiting
 * for re-scan, and the point's hot folder.
 */
export default function ScanningPage() {
  const points = useScanningPoints();
  const [params, setParams] = useSearchParams();
  const [pointId, setPointId] = useState<string>();
  const point = points.data?.items.find((p) => p.id === pointId) ?? points.data?.items[0];
  const [status, setStatus] = useState<BatchStatus>();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const tabParam = params.get('tab');
  const tab = tabParam === 'rescans' || tabParam === 'requests' ? tabParam : 'batches';
  const batches = useBatches({ point: point?.id, status, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, !!point);
  const rescans = useRescanQueue(point?.id);
  const requests = useScanRequestQueue(point?.id, !!point);

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Space size={12} align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>
            扫描工作台
          </Typography.Title>
          {points.data && points.data.items.length > 1 ? (
            <Select
              value={point?.id}
              onChange={(v: string) => {
                setPointId(v);
                setPage(1);
              }}
              options={points.data.items.map((p) => ({ value: p.id, label: p.name }))}
              style={{ width: 220 }}
              data-testid="scanning-point"
            />
          ) : (
            point && <Typography.Text type="secondary" data-testid="scanning-point">{point.name}</Typography.Text>
          )}
        </Space>
        <Button type="primary" icon={<PlusOutlined />} disabled={!point} onClick={() => setCreating(true)} data-testid="batch-create">
          新建批次
        </Button>
      </Flex>
      {points.isError && <QueryError error={points.error} onRetry={() => void points.refetch()} />}
      {points.data && points.data.items.length === 0 && <Alert type="warning" showIcon title="您的账号没有分配扫描点，请联系系统管理员。" />}
      {point && (
        <Alert
          type="info"
          showIcon
          icon={<FolderOpenOutlined />}
          title={
            <Space size={4} wrap>
              <span>热文件夹：</span>
              <Typography.Text copyable className="mono" data-testid="hot-folder">
                {point.hotFolder}
              </Typography.Text>
            </Space>
          }
          description="把扫描仪输出的一个文件夹（每页一个图像文件）整个放进热文件夹，系统会自动把它建成一个批次并逐页质检；文件名顺序即页序。文件夹名可以写案号，如“（2021）沪0118民初1234号 起诉材料”。"
        />
      )}
      <Card size="small" styles={{ body: { paddingTop: 0 } }}>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams(k === 'batches' ? {} : { tab: k }, { replace: true })}
          items={[
            {
              key: 'batches',
              label: '批次',
              children: (
                <Flex vertical gap={8}>
                  <Space>
                    <Typography.Text>状态</Typography.Text>
                    <Select<BatchStatus>
                      allowClear
                      placeholder="全部"
                      value={status}
                      onChange={(v) => {
                        setStatus(v);
                        setPage(1);
                      }}
                      options={batchStatuses.map((s) => ({ value: s, label: batchStatusLabels[s] }))}
                      style={{ width: 140 }}
                      data-testid="batch-status-filter"
                    />
                  </Space>
                  {batches.isError && <QueryError error={batches.error} onRetry={() => void batches.refetch()} />}
                  <BatchTable
                    items={batches.data?.items ?? []}
                    total={batches.data?.total ?? 0}
                    page={page}
                    pageSize={PAGE_SIZE}
                    loading={batches.isFetching && !batches.data}
                    onPageChange={setPage}
                  />
                </Flex>
              ),
            },
            {
              key: 'rescans',
              label: (
                <Space size={6} data-testid="tab-rescans">
                  待重扫
                  <Badge count={rescans.data?.items.length ?? 0} size="small" />
                </Space>
              ),
              children: <RescanQueue pointId={point?.id} />,
            },
            {
              key: 'requests',
              label: (
                <Space size={6} data-testid="tab-scan-requests">
                  补扫申请
                  <Badge count={requests.data?.items.filter((r) => r.status === 'requested').length ?? 0} size="small" />
                </Space>
              ),
              children: <ScanRequestQueue pointId={point?.id} />,
            },
          ]}
        />
      </Card>
      <BatchCreateModal pointId={point?.id} open={creating} onClose={() => setCreating(false)} />
    </Flex>
  );
}
