import { PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { fullCoverageLabel } from '../../../common/scope-rules';
import { errorMessage } from '../../api/client';
import { useReference } from '../../api/reference.hooks';
import { useCreateDraft, type DraftCreated, type RuleSetVersion } from '../../api/scope.hooks';
import { EditorContext, type EditorContextValue } from './editor-context';
import { IssueField } from './issue-field';
import { ruleCardId, RuleEditorCard } from './rule-editor-card';
import {
  editorStateOf,
  moveRule,
  newRule,
  ruleIds,
  ruleSetInput,
  sortedByNumber,
  validateEditor,
  type EditorRule,
  type EditorState,
} from './rule-set-draft';
import { issueLine, issuesOfError, issuesUnder, ruleIndexOf, severityLabels, type EditorIssue } from './rule-set-issues';
import styles from './scope.module.css';

interface Props {
  /** The version the new draft starts from (the one in force, or a chosen draft). */
  base: RuleSetVersion;
  /** Ids used by any version: a new rule never takes one. */
  usedIds: ReadonlySet<string>;
  suggestions: EditorContextValue['suggestions'];
  onCancel: () => void;
  onSaved: (draft: DraftCreated) => void;
}

const severityColors: Record<EditorIssue['severity'], string> = { error: 'red', warning: 'orange', info: 'blue' };

/**
 * 编辑为新草稿: the rule set as a form (no JSON). Checked with the shared schema as it is edited —
 * the issues show once a save has been tried — and by the server on save, whose findings are shown
 * beside the rules they are about. Saving stores the next version as a draft; nothing changes for
 * any case until it is published.
 */
export function RuleSetEditor({ base, usedIds, suggestions, onCancel, onSaved }: Props) {
  const reference = useReference();
  const create = useCreateDraft();
  const { message } = App.useApp();
  const [initial] = useState(() => editorStateOf(base.ruleSet));
  const [state, setState] = useState<EditorState>(initial);
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [serverIssues, setServerIssues] = useState<EditorIssue[]>([]);
  const [saveError, setSaveError] = useState<unknown>(null);

  const validation = useMemo(() => validateEditor(state, usedIds), [state, usedIds]);
  const ids = useMemo(() => ruleIds(state, usedIds), [state, usedIds]);
  const shown = useMemo(() => [...(submitted ? validation.issues : []), ...serverIssues], [submitted, validation, serverIssues]);
  const dirty = useMemo(() => JSON.stringify(ruleSetInput(state)) !== JSON.stringify(ruleSetInput(initial)), [state, initial]);

  const context: EditorContextValue = {
    departments: reference.data?.departments.filter((d) => d.kind !== 'administration') ?? [],
    caseTypes: reference.data?.caseTypes ?? [],
    suggestions,
    issues: shown,
  };

  /** Adding, removing or moving rules shifts the indexes the server's findings point at. */
  const restructure = (next: EditorState) => {
    setState(next);
    setServerIssues([]);
  };
  const setRule = (index: number, rule: EditorRule) => setState((s) => ({ ...s, rules: s.rules.map((r, i) => (i === index ? rule : r)) }));
  const addRule = () => {
    const rule = newRule(state);
    restructure({ ...state, rules: [...state.rules, rule] });
    setTimeout(() => document.getElementById(ruleCardId(rule.key))?.scrollIntoView({ behavior: 'smooth', block: 'start' }), 50);
  };
  const jumpTo = (issue: EditorIssue) => {
    const index = ruleIndexOf(issue.path);
    const rule = index === null ? undefined : state.rules[index];
    if (rule) document.getElementById(ruleCardId(rule.key))?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  const save = () => {
    setSubmitted(true);
    setSaveError(null);
    const sorted = sortedByNumber(state);
    if (sorted !== state) restructure(sorted);
    const checked = validateEditor(sorted, usedIds);
    if (!checked.ok) {
      void message.error(`规则集有 ${checked.issues.length} 处需要修正，请查看标红的规则`);
      return;
    }
    create.mutate(
      { ruleSet: checked.ruleSet, note: note.trim() || undefined },
      {
        onSuccess: (draft) => {
          void message.success(`已保存为草稿第 ${draft.version} 版`);
          onSaved(draft);
        },
        onError: (error) => {
          const issues = issuesOfError(error);
          setServerIssues(issues);
          if (issues.length === 0) setSaveError(error);
          else void message.error('服务器校验未通过，请查看标红的规则');
        },
      },
    );
  };

  const errorCount = shown.filter((i) => i.severity === 'error').length;
  const numberAt = (i: number) => state.rules[i]?.number;

  return (
    <EditorContext.Provider value={context}>
      <Form layout="vertical" component="div" size="middle">
        <Flex vertical gap={12}>
          <Card
            size="small"
            title={
              <Space>
                <span>编辑新草稿</span>
                <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                  以第 {base.version} 版（{base.status === 'published' ? '已发布' : '草稿'}）为基础；保存后为下一版本的草稿，发布前不影响任何案件
                </Typography.Text>
              </Space>
            }
          >
            <IssueField
              label="全面实行单套制的归档日期"
              path={['fullCoverageFrom']}
              extra={
                state.fullCoverageFrom === null
                  ? '未设定：只有符合下列规则的案件纳入单套制，不再按归档日期全面纳入。'
                  : `${fullCoverageLabel(state.fullCoverageFrom)}，无论立案日期；清除则不设全面实行日期。`
              }
            >
              <DatePicker
                value={state.fullCoverageFrom ? dayjs(state.fullCoverageFrom) : null}
                onChange={(d) => setState((s) => ({ ...s, fullCoverageFrom: d ? d.format('YYYY-MM-DD') : null }))}
                placeholder="不设定"
                style={{ width: 160 }}
                data-testid="scope-full-coverage-from"
              />
            </IssueField>
          </Card>

          {shown.length > 0 && (
            <Alert
              type={errorCount > 0 ? 'error' : 'warning'}
              showIcon
              title={errorCount > 0 ? `有 ${errorCount} 处需要修正后才能保存` : '请留意以下提示'}
              description={
                <ul className={styles.issueList} data-testid="scope-editor-issues">
                  {shown.map((issue, i) => (
                    <li key={i}>
                      <Tag color={severityColors[issue.severity]}>{severityLabels[issue.severity]}</Tag>
                      <Typography.Link className={styles.issueLink} onClick={() => jumpTo(issue)}>
                        {issueLine(issue, numberAt)}
                      </Typography.Link>
                      {issue.source === 'server' && <Typography.Text type="secondary">（服务器校验）</Typography.Text>}
                    </li>
                  ))}
                </ul>
              }
            />
          )}

          {state.rules.map((rule, i) => (
            <RuleEditorCard
              key={rule.key}
              rule={rule}
              index={i}
              savedId={ids[i] ?? ''}
              isFirst={i === 0}
              isLast={i === state.rules.length - 1}
              conditionComplete={!issuesUnder(validation.issues, ['rules', i, 'condition']).length}
              onChange={(next) => setRule(i, next)}
              onMove={(by) => restructure(moveRule(state, i, by))}
              onRemove={() => restructure({ ...state, rules: state.rules.filter((_, j) => j !== i) })}
            />
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={addRule} block data-testid="scope-add-rule">
            添加规则
          </Button>

          {saveError !== null && <Alert type="error" showIcon title={errorMessage(saveError)} />}

          <Card size="small" style={{ position: 'sticky', bottom: 0, zIndex: 2, boxShadow: '0 -2px 8px rgba(0,0,0,0.06)' }}>
            <Flex gap={12} align="center">
              <Typography.Text style={{ whiteSpace: 'nowrap' }}>备注</Typography.Text>
              <Input
                value={note}
                onChange={(e) => setNote(e.target.value)}
                placeholder="本次修改的理由，如 第四阶段：民事审判庭扩大至家事团队"
                maxLength={200}
                showCount
                data-testid="scope-note"
              />
              <Space>
                {dirty ? (
                  <Popconfirm title="放弃本次修改？" okText="放弃" cancelText="继续编辑" onConfirm={onCancel}>
                    <Button>取消</Button>
                  </Popconfirm>
                ) : (
                  <Button onClick={onCancel}>取消</Button>
                )}
                <Button type="primary" icon={<SaveOutlined />} loading={create.isPending} onClick={save} data-testid="scope-save-draft">
                  保存为草稿
                </Button>
              </Space>
            </Flex>
          </Card>
        </Flex>
      </Form>
    </EditorContext.Provider>
  );
}
