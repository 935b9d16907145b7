import { Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { RuleSetVersion } from '../../api/scope.hooks';
import { formatTime } from '../../lib/format';
import { RuleTable } from './rule-table';

interface Props {
  versions: RuleSetVersion[];
  inForce: number | undefined;
  selectedDraft: number | null;
  loading: boolean;
  onEdit: (version: RuleSetVersion) => void;
  onSelectDraft: (version: number) => void;
}

/** Every version, newest first: drafts can be previewed and published, any version edited anew. */
export function RuleSetHistory({ versions, inForce, selectedDraft, loading, onEdit, onSelectDraft }: Props) {
  const columns: ColumnsType<RuleSetVersion> = [
    {
      title: '版本',
      dataIndex: 'version',
      width: 170,
      render: (v: number, r) => (
        <Space size={6}>
          <span>第 {v} 版</span>
          {v === inForce ? (
            <Tag color="green">现行</Tag>
          ) : r.status === 'published' ? (
            <Tag>已发布</Tag>
          ) : (
            <Tag color="gold">草稿</Tag>
          )}
        </Space>
      ),
    },
    { title: '规则数', key: 'rules', width: 76, align: 'right', render: (_, r) => r.ruleSet.rules.length },
    { title: '全面实行', key: 'full', width: 110, render: (_, r) => r.ruleSet.fullCoverageFrom ?? '未设定' },
    { title: '备注', dataIndex: 'note', ellipsis: true, render: (n: string) => n || <Typography.Text type="secondary">—</Typography.Text> },
    { title: '创建时间', dataIndex: 'createdAt', width: 168, render: formatTime },
    { title: '发布时间', dataIndex: 'publishedAt', width: 168, render: formatTime },
    {
      title: '操作',
      key: 'actions',
      width: 250,
      render: (_, r) => (
        <Space size={4}>
          {r.status === 'draft' && (
            <Button
              size="small"
              type={selectedDraft === r.version ? 'primary' : 'default'}
              onClick={() => onSelectDraft(r.version)}
              data-testid={`scope-open-draft-${r.version}`}
            >
              预览与发布
            </Button>
          )}
          <Button size="small" type="link" onClick={() => onEdit(r)} data-testid={`scope-edit-from-${r.version}`}>
            以此编辑为新草稿
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="scope-history">
      <Table<RuleSetVersion>
        rowKey="version"
        size="small"
        columns={columns}
        dataSource={versions}
        loading={loading}
        pagination={versions.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        expandable={{ expandedRowRender: (r) => <RuleTable rules={r.ruleSet.rules} /> }}
      />
    </div>
  );
}
