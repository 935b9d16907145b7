import { CheckCircleFilled, CloseCircleFilled, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { HealthResponse } from '../../../common/api';
import { useHealth } from '../../api/health.hooks';
import { QueryError } from '../../components/page-state';

type ToolRow = HealthResponse['tools'][string] & { name: string };

/** What each optional tool is for, so that an operator knows what stops working without it. */
const toolPurposes: Record<string, string> = {
  tesseract: '扫描件文字识别（OCR）',
  ffprobe: '庭审录音录像格式检测',
  clamd: '病毒查杀（安全性检测）',
  pdfsig: 'PDF 电子签名验证',
  qpdf: 'PDF 结构检查与修复',
};
const knownTools = Object.keys(toolPurposes);

function Ok({ ok, yes = '正常', no = '异常' }: { ok: boolean; yes?: string; no?: string }) {
  return ok ? (
    <Tag icon={<CheckCircleFilled />} color="success">
      {yes}
    </Tag>
  ) : (
    <Tag icon={<CloseCircleFilled />} color="error">
      {no}
    </Tag>
  );
}

const toolColumns: ColumnsType<ToolRow> = [
  { title: '工具', dataIndex: 'name', width: 120, render: (n: string) => <span className="mono">{n}</span> },
  { title: '用途', key: 'purpose', width: 220, render: (_, t) => toolPurposes[t.name] ?? '—' },
  { title: '状态', dataIndex: 'available', width: 100, render: (a: boolean) => <Ok ok={a} yes="可用" no="不可用" /> },
  { title: '版本', dataIndex: 'version', width: 200, render: (v: string | null) => (v ? <span className="mono">{v}</span> : '—') },
  { title: '说明', dataIndex: 'detail', render: (d: string | null) => d ?? '—' },
];

/** The known tools first in their usual order (a missing one shown as not reported), then any others. */
function toolRows(reported: HealthResponse['tools']): ToolRow[] {
  const known = knownTools.map(
    (name): ToolRow => reported[name] ? { name, ...reported[name] } : { name, available: false, version: null, detail: '服务器未报告此工具' },
  );
  const others = Object.entries(reported)
    .filter(([name]) => !knownTools.includes(name))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, t]) => ({ name, ...t }));
  return [...known, ...others];
}

/** 系统状态: database, data directory and the optional external tools (GET /api/health). */
export default function HealthPage() {
  const health = useHealth();
  const h = health.data;
  const tools = h ? toolRows(h.tools) : [];
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          系统状态
        </Typography.Title>
        <Button icon={<ReloadOutlined />} loading={health.isFetching} onClick={() => void health.refetch()}>
          刷新
        </Button>
      </Flex>
      {health.isError && <QueryError error={health.error} onRetry={() => void health.refetch()} />}
      {h && (
        <>
          {h.status === 'ok' ? (
            <Alert type="success" showIcon title="系统运行正常" data-testid="health-status" />
          ) : (
            <Alert
              type="warning"
              showIcon
              title="系统部分功能受限"
              description="有组件不可用；依赖它的功能会在结果中注明“不可用”，不会静默通过。"
              data-testid="health-status"
            />
          )}
          <Card size="small" title="核心组件">
            <Descriptions
              bordered
              size="small"
              column={1}
              styles={{ label: { width: 140 } }}
              items={[
                { key: 'version', label: '程序版本', children: <span className="mono">{h.version}</span> },
                {
                  key: 'db',
                  label: '数据库',
                  children: (
                    <Flex gap={8} align="center">
                      <Ok ok={h.database.ok} />
                      <span className="mono">{h.database.dialect}</span>
                      {h.database.detail && <Typography.Text type="secondary">{h.database.detail}</Typography.Text>}
                    </Flex>
                  ),
                },
                {
                  key: 'data',
                  label: '数据目录',
                  children: (
                    <Flex gap={8} align="center">
                      <Ok ok={h.dataDir.ok} />
                      <Tag>{h.dataDir.writable ? '可写' : '不可写'}</Tag>
                      {h.dataDir.detail && <Typography.Text type="secondary">{h.dataDir.detail}</Typography.Text>}
                    </Flex>
                  ),
                },
              ]}
            />
          </Card>
          <Card size="small" title="外部工具（可选）">
            <Table<ToolRow> rowKey="name" size="small" columns={toolColumns} dataSource={tools} pagination={false} data-testid="health-tools" />
          </Card>
        </>
      )}
    </Flex>
  );
}
