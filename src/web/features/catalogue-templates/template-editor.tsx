import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../api/client';
import { useSaveCatalogueTemplate, type CatalogueTemplateJson, type TemplateInForce } from '../../api/catalogue-templates.hooks';
import { useLeaveGuard } from '../catalogue/use-leave-guard';
import { AddSlotForm } from './add-slot-form';
import styles from './catalogue-templates.module.css';
import { RequirementGroups } from './requirement-groups';
import { SlotTable, type SlotActions } from './slot-table';
import {
  addSlot,
  describeIssue,
  isDirty,
  issuesFromDetails,
  type EditorIssue,
  moveSlot,
  prepareForSave,
  removeSlot,
  templateKindLabels,
  updateSlot,
} from './template-draft';

const severityLabel = { error: '错误', warning: '提醒', info: '提示' } as const;
const severityColor = { error: 'red', warning: 'orange', info: 'blue' } as const;

/**
 * The editor of one template: its slots per volume, a new slot, the requirement groups, and saving
 * the whole template as the next version. The server checks it; its findings are listed with the
 * place they point to.
 */
export function TemplateEditor({
  base,
  others,
  onDirtyChange,
}: {
  base: TemplateInForce;
  /** The other templates in force, in the list's order: the server checks the one sent with them. */
  others: readonly CatalogueTemplateJson[];
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { message } = App.useApp();
  const save = useSaveCatalogueTemplate();
  const [original, setOriginal] = useState<CatalogueTemplateJson>(base.template);
  const [draft, setDraft] = useState<CatalogueTemplateJson>(base.template);
  const [findings, setFindings] = useState<{ sent: CatalogueTemplateJson; issues: EditorIssue[]; message: string } | null>(null);
  const [saved, setSaved] = useState<{ version: number; at: string | null } | null>(null);

  const dirty = useMemo(() => isDirty(original, draft), [original, draft]);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useLeaveGuard(dirty, '编目模板有未保存的修改，离开本页将放弃这些修改。确定离开吗？');

  const change = (next: CatalogueTemplateJson) => {
    setDraft(next);
    setSaved(null);
  };
  const actions: SlotActions = {
    update: (id, patch) => change(updateSlot(draft, id, patch)),
    move: (id, delta) => change(moveSlot(draft, id, delta)),
    remove: (id) => change(removeSlot(draft, id)),
  };
  const groupsOf = (id: string) => draft.requirementGroups.filter((g) => g.anyOf.includes(id)).map((g) => g.title);

  const onSave = () => {
    const sent = prepareForSave(draft);
    save.mutate(sent, {
      onSuccess: (result) => {
        setOriginal(result.template);
        setDraft(result.template);
        setFindings(null);
        setSaved({ version: result.version, at: result.updatedAt });
        void message.success(`已保存为第 ${result.version} 版`);
      },
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'CATALOGUE_TEMPLATE_INVALID') {
          setFindings({ sent, issues: issuesFromDetails(error.details), message: error.message });
        } else {
          setFindings({ sent, issues: [], message: error instanceof Error ? error.message : '保存失败' });
        }
      },
    });
  };
  const onReset = () => {
    setDraft(original);
    setFindings(null);
  };

  const errors = findings?.issues.filter((i) => i.severity === 'error').length ?? 0;

  return (
    <Flex vertical gap={12} data-testid="template-editor">
      <Card size="small" className={styles.editorBar}>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Flex vertical gap={2}>
            <Typography.Text strong style={{ fontSize: 16 }} data-testid="editor-title">
              {original.name}
            </Typography.Text>
            <Typography.Text type="secondary">
              {templateKindLabels[original.kind] ?? original.kind} · 现行第 <span data-testid="editor-version">{original.version}</span> 版 · 保存后成为第 {original.version + 1} 版，此后的自动编目按新版本
            </Typography.Text>
          </Flex>
          <Flex gap={8} align="center">
            {dirty && (
              <Tag color="orange" data-testid="editor-dirty">
                有未保存的修改
              </Tag>
            )}
            <Button icon={<UndoOutlined />} disabled={!dirty || save.isPending} onClick={onReset} data-testid="template-reset">
              放弃修改
            </Button>
            <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} loading={save.isPending} onClick={onSave} data-testid="template-save">
              保存为新版本
            </Button>
          </Flex>
        </Flex>
      </Card>

      {saved && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setSaved(null)}
          title={`已保存为第 ${saved.version} 版`}
          description="此后的自动编目按新版本进行；已编目的案件仍记录原来的版本。"
          data-testid="template-saved"
        />
      )}
      {findings && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setFindings(null)}
          title={errors ? `模板有 ${errors} 处错误，未保存` : findings.message}
          description={
            findings.issues.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {findings.issues.map((issue, i) => (
                  <li key={i} data-testid="template-issue">
                    <Tag color={severityColor[issue.severity]}>{severityLabel[issue.severity]}</Tag>
                    <Typography.Text type="secondary">{describeIssue(findings.sent, others, issue)}：</Typography.Text>
                    {issue.message}
                  </li>
                ))}
              </ul>
            )
          }
          data-testid="template-issues"
        />
      )}

      <Card size="small" title="正卷" extra={<Typography.Text type="secondary">对当事人、律师开放查阅</Typography.Text>}>
        <SlotTable template={draft} volume="main" actions={actions} groupsOf={groupsOf} />
      </Card>
      <Card size="small" title="副卷" extra={<Typography.Text type="secondary">不对外开放查阅</Typography.Text>}>
        <SlotTable template={draft} volume="side" actions={actions} groupsOf={groupsOf} />
      </Card>
      <Card size="small" title="新增格位" extra={<Typography.Text type="secondary">新格位排在所选卷别的末尾（备考表、卷底之前），可再上移</Typography.Text>}>
        <AddSlotForm template={draft} onAdd={(slot) => change(addSlot(draft, slot))} />
      </Card>
      <Card size="small" title="必备要求（任一即可）" extra={<Typography.Text type="secondary">所列格位中至少一个须有材料</Typography.Text>}>
        <RequirementGroups template={draft} onChange={(requirementGroups) => change({ ...draft, requirementGroups })} />
      </Card>
    </Flex>
  );
}
