import { LeftOutlined, RightOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Drawer, Flex, Form, Input, Row, Select, Space, Spin, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { rescanReasonLabels, rescanReasons, type RescanReason } from '../../../common/vocabulary';
import { errorMessage } from '../../api/client';
import { pageImageUrl, useRescanPage, type PageReason, type ScanPageOut } from '../../api/scanning.hooks';
import { formatTime } from '../../lib/format';
import { PageStatusTag, VerdictTag } from './scan-tags';
import { ReplacePageButton } from './replace-page-button';
import { colourModeLabels, formatReasonMeasure, reasonCheckLabels, suggestedRescanReason } from './scan-reasons';

interface Props {
  batchId: string;
  /** Every page of the batch (replaced ones too), in order. */
  pages: ScanPageOut[];
  pageId: string | null;
  onNavigate: (pageId: string) => void;
  onClose: () => void;
}

function RescanForm({ batchId, page }: { batchId: string; page: ScanPageOut }) {
  const rescan = useRescanPage(batchId);
  const [reason, setReason] = useState<RescanReason>(() => suggestedRescanReason(page.reasons));
  const [note, setNote] = useState('');
  const { message } = App.useApp();
  useEffect(() => {
    setReason(suggestedRescanReason(page.reasons));
    setNote('');
  }, [page.id, page.reasons]);

  return (
    <Card size="small" title="退回重扫" data-testid="page-rescan-form">
      <Form layout="vertical" onFinish={() => undefined}>
        <Form.Item label="原因" style={{ marginBottom: 8 }}>
          <Select<RescanReason>
            value={reason}
            onChange={setReason}
            options={rescanReasons.map((r) => ({ value: r, label: rescanReasonLabels[r] }))}
            data-testid="page-rescan-reason"
          />
        </Form.Item>
        <Form.Item label="说明" style={{ marginBottom: 8 }}>
          <Input.TextArea rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} placeholder="可选，如：左上角折页" data-testid="page-rescan-note" />
        </Form.Item>
        <Button
          danger
          icon={<RollbackOutlined />}
          loading={rescan.isPending}
          onClick={() =>
            rescan.mutate(
              { pageId: page.id, reason, note: note.trim() || undefined },
              {
                onSuccess: () => void message.success(`第 ${page.position} 页已退回重扫`),
                onError: (e) => void message.error(errorMessage(e)),
              },
            )
          }
          data-testid="page-rescan-submit"
        >
          退回重扫
        </Button>
      </Form>
    </Card>
  );
}

const reasonColumns = [
  { title: '检查项', dataIndex: 'code', width: 96, render: (c: string) => reasonCheckLabels[c] ?? c },
  { title: '说明', dataIndex: 'message' },
  { title: '测量值', dataIndex: 'measured', width: 90, render: (v: PageReason['measured'], r: PageReason) => formatReasonMeasure(r.code, v) },
  { title: '限值', dataIndex: 'limit', width: 90, render: (v: PageReason['limit'], r: PageReason) => formatReasonMeasure(r.code, v) },
];

/**
 * The large preview of one page: the image, its facts, every reason with the measured value
 * against the limit, and the re-scan actions — send back (with a reason), or upload the re-scan.
 */
export function PageDrawer({ batchId, pages, pageId, onNavigate, onClose }: Props) {
  const page = pages.find((p) => p.id === pageId) ?? null;
  const inOrder = pages.filter((p) => p.status !== 'replaced');
  const index = page ? inOrder.findIndex((p) => p.id === page.id) : -1;
  const prev = index > 0 ? inOrder[index - 1] : undefined;
  const next = index >= 0 && index < inOrder.length - 1 ? inOrder[index + 1] : undefined;
  const replacedBy = page ? pages.find((p) => p.replacesPageId === page.id) : undefined;
  const replaces = page?.replacesPageId ? pages.find((p) => p.id === page.replacesPageId) : undefined;

  useEffect(() => {
    if (!page) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.target as HTMLElement | null)?.closest('input, textarea, .ant-select')) return;
      if (e.key === 'ArrowLeft' && prev) onNavigate(prev.id);
      if (e.key === 'ArrowRight' && next) onNavigate(next.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [page, prev, next, onNavigate]);

  return (
    <Drawer
      open={page !== null}
      onClose={onClose}
      size={1100}
      destroyOnHidden
      title={
        page && (
          <Space>
            <span data-testid="page-drawer-title">第 {page.position} 页</span>
            <VerdictTag verdict={page.verdict} />
            <PageStatusTag status={page.status} />
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              {page.originalName}
            </Typography.Text>
          </Space>
        )
      }
      extra={
        <Space>
          <Button icon={<LeftOutlined />} disabled={!prev} onClick={() => prev && onNavigate(prev.id)} data-testid="page-prev">
            上一页
          </Button>
          <Button disabled={!next} onClick={() => next && onNavigate(next.id)} data-testid="page-next">
            下一页 <RightOutlined />
          </Button>
        </Space>
      }
      data-testid="page-drawer"
    >
      {page && (
        <Row gutter={16}>
          <Col span={14}>
            <Flex align="center" justify="center" style={{ background: '#525659', minHeight: 400, padding: 8 }}>
              {page.hasThumbnail ? (
                <img
                  key={page.id}
                  src={pageImageUrl(page.id)}
                  alt={`第 ${page.position} 页`}
                  style={{ maxWidth: '100%', maxHeight: 'calc(100vh - 140px)', background: '#fff' }}
                  data-testid="page-image"
                />
              ) : (
                <Spin tip="质检中…" size="large">
                  <div style={{ width: 200, height: 200 }} />
                </Spin>
              )}
            </Flex>
          </Col>
          <Col span={10}>
            <Flex vertical gap={12}>
              {page.verdict === null && <Alert type="info" showIcon title="正在质检，完成后自动显示结果" />}
              <Table
                rowKey={(r, i) => `${r.code}-${i}`}
                size="small"
                columns={reasonColumns}
                dataSource={page.reasons}
                pagination={false}
                locale={{ emptyText: page.verdict === null ? '质检中' : '没有发现问题' }}
                data-testid="page-reasons"
              />
              <Descriptions
                size="small"
                bordered
                column={2}
                items={[
                  { key: 'size', label: '像素', children: page.width && page.height ? `${page.width} × ${page.height}` : '—' },
                  { key: 'dpi', label: '分辨率', children: page.dpi ? `${page.dpi} dpi` : '未记录' },
                  { key: 'colour', label: '色彩模式', children: page.colourMode ? (colourModeLabels[page.colourMode] ?? page.colourMode) : '—' },
                  { key: 'format', label: '格式', children: page.format },
                  { key: 'at', label: '上传时间', children: formatTime(page.createdAt), span: 2 },
                ]}
              />
              {replaces && <Alert type="info" showIcon title={`这是重扫页，替换了原第 ${replaces.position} 页（${replaces.originalName}）`} />}
              {page.status === 'active' && page.verdict !== null && <RescanForm batchId={batchId} page={page} />}
              {page.status === 'rescan' && (
                <Card size="small" title="等待重扫" data-testid="page-rescan-pending">
                  <Flex vertical gap={8}>
                    <Typography.Text>
                      退回原因：{page.rescanReason ? (rescanReasonLabels[page.rescanReason as RescanReason] ?? page.rescanReason) : '—'}
                      <Typography.Text type="secondary">（{formatTime(page.rescanRequestedAt)}）</Typography.Text>
                    </Typography.Text>
                    <Typography.Text type="secondary">重扫后上传的页面放在原位置（第 {page.position} 页），本页标记为已重扫替换。</Typography.Text>
                    <ReplacePageButton batchId={batchId} pageId={page.id} onReplaced={(p) => onNavigate(p.id)} />
                  </Flex>
                </Card>
              )}
              {page.status === 'replaced' && (
                <Alert
                  type="warning"
                  showIcon
                  title="本页已被重扫页替换，不再使用"
                  action={
                    replacedBy && (
                      <Button size="small" onClick={() => onNavigate(replacedBy.id)}>
                        查看重扫页
                      </Button>
                    )
                  }
                />
              )}
            </Flex>
          </Col>
        </Row>
      )}
    </Drawer>
  );
}
