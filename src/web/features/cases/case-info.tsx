import { Descriptions, Space, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { CaseDetail } from '../../../common/api';
import { caseFlagLabels } from '../../../common/vocabulary';
import { formatDate, formatTime } from '../../lib/format';
import { ArchiveStateTag, ScopeTag } from './case-tags';

const dash = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '—' : v);

/** Everything known about a case, as a bordered description list. */
export function CaseInfo({ c }: { c: CaseDetail }) {
  const items: DescriptionsProps['items'] = [
    { key: 'caseNumber', label: '案号', children: <Typography.Text copyable strong>{c.caseNumber}</Typography.Text> },
    { key: 'year', label: '收案年度', children: c.year },
    { key: 'court', label: '法院', children: `${c.court}（${c.courtCode}）` },
    {
      key: 'typeCode',
      label: '类型代字',
      children: (
        <>
          {c.typeCode}
          {c.typeName && <Typography.Text type="secondary"> · {c.typeName}</Typography.Text>}
          {c.specialCode && <Typography.Text type="secondary">（特殊代字 {c.specialCode}）</Typography.Text>}
        </>
      ),
    },
    { key: 'sequence', label: '序号', children: c.sequence },
    {
      key: 'legacy',
      label: '案号格式',
      children: c.legacyNumber ? <Tag color="orange">旧式案号</Tag> : '现行规范案号',
    },
    { key: 'externalId', label: '外部标识', children: c.externalId ? <span className="mono">{c.externalId}</span> : '—' },
    { key: 'cause', label: '案由', children: c.causeOfAction, span: 2 },
    { key: 'department', label: '承办部门', children: c.department },
    { key: 'team', label: '团队', children: dash(c.team?.name) },
    { key: 'judge', label: '承办法官', children: dash(c.judge) },
    { key: 'clerk', label: '书记员', children: dash(c.clerk) },
    { key: 'filedAt', label: '立案日期', children: formatDate(c.filedAt) },
    { key: 'closedAt', label: '结案日期', children: formatDate(c.closedAt) },
    { key: 'closingMethod', label: '结案方式', children: dash(c.closingMethod) },
    {
      key: 'flags',
      label: '标识',
      span: 2,
      children: c.flags.length ? (
        <Space size={[0, 4]} wrap>
          {c.flags.map((f) => (
            <Tag key={f} color="geekblue">
              {caseFlagLabels[f] ?? f}
            </Tag>
          ))}
        </Space>
      ) : (
        '—'
      ),
    },
    { key: 'archiveState', label: '归档状态', children: <ArchiveStateTag state={c.archiveState} /> },
    {
      key: 'scope',
      label: '试点范围',
      span: 'filled',
      children: (
        <Space size={8} wrap>
          <ScopeTag status={c.scopeStatus} />
          {c.scopeExplanation && (
            <Typography.Text type="secondary" data-testid="case-scope">
              {c.scopeExplanation}
            </Typography.Text>
          )}
          {c.scopeRuleSetVersion !== null && !c.scopeExplanation?.includes(`规则集第 ${c.scopeRuleSetVersion} 版`) && (
            <Tag variant="outlined" data-testid="case-scope-version">
              规则集第 {c.scopeRuleSetVersion} 版
            </Tag>
          )}
        </Space>
      ),
    },
    { key: 'createdAt', label: '录入时间', children: formatTime(c.createdAt) },
    { key: 'updatedAt', label: '最后修改', children: formatTime(c.updatedAt) },
    { key: 'version', label: '版本', children: c.version },
  ];

  return (
    <Descriptions
      bordered
      size="small"
      column={3}
      items={items}
      styles={{ label: { width: 110, whiteSpace: 'nowrap' } }}
      data-testid="case-info"
    />
  );
}
