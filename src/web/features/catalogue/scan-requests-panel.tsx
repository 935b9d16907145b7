import { App, Button, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { scanRequestStatusLabels, type ScanRequestStatus } from '../../../common/vocabulary';
import { errorMessage } from '../../api/client';
import { useCancelScanRequest, type ScanRequestOut } from '../../api/scan-requests.hooks';
import { ReasonModal } from '../../components/reason-modal';
import { formatTime } from '../../lib/format';
import styles from './catalogue.module.css';

export const scanRequestStatusColors: Record<ScanRequestStatus, string> = { requested: 'gold', scanning: 'blue', done: 'green', cancelled: 'default' };

/**
 * 补扫申请 of the case: what was asked, of which scanning point, and how far it got; a fulfilled one
 * names the materials that arrived (in 未编入材料). An open one can be withdrawn with a reason.
 */
export function ScanRequestsPanel({ requests, editable }: { requests: ScanRequestOut[]; editable: boolean }) {
  const cancel = useCancelScanRequest();
  const { message } = App.useApp();
  const [withdrawing, setWithdrawing] = useState<ScanRequestOut | null>(null);
  return (
    <>
      <List
        size="small"
        dataSource={requests}
        rowKey="id"
        data-testid="scan-requests"
        renderItem={(r) => (
          <List.Item
            data-testid="scan-request"
            data-status={r.status}
            actions={
              editable && (r.status === 'requested' || r.status === 'scanning')
                ? [
                    <Button key="cancel" size="small" type="link" danger data-testid="scan-request-cancel" onClick={() => setWithdrawing(r)}>
                      撤销
                    </Button>,
                  ]
                : undefined
            }
          >
            <div className={styles.unplacedText}>
              <Space size={6} wrap>
                <span>{r.title}</span>
                <Tag color={scanRequestStatusColors[r.status]} className={styles.smallTag} data-testid="scan-request-status">
                  {scanRequestStatusLabels[r.status]}
                </Tag>
              </Space>
              <Typography.Text type="secondary" className={styles.reasons}>
                {r.scanningPointName} · {r.requestedBy ?? '—'} 于 {formatTime(r.requestedAt)} 申请
                {r.note ? ` · ${r.note}` : ''}
              </Typography.Text>
              {r.status === 'cancelled' && (
                <Typography.Text type="secondary" className={styles.reasons}>
                  {r.closedBy ?? '—'}撤销或退回：{r.cancelReason}
                </Typography.Text>
              )}
              {r.materials.length > 0 && (
                <Typography.Text className={styles.reasons} data-testid="scan-request-materials">
                  已到达：
                  {r.materials.map((m, i) => (
                    <span key={m.id}>
                      {i > 0 && '、'}
                      <Link to={`/materials/${encodeURIComponent(m.id)}`} target="_blank">
                        {m.title}
                      </Link>
                      {m.status !== 'ready' && '（处理中）'}
                    </span>
                  ))}
                </Typography.Text>
              )}
            </div>
          </List.Item>
        )}
      />
      <ReasonModal
        open={withdrawing !== null}
        title={`撤销补扫申请“${withdrawing?.title ?? ''}”`}
        label="撤销原因"
        okText="撤销申请"
        placeholder="如：当事人已提交电子件"
        testId="scan-request-withdraw"
        onCancel={() => setWithdrawing(null)}
        onSubmit={async (reason) => {
          try {
            await cancel.mutateAsync({ id: withdrawing!.id, reason });
            setWithdrawing(null);
          } catch (error) {
            void message.error(errorMessage(error));
            throw error;
          }
        }}
      />
    </>
  );
}
