import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { conditionLabel, effectiveWindowLabel, type Condition, type ScopeRule } from '../../../common/scope-rules';
import type { RuleChange } from './rule-set-diff';
import type { HTMLAttributes } from 'react';
import styles from './scope.module.css';

interface Props {
  rules: readonly ScopeRule[];
  /** When given, rules are marked as added or changed (against the version in force). */
  changes?: ReadonlyMap<string, RuleChange>;
  testId?: string;
}

/** The labelled parts of a rule's top “any” (rule 4: 涉金融机构的借款合同纠纷 / 诉前调解成功的案件). */
function parts(c: Condition): string[] {
  return c.kind === 'any' ? c.of.flatMap((x) => (x.label ? [x.label] : [])) : [];
}

/** A rule set read back in words: number, department, name, condition, effective window. */
export function RuleTable({ rules, changes, testId }: Props) {
  const columns: ColumnsType<ScopeRule> = [
    { title: '规则号', dataIndex: 'number', width: 72, align: 'center' },
    { title: '部门', dataIndex: 'department', width: 110 },
    {
      title: '名称',
      dataIndex: 'label',
      width: 260,
      render: (label: string, r) => (
        <>
          {label}
          {changes?.get(r.id) === 'added' && <Tag color="green" style={{ marginLeft: 6 }}>新增</Tag>}
          {changes?.get(r.id) === 'changed' && <Tag color="gold" style={{ marginLeft: 6 }}>修改</Tag>}
        </>
      ),
    },
    {
      title: '条件',
      key: 'condition',
      render: (_, r) => {
        const named = parts(r.condition);
        return (
          <>
            {conditionLabel(r.condition)}
            {named.length > 1 && (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                分项：{named.join('；')}
              </Typography.Text>
            )}
          </>
        );
      },
    },
    { title: '施行期间（立案日期）', key: 'window', width: 200, render: (_, r) => effectiveWindowLabel(r) },
    {
      title: '标识',
      dataIndex: 'id',
      width: 190,
      ellipsis: true,
      render: (id: string) => <span className="mono">{id}</span>,
    },
  ];

  return (
    <div data-testid={testId}>
      <Table<ScopeRule>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={[...rules].sort((a, b) => a.number - b.number)}
        pagination={false}
        rowClassName={(r) => (changes?.get(r.id) === 'added' ? styles.added! : changes?.get(r.id) === 'changed' ? styles.changed! : '')}
        onRow={(r) => ({ 'data-testid': `scope-rule-${r.number}` }) as HTMLAttributes<HTMLElement>}
      />
    </div>
  );
}
