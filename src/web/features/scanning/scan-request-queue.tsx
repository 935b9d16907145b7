import { App, Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { scanRequestStatusLabels } from '../../../common/vocabulary';
import { errorMessage } from '../../api/client';
import { useCancelScanRequest, useScanRequestQueue, useStartScanRequest, type ScanRequestOut } from '../../api/scan-requests.hooks';
import { QueryError } from '../../components/page-state';
import { ReasonModal } from '../../components/reason-modal';
import { formatTime } from '../../lib/format';
import { scanRequestStatusColors } from '../catalogue/scan-requests-panel';

/**
 * 补扫申请 of the scanning point, oldest first: what the clerk needs scanned for which case. 开始扫描
 * opens a batch for it (pages are then added, checked and attached as usual; attaching fulfils the
 * request); 退回 gives it back to the clerk with a reason (e.g. the original never arrived).
 */
export function ScanRequestQueue({ pointId }: { pointId: string | undefined }) {
  const queue = useScanRequestQueue(pointId, !!pointId);
  const start = useStartScanRequest();
  const cancel = useCancelScanRequest();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [returning, setReturning] = useState<ScanRequestOut | null>(null);

  const columns: ColumnsType<ScanRequestOut> = [
    { title: '申请时间', dataIndex: 'requestedAt', width: 150, render: formatTime },
    {
      title: '案号',
      dataIndex: 'caseNumber',
      width: 200,
      render: (v: string, r) => <Link to={`/cases/${encodeURIComponent(r.caseId)}`}>{v}</Link>,
    },
    { title: '要扫描的材料', dataIndex: 'title', render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
    { title: '说明', dataIndex: 'note', ellipsis: true, render: (v: string | null) => v || '—' },
    { title: '申请人', dataIndex: 'requestedBy', width: 90, render: (v: string | null) => v ?? '—' },
    {
      title: '状态',
      dataIndex: 'status',
      width: 90,
      render: (_: unknown, r) => <Tag color={scanRequestStatusColors[r.status]}>{scanRequestStatusLabels[r.status]}</Tag>,
    },
    {
      title: '',
      key: 'actions',
      width: 170,
      render: (_, r) => (
        <Space size={0}>
          {r.status === 'requested' ? (
            <Button
              size="small"
              type="primary"
              loading={start.isPending && start.variables === r.id}
              data-testid="scan-request-start"
              onClick={async () => {
                try {
                  const { batchId } = await start.mutateAsync(r.id);
                  void navigate(`/scanning/batches/${encodeURIComponent(batchId)}`);
                } catch (error) {
                  void message.error(errorMessage(error));
                }
              }}
            >
              开始扫描
            </Button>
          ) : (
            r.batchId && (
              <Link to={`/scanning/batches/${encodeURIComponent(r.batchId)}`} data-testid="scan-request-batch">
                打开批次
              </Link>
            )
          )}
          <Button size="small" type="link" danger data-testid="scan-request-return" onClick={() => setReturning(r)}>
            退回
          </Button>
        </Space>
      ),
    },
  ];

  if (queue.isError) return <QueryError error={queue.error} onRetry={() => void queue.refetch()} />;
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        书记员在编目时申请补扫的纸质材料，按申请时间排列。开始扫描后照常上传、质检、拆分挂接；挂接后材料自动进入该案的“未编入材料”，申请即完成。
      </Typography.Paragraph>
      <Table<ScanRequestOut>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={queue.data?.items ?? []}
        loading={queue.isPending && !!pointId}
        pagination={false}
        locale={{ emptyText: '没有待处理的补扫申请' }}
        data-testid="scan-request-queue"
      />
      <ReasonModal
        open={returning !== null}
        title={`退回补扫申请“${returning?.title ?? ''}”`}
        label="退回原因"
        okText="退回"
        placeholder="如：纸质原件未送到扫描点"
        testId="scan-request-return-form"
        onCancel={() => setReturning(null)}
        onSubmit={async (reason) => {
          try {
            await cancel.mutateAsync({ id: returning!.id, reason });
            setReturning(null);
          } catch (error) {
            void message.error(errorMessage(error));
            throw error;
          }
        }}
      />
    </>
  );
}
