import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { quarantineContentUrl, useCaseQuarantine, useResolveQuarantine, type QuarantineOut } from '../../api/materials.hooks';
import { QueryError } from '../../components/page-state';
import { abbreviateHash, formatBytes, formatTime } from '../../lib/format';
import { ProblemTags } from './material-tags';

/**
 * 隔离区: files of the case refused by the format checks. They never become materials; someone
 * who may upload records what was done about each (e.g. 已请当事人重新提交).
 */
export function QuarantineList({ caseId, mayResolve }: { caseId: string; mayResolve: boolean }) {
  const quarantine = useCaseQuarantine(caseId);
  const resolve = useResolveQuarantine(caseId);
  const [resolving, setResolving] = useState<QuarantineOut | null>(null);
  const [resolution, setResolution] = useState('');
  const { message } = App.useApp();

  const columns: ColumnsType<QuarantineOut> = [
    { title: '时间', dataIndex: 'createdAt', width: 160, render: formatTime },
    {
      title: '文件',
      dataIndex: 'originalName',
      render: (name: string, q) => (
        <Space orientation="vertical" size={0}>
          <span>{name}</span>
          <Typography.Text type="secondary" className="mono" title={q.sha256}>
            {q.format} · {formatBytes(q.size)} · {abbreviateHash(q.sha256)}
          </Typography.Text>
        </Space>
      ),
    },
    { title: '问题', dataIndex: 'problems', width: 320, render: (p: QuarantineOut['problems']) => <ProblemTags problems={p} /> },
    { title: '上传人', key: 'by', width: 90, render: (_, q) => q.uploadedBy?.name ?? '—' },
    {
      title: '处理',
      key: 'resolution',
      width: 200,
      render: (_, q) =>
        q.resolvedAt ? (
          <Space orientation="vertical" size={0}>
            <Tag color="success">已处理</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {q.resolution}
            </Typography.Text>
          </Space>
        ) : (
          <Space size={4}>
            <Tag color="warning">待处理</Tag>
            {mayResolve && (
              <Button size="small" type="link" onClick={() => setResolving(q)} data-testid="quarantine-resolve">
                记录处理结果
              </Button>
            )}
          </Space>
        ),
    },
    {
      title: '',
      key: 'download',
      width: 44,
      render: (_, q) => (
        <Button type="text" size="small" icon={<DownloadOutlined />} href={quarantineContentUrl(q.id)} aria-label="下载原件" title="下载原件" />
      ),
    },
  ];

  if (quarantine.isError) return <QueryError error={quarantine.error} onRetry={() => void quarantine.refetch()} />;
  return (
    <>
      <Table<QuarantineOut>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={quarantine.data?.items ?? []}
        loading={quarantine.isPending}
        pagination={false}
        locale={{ emptyText: '没有被隔离的文件' }}
        data-testid="quarantine-list"
      />
      <Modal
        title="记录处理结果"
        open={resolving !== null}
        okText="保存"
        confirmLoading={resolve.isPending}
        okButtonProps={{ disabled: !resolution.trim() }}
        onCancel={() => setResolving(null)}
        onOk={() =>
          resolving &&
          resolve.mutate(
            { id: resolving.id, resolution: resolution.trim() },
            {
              onSuccess: () => {
                void message.success('已记录');
                setResolving(null);
                setResolution('');
              },
              onError: (e) => void message.error(errorMessage(e)),
            },
          )
        }
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{resolving?.originalName}</Typography.Paragraph>
        <Input.TextArea
          rows={3}
          maxLength={500}
          value={resolution}
          onChange={(e) => setResolution(e.target.value)}
          placeholder="如：已通知当事人提交未加密的 PDF"
        />
      </Modal>
    </>
  );
}
