import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Space, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { archiveContentUrl, useArchiveFiles, type ArchiveFileOut, type ArchiveVersionOut } from '../../api/archives.hooks';
import { QueryError } from '../../components/page-state';
import { abbreviateHash, formatBytes } from '../../lib/format';
import { versionKindLabels } from './archive-tags';

const baseName = (path: string) => path.split('/').pop() ?? path;

/** The files of one version (path, size, SHA-256), each to open in a new tab or download. */
export function ArchiveFiles({
  archivalCode,
  versions,
  version,
  onVersion,
}: {
  archivalCode: string;
  versions: ArchiveVersionOut[];
  version: string;
  onVersion: (version: string) => void;
}) {
  const files = useArchiveFiles(archivalCode, version);
  const [filter, setFilter] = useState('');
  const shown = (files.data?.files ?? []).filter((f) => !filter || f.path.toLowerCase().includes(filter.trim().toLowerCase()));
  const columns: ColumnsType<ArchiveFileOut> = [
    { title: '路径', dataIndex: 'path', render: (p: string) => <Typography.Text style={{ wordBreak: 'break-all' }}>{p}</Typography.Text> },
    { title: '大小', dataIndex: 'size', width: 84, align: 'right', render: (s: number) => formatBytes(s) },
    {
      title: 'SHA-256',
      dataIndex: 'sha256',
      width: 150,
      render: (h: string) => (
        <Tooltip title={<span className="mono">{h}</span>}>
          <Typography.Text className="mono" copyable={{ text: h }} style={{ fontSize: 12 }}>
            {abbreviateHash(h, 8, 4)}
          </Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: '操作',
      key: 'open',
      width: 76,
      render: (_, f) => (
        <Space size={0}>
          <Button type="text" size="small" icon={<EyeOutlined />} href={archiveContentUrl(archivalCode, version, f.path)} target="_blank" rel="noopener" aria-label="打开" title="打开" />
          <Button type="text" size="small" icon={<DownloadOutlined />} href={archiveContentUrl(archivalCode, version, f.path)} download={baseName(f.path)} aria-label="下载" title="下载" />
        </Space>
      ),
    },
  ];
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap align="center">
        <Select
          value={version}
          onChange={onVersion}
          style={{ width: 220 }}
          options={[...versions].reverse().map((v) => ({ value: v.version, label: `${v.version} · ${versionKindLabels[v.kind]}` }))}
          data-testid="archive-files-version"
        />
        <Input allowClear placeholder="按路径筛选" value={filter} onChange={(e) => setFilter(e.target.value)} style={{ width: 220 }} />
        {files.data && (
          <Typography.Text type="secondary">
            {shown.length === files.data.files.length ? `${files.data.files.length} 个文件` : `${shown.length} / ${files.data.files.length} 个文件`}
          </Typography.Text>
        )}
      </Flex>
      {files.isError && <QueryError error={files.error} onRetry={() => void files.refetch()} />}
      <Table<ArchiveFileOut>
        size="small"
        rowKey="path"
        columns={columns}
        dataSource={shown}
        loading={files.isPending}
        pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: '没有文件' }}
        data-testid="archive-files"
      />
    </Flex>
  );
}
