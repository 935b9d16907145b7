import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { usePreview, type ScopePreview as Preview } from '../../api/scope.hooks';
import { QueryError } from '../../components/page-state';

type DepartmentRow = Preview['departments'][number];
type Sample = Preview['samples'][number];

interface Props {
  version: number;
  /** The archiving date offered first: the day before full coverage, when there is one. */
  defaultAsOf: string;
  /** The hint under the date: why a date before full coverage shows the rules' effect. */
  hint: string;
}

const signed = (n: number, sign: '+' | '−', color: string) =>
  n === 0 ? <Typography.Text type="secondary">0</Typography.Text> : <Typography.Text style={{ color }} strong>{`${sign}${n}`}</Typography.Text>;

const departmentColumns: ColumnsType<DepartmentRow> = [
  { title: '部门', dataIndex: 'department' },
  { title: '案件数', dataIndex: 'total', align: 'right', width: 100 },
  { title: '现行纳入', dataIndex: 'inBefore', align: 'right', width: 100 },
  { title: '草稿纳入', dataIndex: 'inAfter', align: 'right', width: 100 },
  { title: '将纳入', dataIndex: 'entering', align: 'right', width: 100, render: (n: number) => signed(n, '+', '#389e0d') },
  { title: '将移出', dataIndex: 'leaving', align: 'right', width: 100, render: (n: number) => signed(n, '−', '#cf1322') },
];

const sampleColumns: ColumnsType<Sample> = [
  {
    title: '案号',
    dataIndex: 'caseNumber',
    width: 230,
    render: (n: string, s) => <Link to={`/cases/${encodeURIComponent(s.caseId)}`}>{n}</Link>,
  },
  { title: '部门', dataIndex: 'department', width: 110 },
  {
    title: '变化',
    dataIndex: 'change',
    width: 90,
    render: (c: Sample['change']) => (c === 'enter' ? <Tag color="green">将纳入</Tag> : <Tag color="red">将移出</Tag>),
  },
  { title: '草稿下的认定说明', dataIndex: 'explanation' },
];

/**
 * 预览影响: every case decided under the rule set in force and under the draft, for an assumed
 * archiving date, counted per department, with sample cases that would change.
 */
export function ScopePreview({ version, defaultAsOf, hint }: Props) {
  const [asOf, setAsOf] = useState<string | null>(defaultAsOf);
  const preview = usePreview();
  const data = preview.data?.draftVersion === version ? preview.data : undefined;
  const sum = (key: keyof Omit<DepartmentRow, 'department'>) => (data?.departments ?? []).reduce((n, d) => n + d[key], 0);

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} align="center" wrap>
        <Typography.Text>假定归档日期</Typography.Text>
        <DatePicker
          value={asOf ? dayjs(asOf) : null}
          onChange={(d) => setAsOf(d ? d.format('YYYY-MM-DD') : null)}
          placeholder="今天"
          style={{ width: 150 }}
          data-testid="scope-preview-asof"
        />
        <Button
          type="primary"
          ghost
          icon={<EyeOutlined />}
          loading={preview.isPending}
          onClick={() => preview.mutate({ version, asOf: asOf ?? undefined })}
          data-testid="scope-preview"
        >
          预览影响
        </Button>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {hint}
        </Typography.Text>
      </Flex>
      {preview.isError && <QueryError error={preview.error} />}
      {data && (
        <>
          <Alert
            type={data.entering + data.leaving === 0 ? 'info' : 'warning'}
            showIcon
            title={`假定 ${data.asOf} 归档，与现行第 ${data.publishedVersion} 版相比：共 ${data.total} 件案件，将纳入 ${data.entering} 件，将移出 ${data.leaving} 件`}
            description="预览不保存任何内容；已归档的案件保持归档时的认定，不计入变化。"
          />
          <div data-testid="scope-preview-table">
            <Table<DepartmentRow>
              rowKey="department"
              size="small"
              columns={departmentColumns}
              dataSource={data.departments}
              pagination={false}
              summary={() => (
                <Table.Summary.Row style={{ fontWeight: 600 }}>
                  <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">{sum('total')}</Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">{sum('inBefore')}</Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">{sum('inAfter')}</Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">{signed(sum('entering'), '+', '#389e0d')}</Table.Summary.Cell>
                  <Table.Summary.Cell index={5} align="right">{signed(sum('leaving'), '−', '#cf1322')}</Table.Summary.Cell>
                </Table.Summary.Row>
              )}
            />
          </div>
          {data.samples.length > 0 && (
            <div data-testid="scope-preview-samples">
              <Typography.Text strong style={{ display: 'block', marginBottom: 6 }}>
                将发生变化的案件（示例，{data.samples.length < data.entering + data.leaving ? `共 ${data.entering + data.leaving} 件，列出前 ${data.samples.length} 件` : `共 ${data.samples.length} 件`}）
              </Typography.Text>
              <Table<Sample> rowKey="caseId" size="small" columns={sampleColumns} dataSource={data.samples} pagination={false} />
            </div>
          )}
        </>
      )}
    </Flex>
  );
}
