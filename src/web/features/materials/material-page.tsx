import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Col, Descriptions, Empty, Flex, Result, Row, Skeleton, Space, Spin, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { materialOriginLabels } from '../../../common/vocabulary';
import { useCase } from '../../api/cases.hooks';
import { materialContentUrl, useMaterial, type MaterialFileOut, type MaterialOut } from '../../api/materials.hooks';
import { ErrorBoundary } from '../../components/error-boundary';
import { QueryError } from '../../components/page-state';
import { formatBytes, formatDate, formatDuration, formatTime } from '../../lib/format';
import { CategoryText, MaterialStatusTag, OcrTag, ProblemTags, SourceTag } from './material-tags';
import { materialExtent } from './material-timeline';
import { SignaturesPanel } from '../signatures/signatures-panel';

// pdf.js (~1 MB with its worker) comes only when a PDF is opened.
const PdfViewer = lazy(() => import('./pdf-viewer').then((m) => ({ default: m.PdfViewer })));

type ViewerKind = 'pdf' | 'video' | 'audio' | 'image' | 'none';

/**
 * The file the content URL serves by default (the server's `primaryFile`): the latest signed
 * revision, else a scanned material's assembled PDF, else the original.
 */
export function mainFile(m: Pick<MaterialOut, 'files'>): MaterialFileOut | undefined {
  const signed = m.files.filter((f) => f.role === 'signed').sort((a, b) => b.seq - a.seq)[0];
  return signed ?? m.files.find((f) => f.role === 'document') ?? m.files[0];
}

export function viewerKind(file: Pick<MaterialFileOut, 'mime' | 'format'> | undefined): ViewerKind {
  if (!file) return 'none';
  const mime = file.mime.toLowerCase();
  if (mime === 'application/pdf' || file.format.toLowerCase() === 'pdf') return 'pdf';
  if (mime.startsWith('video/')) return 'video';
  if (mime.startsWith('audio/')) return 'audio';
  if (mime === 'image/jpeg' || mime === 'image/png' || mime === 'image/gif' || mime === 'image/bmp' || mime === 'image/webp') return 'image';
  return 'none';
}

const roleLabels: Record<string, string> = { original: '原件', document: '合成 PDF', signed: '签名版' };

function FileFacts({ materialId, f }: { materialId: string; f: MaterialFileOut }) {
  const items: DescriptionsProps['items'] = [
    { key: 'fmt', label: '格式', children: `${f.format}（${f.mime}）` },
    { key: 'size', label: '大小', children: formatBytes(f.size) },
    ...(f.pages !== undefined ? [{ key: 'pages', label: '页数', children: f.pages }] : []),
    ...(f.dpi !== undefined ? [{ key: 'dpi', label: '分辨率', children: f.dpi === null ? '未记录' : `${f.dpi} dpi` }] : []),
    ...(f.durationSeconds !== undefined ? [{ key: 'dur', label: '时长', children: formatDuration(f.durationSeconds) }] : []),
    {
      key: 'keep',
      label: '长期保存',
      children: f.longTermAllowed ? <Tag color="success">适合</Tag> : <Tag color="warning">不适合，归档前须转换</Tag>,
    },
    { key: 'sha', label: 'SHA-256', children: <Typography.Text copyable className="mono" style={{ wordBreak: 'break-all' }}>{f.sha256}</Typography.Text> },
    { key: 'sm3', label: 'SM3', children: <Typography.Text copyable className="mono" style={{ wordBreak: 'break-all' }}>{f.sm3}</Typography.Text> },
  ];
  return (
    <Card
      size="small"
      type="inner"
      title={
        <Space size={4}>
          <Tag>{roleLabels[f.role] ?? f.role}</Tag>
          <span title={f.originalName}>{f.originalName}</span>
        </Space>
      }
      extra={
        <Button
          type="link"
          size="small"
          icon={<DownloadOutlined />}
          href={materialContentUrl(materialId, { seq: f.seq, download: true })}
          data-testid="material-file-download"
        >
          下载
        </Button>
      }
      style={{ marginBottom: 8 }}
      data-testid="material-file"
    >
      <Descriptions size="small" column={1} items={items} styles={{ label: { width: 76, whiteSpace: 'nowrap' } }} />
    </Card>
  );
}

/** The material itself in the browser: pdf.js for PDFs, players for recordings, the image, or a download. */
export function Viewer({ m }: { m: MaterialOut }) {
  const file = mainFile(m);
  const kind = viewerKind(file);
  // By seq: the main file changes when the document is signed, and the content is cached by URL.
  const url = materialContentUrl(m.id, file ? { seq: file.seq } : {});
  if (m.status === 'processing' && m.files.every((f) => f.role !== 'document') && m.source === 'scanned') {
    return (
      <Flex vertical align="center" gap={12} style={{ padding: 64 }} data-testid="material-processing">
        <Spin size="large" />
        <Typography.Text type="secondary">正在合成 PDF 并识别文字，完成后自动显示…</Typography.Text>
      </Flex>
    );
  }
  if (m.status === 'failed') return <Result status="error" title="材料处理失败" subTitle="请联系管理员查看处理记录，或重新上传。" />;
  switch (kind) {
    case 'pdf':
      return (
        <Suspense fallback={<Skeleton active />}>
          <PdfViewer url={url} />
        </Suspense>
      );
    case 'video':
      return (
        <video
          key={url}
          src={url}
          controls
          preload="metadata"
          style={{ width: '100%', maxHeight: 'calc(100vh - 260px)', background: '#000', display: 'block' }}
          data-testid="material-video"
        />
      );
    case 'audio':
      return (
        <Flex vertical gap={12} style={{ padding: 24 }}>
          <audio key={url} src={url} controls preload="metadata" style={{ width: '100%' }} data-testid="material-audio" />
        </Flex>
      );
    case 'image':
      return (
        <div style={{ maxHeight: 'calc(100vh - 230px)', overflow: 'auto', background: '#525659', padding: 12, textAlign: 'center' }}>
          <img src={url} alt={m.title} style={{ maxWidth: '100%' }} data-testid="material-image" />
        </div>
      );
    default:
      return (
        <Flex vertical align="center" gap={12} style={{ padding: 48 }} data-testid="material-no-viewer">
          <Empty description={`${file?.format ?? '该'}格式不能在浏览器中直接查看`} />
          {file && (
            <Button type="primary" icon={<DownloadOutlined />} href={materialContentUrl(m.id, { download: true })} data-testid="material-download">
              下载原件
            </Button>
          )}
        </Flex>
      );
  }
}

/** 材料查阅: the document (pdf.js), the recording (HTML5 player) or a download, with every file's facts. */
export default function MaterialPage() {
  const { id = '' } = useParams();
  const material = useMaterial(id);
  const m = material.data;
  const kase = useCase(m?.caseId ?? '');
  const notLongTerm = m?.files.filter((f) => !f.longTermAllowed) ?? [];

  const meta: DescriptionsProps['items'] = m
    ? [
        { key: 'source', label: '来源', children: <SourceTag source={m.source} /> },
        { key: 'category', label: '类别', children: <CategoryText category={m.category} /> },
        { key: 'author', label: '责任者', children: m.author ?? '—' },
        { key: 'date', label: '形成日期', children: formatDate(m.documentDate) },
        ...(m.source === 'recording'
          ? [
              { key: 'hearing', label: '庭审日期', children: formatDate(m.hearingDate) },
              { key: 'room', label: '法庭', children: m.courtroom ?? '—' },
            ]
          : []),
        { key: 'extent', label: m.source === 'recording' ? '时长' : '页数', children: materialExtent(m) },
        {
          key: 'status',
          label: '状态',
          children: (
            <Space size={[0, 4]} wrap>
              <MaterialStatusTag status={m.status} />
              {m.source === 'scanned' && <OcrTag status={m.ocrStatus} />}
            </Space>
          ),
        },
        { key: 'origin', label: '入库方式', children: materialOriginLabels[m.origin] ?? m.origin },
        { key: 'by', label: '上传人', children: m.createdBy?.name ?? '系统' },
        { key: 'at', label: '入库时间', children: formatTime(m.createdAt) },
        ...(m.externalId ? [{ key: 'ext', label: '外部标识', children: <span className="mono">{m.externalId}</span> }] : []),
      ]
    : [];

  return (
    <Flex vertical gap={12}>
      <Breadcrumb
        items={[
          { title: <Link to="/cases">案件</Link> },
          { title: m ? <Link to={`/cases/${encodeURIComponent(m.caseId)}`} data-testid="breadcrumb-case">{kase.data?.caseNumber ?? '案件详情'}</Link> : '案件详情' },
          { title: m?.title ?? '材料' },
        ]}
      />
      {material.isError && <QueryError error={material.error} onRetry={() => void material.refetch()} />}
      {material.isPending && (
        <Card>
          <Skeleton active />
        </Card>
      )}
      {m && (
        <>
          <Space size={12} align="center" wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="material-title">
              {m.title}
            </Typography.Title>
            <SourceTag source={m.source} />
            <MaterialStatusTag status={m.status} />
          </Space>
          {notLongTerm.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title="该文件格式不能长期保存"
              description="办公文档等格式依赖特定软件、版式会随版本变化，不适合作为电子档案长期保存；归档前须转换为 PDF 或 OFD。原件可下载查看。"
              data-testid="material-not-long-term"
            />
          )}
          <Row gutter={12}>
            <Col span={16}>
              <Card size="small" styles={{ body: { padding: 0 } }}>
                <ErrorBoundary what="文件预览">
                  <Viewer m={m} />
                </ErrorBoundary>
              </Card>
            </Col>
            <Col span={8}>
              <Card size="small" title="材料信息" style={{ marginBottom: 12 }}>
                <Descriptions size="small" column={1} items={meta} styles={{ label: { width: 76, whiteSpace: 'nowrap' } }} data-testid="material-meta" />
                {m.problems.length > 0 && (
                  <div style={{ marginTop: 8 }}>
                    <Typography.Text type="secondary">检查发现：</Typography.Text>
                    <ProblemTags problems={m.problems} />
                  </div>
                )}
              </Card>
              {viewerKind(mainFile(m)) === 'pdf' && <SignaturesPanel materialId={m.id} />}
              <Card size="small" title={`文件（${m.files.length}）`} styles={{ body: { padding: 8 } }}>
                {m.files.length === 0 && <Empty description="尚无文件" />}
                {m.files.map((f) => (
                  <FileFacts key={f.seq} materialId={m.id} f={f} />
                ))}
              </Card>
            </Col>
          </Row>
        </>
      )}
    </Flex>
  );
}
