import { FileProtectOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Descriptions, Popover, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { Link } from 'react-router';
import { materialOriginLabels } from '../../../common/vocabulary';
import { useMe } from '../../api/auth.hooks';
import { useCaseMaterials, type MaterialOut } from '../../api/materials.hooks';
import { QueryError } from '../../components/page-state';
import { courtDate, formatBytes, formatDate, formatDuration, formatTime } from '../../lib/format';
import { MaterialStatusTag, OcrTag, ProblemTags, SourceTag, CategoryText } from './material-tags';
import { MaterialUploadModal } from './material-upload-modal';

/** The date a material is placed at: when it was made, or the hearing, or when it arrived. */
export function materialDate(m: Pick<MaterialOut, 'documentDate' | 'hearingDate' | 'createdAt'>): string {
  const date = m.documentDate ?? m.hearingDate;
  if (date) return formatDate(date);
  const at = new Date(m.createdAt);
  return Number.isNaN(at.getTime()) ? formatDate(m.createdAt) : courtDate(at);
}

/** Pages of a document, or the length of a recording. */
export function materialExtent(m: Pick<MaterialOut, 'source' | 'pages' | 'durationSeconds'>): string {
  if (m.durationSeconds !== null && (m.source === 'recording' || m.pages === null)) return formatDuration(m.durationSeconds);
  return m.pages !== null ? `${m.pages} 页` : '—';
}

/** SHA-256 and SM3 of each file of the material, for whoever has to prove a copy is the same. */
export function DigestPopover({ m }: { m: MaterialOut }) {
  const content = (
    <div style={{ maxWidth: 560 }}>
      {m.files.length === 0 && <Typography.Text type="secondary">尚无文件</Typography.Text>}
      {m.files.map((f) => (
        <Descriptions
          key={f.seq}
          size="small"
          column={1}
          title={<span style={{ fontSize: 13 }}>{f.originalName}</span>}
          styles={{ label: { width: 72 } }}
          items={[
            { key: 'fmt', label: '格式', children: `${f.format} · ${formatBytes(f.size)}` },
            { key: 'sha', label: 'SHA-256', children: <Typography.Text copyable className="mono">{f.sha256}</Typography.Text> },
            { key: 'sm3', label: 'SM3', children: <Typography.Text copyable className="mono">{f.sm3}</Typography.Text> },
          ]}
        />
      ))}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {materialOriginLabels[m.origin] ?? m.origin} · {m.createdBy?.name ?? '系统'} · {formatTime(m.createdAt)}
      </Typography.Text>
    </div>
  );
  return (
    <Popover content={content} title="文件与摘要值" trigger="click" placement="left">
      <Button type="text" size="small" icon={<FileProtectOutlined />} aria-label="文件与摘要值" data-testid="material-digests" />
    </Popover>
  );
}

/**
 * 诉讼材料: the case's materials, oldest first — source, title, category, date, extent, status,
 * OCR, problems — polled while any is still being processed; upload for those allowed.
 */
export function MaterialTimeline({ caseId }: { caseId: string }) {
  const materials = useCaseMaterials(caseId);
  const { data: me } = useMe();
  const mayUpload = !!me?.permissions.includes('material.upload');
  const [uploading, setUploading] = useState(false);

  const columns: ColumnsType<MaterialOut> = [
    { title: '序号', key: 'n', width: 48, render: (_, __, i) => i + 1 },
    { title: '日期', key: 'date', width: 96, render: (_, m) => materialDate(m) },
    { title: '来源', dataIndex: 'source', width: 110, render: (s: MaterialOut['source']) => <SourceTag source={s} /> },
    {
      title: '题名',
      dataIndex: 'title',
      render: (title: string, m) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/materials/${encodeURIComponent(m.id)}`} data-testid="material-link">
            {title}
          </Link>
          {(m.author || m.courtroom) && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[m.author, m.courtroom].filter(Boolean).join(' · ')}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: '类别', dataIndex: 'category', width: 140, render: (c: MaterialOut['category']) => <CategoryText category={c} /> },
    { title: '页数/时长', key: 'extent', width: 80, render: (_, m) => materialExtent(m) },
    {
      title: '状态',
      key: 'status',
      width: 180,
      render: (_, m) => (
        <Space size={[0, 4]} wrap>
          <MaterialStatusTag status={m.status} />
          {m.source === 'scanned' && <OcrTag status={m.ocrStatus} />}
        </Space>
      ),
    },
    { title: '问题', dataIndex: 'problems', width: 200, render: (p: MaterialOut['problems']) => <ProblemTags problems={p} /> },
    { title: '', key: 'digests', width: 40, render: (_, m) => <DigestPopover m={m} /> },
  ];

  return (
    <>
      <Space style={{ marginBottom: 8, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">按形成时间排列，最早的在前；处理中的材料会自动刷新。</Typography.Text>
        {mayUpload && (
          <Button type="primary" icon={<UploadOutlined />} onClick={() => setUploading(true)} data-testid="material-upload-open">
            上传材料
          </Button>
        )}
      </Space>
      {materials.isError ? (
        <QueryError error={materials.error} onRetry={() => void materials.refetch()} />
      ) : (
        <Table<MaterialOut>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={materials.data?.items ?? []}
          loading={materials.isPending}
          pagination={(materials.data?.items.length ?? 0) > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{ emptyText: '暂无诉讼材料' }}
          onRow={(m) => ({ 'data-testid': 'material-row', 'data-material-id': m.id, 'data-status': m.status }) as HTMLAttributes<HTMLElement>}
          data-testid="material-timeline"
        />
      )}
      {mayUpload && <MaterialUploadModal caseId={caseId} open={uploading} onClose={() => setUploading(false)} />}
    </>
  );
}
