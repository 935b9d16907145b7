import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Input, InputNumber, Popconfirm, Select, Space, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { conditionLabel, type Condition } from '../../../common/scope-rules';
import { ConditionEditor } from './condition-editor';
import { useEditorContext } from './editor-context';
import { IssueField } from './issue-field';
import type { EditorRule } from './rule-set-draft';
import { issuesUnder } from './rule-set-issues';
import styles from './scope.module.css';

interface Props {
  rule: EditorRule;
  index: number;
  /** The id it will be saved under (generated for a new rule). */
  savedId: string;
  isFirst: boolean;
  isLast: boolean;
  /** Whether the schema accepts the condition as it is (then it can be read back in words). */
  conditionComplete: boolean;
  onChange: (next: EditorRule) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

const windowTip = '规则适用于立案日期在施行日期至截止日期之间（含两端）的案件；截止日期可不设。';

/** The DOM id of a rule's card, for jumping to it from the list of issues. */
export const ruleCardId = (key: string) => `scope-rule-${key}`;

/** One rule in the editor: number, department, name, effective window and its condition tree. */
export function RuleEditorCard({ rule, index, savedId, isFirst, isLast, conditionComplete, onChange, onMove, onRemove }: Props) {
  const { departments, issues } = useEditorContext();
  const at = ['rules', index] as const;
  const ruleIssues = issuesUnder(issues, at).filter((i) => i.severity === 'error');
  const set = <K extends keyof EditorRule>(key: K, value: EditorRule[K]) => onChange({ ...rule, [key]: value });
  const testNumber = rule.number ?? `new-${index}`;

  return (
    <Card
      id={ruleCardId(rule.key)}
      size="small"
      className={[styles.ruleCard, ruleIssues.length ? styles.ruleCardError : ''].join(' ')}
      data-testid={`rule-row-${testNumber}`}
      title={
        <Space size={8}>
          <span>规则 {rule.number ?? '（未编号）'}</span>
          {rule.isNew && <Tag color="green">新增</Tag>}
          {ruleIssues.length > 0 && <Tag color="red">{ruleIssues.length} 处待修正</Tag>}
        </Space>
      }
      extra={
        <Space size={4}>
          <Tooltip title="上移（与上一条交换规则号）">
            <Button size="small" icon={<ArrowUpOutlined />} disabled={isFirst} onClick={() => onMove(-1)} aria-label="上移" />
          </Tooltip>
          <Tooltip title="下移（与下一条交换规则号）">
            <Button size="small" icon={<ArrowDownOutlined />} disabled={isLast} onClick={() => onMove(1)} aria-label="下移" />
          </Tooltip>
          <Popconfirm title={`删除规则 ${rule.number ?? ''}？`} description="保存草稿前仍可取消编辑，不影响现行规则集。" okText="删除" cancelText="取消" onConfirm={onRemove}>
            <Button size="small" danger icon={<DeleteOutlined />} aria-label="删除规则">
              删除
            </Button>
          </Popconfirm>
        </Space>
      }
    >
      <Flex gap={12} wrap align="start">
        <IssueField label="规则号" path={[...at, 'number']}>
          <InputNumber min={1} precision={0} value={rule.number} onChange={(n) => set('number', n ?? null)} style={{ width: 80 }} />
        </IssueField>
        <IssueField label="规则标识" path={[...at, 'id']}>
          <Tooltip title={rule.isNew ? '由规则号自动生成，保存后不再改变' : '已有规则的标识不可修改（案件的认定记录引用它）'}>
            <Input value={savedId} readOnly variant="filled" className="mono" style={{ width: 170 }} />
          </Tooltip>
        </IssueField>
        <IssueField label="承办部门" path={[...at, 'department']}>
          <Select<string>
            value={rule.department || undefined}
            onChange={(d) => set('department', d)}
            options={departments.map((d) => ({ value: d.name, label: d.name }))}
            placeholder="选择部门"
            style={{ width: 150 }}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </IssueField>
        <IssueField label="规则名称" path={[...at, 'label']}>
          <Input
            value={rule.label}
            onChange={(e) => set('label', e.target.value)}
            placeholder="如 涉金融机构的借款合同纠纷"
            maxLength={100}
            style={{ width: 280 }}
            data-testid={`rule-label-${testNumber}`}
          />
        </IssueField>
        <IssueField label="施行日期" tooltip={windowTip} path={[...at, 'effectiveFrom']}>
          <DatePicker
            value={rule.effectiveFrom ? dayjs(rule.effectiveFrom) : null}
            onChange={(d) => set('effectiveFrom', d ? d.format('YYYY-MM-DD') : null)}
            allowClear={false}
            style={{ width: 140 }}
          />
        </IssueField>
        <IssueField label="截止日期" tooltip={windowTip} path={[...at, 'effectiveTo']}>
          <DatePicker
            value={rule.effectiveTo ? dayjs(rule.effectiveTo) : null}
            onChange={(d) => set('effectiveTo', d ? d.format('YYYY-MM-DD') : null)}
            placeholder="不设截止"
            style={{ width: 140 }}
          />
        </IssueField>
      </Flex>
      <Typography.Text strong style={{ display: 'block', margin: '8px 0 6px' }}>
        条件
      </Typography.Text>
      <div data-testid={`rule-condition-${testNumber}`}>
        <ConditionEditor
          value={rule.condition}
          onChange={(c: Condition) => set('condition', c)}
          path={[...at, 'condition']}
          department={rule.department}
        />
      </div>
      <div className={styles.reading}>
        读作：
        {conditionComplete ? conditionLabel(rule.condition) : <Typography.Text type="secondary">（条件尚未填写完整）</Typography.Text>}
      </div>
    </Card>
  );
}
