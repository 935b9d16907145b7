import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Input, Select, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { conditionKindLabels, conditionKinds, MAX_CONDITION_DEPTH, type Condition, type ConditionKind } from '../../../common/scope-rules';
import { caseFlagLabels, caseFlags, type CaseFlag } from '../../../common/vocabulary';
import { useStaff } from '../../api/reference.hooks';
import { useEditorContext } from './editor-context';
import { IssueField } from './issue-field';
import { changeKind, emptyCondition, withOptional } from './rule-set-draft';
import { issuesAt, issuesUnder } from './rule-set-issues';
import styles from './scope.module.css';

type Path = ReadonlyArray<string | number>;

interface Props {
  value: Condition;
  onChange: (next: Condition) => void;
  /** Given for a member of a list: shows a remove button. */
  onRemove?: () => void;
  path: Path;
  /** The rule's department: its teams and judges are the pick lists. */
  department: string;
  depth?: number;
}

const kindOptions = conditionKinds.map((k) => ({ value: k, label: conditionKindLabels[k] }));
const flagOptions = caseFlags.map((f) => ({ value: f, label: caseFlagLabels[f] }));
const tagSeparators = [',', '，', '、', ';', '；'];
const toDate = (s: string | undefined | null) => (s ? dayjs(s) : null);
const fromDate = (d: dayjs.Dayjs | null) => d?.format('YYYY-MM-DD');

/**
 * One node of a rule's condition tree, and below it its members: all / any list theirs with add and
 * remove, not holds one. Each kind shows only its own fields; any node may carry a label, which a
 * case's explanation uses when this node is the matching part of an “any”.
 */
export function ConditionEditor({ value, onChange, onRemove, path, department, depth = 1 }: Props) {
  const { issues } = useEditorContext();
  const isGroup = value.kind === 'all' || value.kind === 'any' || value.kind === 'not';
  const ownIssues = issuesAt(issues, path).filter((i) => i.severity === 'error');
  const hasError = issuesUnder(issues, path).some((i) => i.severity === 'error');

  return (
    <div
      className={[styles.condition, isGroup ? styles.conditionGroup : '', hasError ? styles.conditionError : ''].join(' ')}
      data-condition-path={path.join('.')}
    >
      <Flex gap={8} wrap align="start">
        <Select<ConditionKind>
          value={value.kind}
          options={kindOptions}
          onChange={(kind) => onChange(changeKind(value, kind))}
          style={{ width: 170 }}
          popupMatchSelectWidth={190}
          listHeight={conditionKinds.length * 32 + 8}
          aria-label="条件类型"
        />
        <LeafFields value={value} onChange={onChange} path={path} department={department} />
        <Tooltip title="可选。“满足其一”的某项成立时，案件的认定说明用这里的名称，如“涉金融机构的借款合同纠纷”">
          <Input
            value={value.label ?? ''}
            onChange={(e) => onChange(withOptional(value, 'label', e.target.value))}
            placeholder="名称（可选）"
            maxLength={60}
            style={{ width: 200 }}
            status={issuesAt(issues, [...path, 'label']).length ? 'error' : undefined}
            aria-label="条件名称"
          />
        </Tooltip>
        {onRemove && (
          <Tooltip title="删除此条件">
            <Button icon={<DeleteOutlined />} onClick={onRemove} aria-label="删除此条件" />
          </Tooltip>
        )}
      </Flex>
      {[...ownIssues, ...issuesAt(issues, [...path, 'label'])].map((i) => (
        <Typography.Text key={`${i.source}${i.message}`} type="danger" style={{ display: 'block', fontSize: 13 }}>
          {i.message}
        </Typography.Text>
      ))}
      {(value.kind === 'all' || value.kind === 'any') && (
        <ConditionList value={value} onChange={onChange} path={path} department={department} depth={depth} />
      )}
      {value.kind === 'not' && (
        <div className={styles.children}>
          <ConditionEditor
            value={value.of}
            onChange={(of) => onChange({ ...value, of })}
            path={[...path, 'of']}
            department={department}
            depth={depth + 1}
          />
        </div>
      )}
    </div>
  );
}

function ConditionList({ value, onChange, path, department, depth }: Required<Omit<Props, 'onRemove'>> & { value: Condition & { kind: 'all' | 'any' } }) {
  const { issues } = useEditorContext();
  const listIssues = issuesAt(issues, [...path, 'of']);
  const joiner = value.kind === 'all' ? '且' : '或';
  const setAt = (i: number, c: Condition) => onChange({ ...value, of: value.of.map((x, j) => (j === i ? c : x)) });
  const removeAt = (i: number) => onChange({ ...value, of: value.of.filter((_, j) => j !== i) });
  const add = () => onChange({ ...value, of: [...value.of, emptyCondition('causeOfAction')] });
  const tooDeep = depth >= MAX_CONDITION_DEPTH;

  return (
    <div className={styles.children}>
      {value.of.length === 0 && (
        <Typography.Text type="secondary">
          {value.kind === 'all' ? '尚无条件：适用于本部门的全部案件' : '至少需要一个条件'}
        </Typography.Text>
      )}
      {value.of.map((c, i) => (
        <div key={i}>
          {i > 0 && <div className={styles.joiner}>{joiner}</div>}
          <ConditionEditor
            value={c}
            onChange={(next) => setAt(i, next)}
            onRemove={() => removeAt(i)}
            path={[...path, 'of', i]}
            department={department}
            depth={depth + 1}
          />
        </div>
      ))}
      {listIssues.map((i) => (
        <Typography.Text key={`${i.source}${i.message}`} type="danger">
          {i.message}
        </Typography.Text>
      ))}
      <div>
        <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={add} disabled={tooDeep}>
          添加条件
        </Button>
      </div>
    </div>
  );
}

/** The fields of a simple condition (none for groups: their members are edited below them). */
function LeafFields({ value, onChange, path, department }: Omit<Props, 'onRemove' | 'depth'>) {
  const { departments, caseTypes, suggestions } = useEditorContext();
  const teams = departments.find((d) => d.name === department)?.teams ?? [];
  switch (value.kind) {
    case 'all':
    case 'any':
    case 'not':
    case 'financialInstitutionParty':
      return null;
    case 'department':
      return (
        <IssueField path={[...path, 'in']}>
          <TagSelect
            value={value.in}
            onChange={(xs) => onChange({ ...value, in: xs })}
            options={departments.map((d) => d.name)}
            placeholder="选择承办部门"
            free={false}
          />
        </IssueField>
      );
    case 'team':
      return (
        <IssueField path={[...path, 'in']} extra={teams.length === 0 ? `${department || '本部门'}未设团队` : undefined}>
          <TagSelect value={value.in} onChange={(xs) => onChange({ ...value, in: xs })} options={teams.map((t) => t.name)} placeholder="选择或输入团队" />
        </IssueField>
      );
    case 'judge':
      return (
        <IssueField path={[...path, 'in']}>
          <JudgeSelect value={value.in} onChange={(xs) => onChange({ ...value, in: xs })} department={department} />
        </IssueField>
      );
    case 'causeOfAction':
      return (
        <IssueField path={[...path, 'under']} extra="含下级案由">
          <TagSelect
            value={value.under}
            onChange={(xs) => onChange({ ...value, under: xs })}
            options={suggestions.causes}
            placeholder="输入案由后回车"
            width={300}
          />
        </IssueField>
      );
    case 'typeCode':
      // Siblings, not a group: they flow in the node's row with the kind and the label.
      return (
        <>
          <IssueField path={[...path, 'in']}>
            <TagSelect
              value={value.in ?? []}
              onChange={(xs) => onChange(withOptional(value, 'in', xs))}
              options={caseTypes.map((t) => t.code)}
              labels={new Map(caseTypes.map((t) => [t.code, `${t.code} · ${t.name}`]))}
              placeholder="为（如 民监）"
              width={170}
            />
          </IssueField>
          <IssueField path={[...path, 'contains']}>
            <Input
              value={value.contains ?? ''}
              onChange={(e) => onChange(withOptional(value, 'contains', e.target.value))}
              placeholder="包含（如 监）"
              style={{ width: 110 }}
              maxLength={10}
            />
          </IssueField>
          <IssueField path={[...path, 'startsWith']}>
            <Input
              value={value.startsWith ?? ''}
              onChange={(e) => onChange(withOptional(value, 'startsWith', e.target.value))}
              placeholder="开头为（如 司救）"
              style={{ width: 130 }}
              maxLength={10}
            />
          </IssueField>
          <IssueField path={[...path, 'family']}>
            <TagSelect
              value={value.family ?? []}
              onChange={(xs) => onChange(withOptional(value, 'family', xs))}
              options={suggestions.families}
              placeholder="属于类别（如 执）"
              width={150}
            />
          </IssueField>
        </>
      );
    case 'flag':
      return (
        <IssueField path={[...path, 'flag']}>
          <Select<CaseFlag> value={value.flag} options={flagOptions} onChange={(flag) => onChange({ ...value, flag })} style={{ width: 170 }} />
        </IssueField>
      );
    case 'filedOn':
      return (
        <>
          <IssueField path={[...path, 'from']}>
            <DatePicker
              value={toDate(value.from)}
              onChange={(d) => onChange(withOptional(value, 'from', fromDate(d)))}
              placeholder="起（含）"
              style={{ width: 140 }}
            />
          </IssueField>
          <IssueField path={[...path, 'to']}>
            <DatePicker value={toDate(value.to)} onChange={(d) => onChange(withOptional(value, 'to', fromDate(d)))} placeholder="止（含）" style={{ width: 140 }} />
          </IssueField>
        </>
      );
  }
}

interface TagSelectProps {
  value: string[];
  onChange: (next: string[]) => void;
  options: readonly string[];
  labels?: ReadonlyMap<string, string>;
  placeholder: string;
  /** Whether values outside the options may be typed in (mode 'tags'). */
  free?: boolean;
  width?: number;
}

function TagSelect({ value, onChange, options, labels, placeholder, free = true, width = 220 }: TagSelectProps) {
  const all = [...new Set([...options, ...value])];
  return (
    <Select<string[]>
      mode={free ? 'tags' : 'multiple'}
      value={value}
      onChange={(xs) => onChange(xs.map((x) => x.trim()).filter((x, i, arr) => x !== '' && arr.indexOf(x) === i))}
      options={all.map((o) => ({ value: o, label: labels?.get(o) ?? o }))}
      tokenSeparators={free ? tagSeparators : undefined}
      placeholder={placeholder}
      style={{ minWidth: width, maxWidth: 480 }}
      popupMatchSelectWidth={Math.max(width, 220)}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
    />
  );
}

/** Judges are named by display name in rules; the pick list is the rule's department's judges. */
function JudgeSelect({ value, onChange, department }: { value: string[]; onChange: (next: string[]) => void; department: string }) {
  const { departments } = useEditorContext();
  const departmentId = departments.find((d) => d.name === department)?.id;
  const judges = useStaff('judge', departmentId);
  return (
    <TagSelect
      value={value}
      onChange={onChange}
      options={(judges.data ?? []).map((j) => j.displayName)}
      placeholder={judges.isPending ? '正在读取法官…' : '选择或输入法官姓名'}
      width={200}
    />
  );
}
