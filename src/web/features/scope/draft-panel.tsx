import { CloudUploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Divider, Flex, Popconfirm, Space, Switch, Tag, Tooltip, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { fullCoverageLabel } from '../../../common/scope-rules';
import { errorMessage } from '../../api/client';
import { usePublish, type RuleSetVersion } from '../../api/scope.hooks';
import { formatTime } from '../../lib/format';
import { diffRuleSets, diffSummary } from './rule-set-diff';
import { severityLabels, type EditorIssue } from './rule-set-issues';
import { RuleTable } from './rule-table';
import { ScopePreview } from './scope-preview';

interface Props {
  draft: RuleSetVersion;
  inForce: RuleSetVersion | undefined;
  /** The server's warnings and notes when this draft was just saved. */
  findings: EditorIssue[];
  onPublished: (result: { version: number; jobId: string }) => void;
  onClose: () => void;
}

/**
 * The archiving date a preview assumes first: the day before full coverage (2021-12-31 for the
 * plan), because from then on every archived case is single-set and the rules make no difference.
 */
export function defaultPreviewDate(...fullCoverageFrom: Array<string | null | undefined>): string {
  const dates = fullCoverageFrom.filter((d): d is string => !!d).sort();
  return dates[0] ? dayjs(dates[0]).subtract(1, 'day').format('YYYY-MM-DD') : dayjs().format('YYYY-MM-DD');
}

/** A draft: what it changes against the version in force, its preview, and publishing it. */
export function DraftPanel({ draft, inForce, findings, onPublished, onClose }: Props) {
  const publish = usePublish();
  const { message } = App.useApp();
  const diff = useMemo(() => (inForce ? diffRuleSets(inForce.ruleSet, draft.ruleSet) : undefined), [inForce, draft]);
  const [showAll, setShowAll] = useState(false);
  const shownRules = diff ? draft.ruleSet.rules.filter((r) => diff.rules.get(r.id) !== 'unchanged') : draft.ruleSet.rules;
  const warnings = findings.filter((f) => f.severity !== 'info');
  const notes = findings.filter((f) => f.severity === 'info');
  const stale = inForce !== undefined && draft.version < inForce.version;
  const full = draft.ruleSet.fullCoverageFrom ?? inForce?.ruleSet.fullCoverageFrom ?? null;
  const hint = full
    ? `${fullCoverageLabel(full)}，按今天归档预览将看不出规则的差别，故默认假定在此之前归档。`
    : '未设定全面实行日期：按今天归档预览即可。';

  const onPublish = () =>
    publish.mutate(draft.version, {
      onSuccess: (result) => {
        void message.success(`第 ${result.version} 版已发布，正在后台重新认定全部案件`);
        onPublished(result);
      },
      onError: (error) => void message.error(errorMessage(error)),
    });

  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center">
          <span>草稿 第 {draft.version} 版</span>
          <Tag color="gold">待发布</Tag>
        </Flex>
      }
      extra={
        <Button size="small" type="text" onClick={onClose}>
          收起
        </Button>
      }
      data-testid="scope-draft-panel"
    >
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          column={3}
          items={[
            { key: 'note', label: '备注', children: draft.note || '—' },
            { key: 'created', label: '保存时间', children: formatTime(draft.createdAt) },
            { key: 'full', label: '全面实行', children: fullCoverageLabel(draft.ruleSet.fullCoverageFrom) },
          ]}
        />
        {diff && (
          <Alert
            type="info"
            showIcon
            title={`与现行第 ${inForce!.version} 版相比：${diffSummary(diff)}`}
            data-testid="scope-draft-diff"
          />
        )}
        {stale && (
          <Alert
            type="warning"
            showIcon
            title={`现行已是第 ${inForce!.version} 版：这份较旧的草稿发布后也不会生效。可在版本记录中“以此编辑为新草稿”，保存为新版本后再发布。`}
          />
        )}
        {warnings.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title="保存时服务器的提示（不影响保存）"
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {warnings.map((f, i) => (
                  <li key={i}>{f.message}</li>
                ))}
              </ul>
            }
          />
        )}
        {notes.length > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {severityLabels.info}：{notes.map((f) => f.message).join('；')}
          </Typography.Text>
        )}
        <Flex justify="space-between" align="center">
          <Typography.Text strong>{showAll || !diff ? `全部规则（${draft.ruleSet.rules.length} 条）` : `变动的规则（${shownRules.length} 条）`}</Typography.Text>
          {diff && (
            <Space size={6}>
              <Typography.Text type="secondary">显示全部规则</Typography.Text>
              <Switch size="small" checked={showAll} onChange={setShowAll} />
            </Space>
          )}
        </Flex>
        {shownRules.length > 0 || showAll ? (
          <RuleTable rules={showAll || !diff ? draft.ruleSet.rules : shownRules} changes={diff?.rules} testId="scope-draft-rules-table" />
        ) : (
          <Typography.Text type="secondary">没有新增或修改的规则。</Typography.Text>
        )}

        <Divider titlePlacement="start" plain style={{ margin: '4px 0' }}>
          预览影响
        </Divider>
        <ScopePreview version={draft.version} defaultAsOf={defaultPreviewDate(draft.ruleSet.fullCoverageFrom, inForce?.ruleSet.fullCoverageFrom)} hint={hint} />

        <Divider titlePlacement="start" plain style={{ margin: '4px 0' }}>
          发布
        </Divider>
        <Flex gap={12} align="center">
          <Popconfirm
            title={`发布第 ${draft.version} 版？`}
            description={
              <div style={{ maxWidth: 380 }}>
                发布后它立即成为现行规则集，新建和修改的案件都按它认定；后台任务随即按它重新认定全部案件（已归档的案件保持归档时的认定），变化逐件记入审计日志。发布不可撤回，如需恢复请再编辑一版。
              </div>
            }
            okText="发布"
            cancelText="取消"
            okButtonProps={{ 'data-testid': 'scope-publish-confirm' } as ButtonProps}
            onConfirm={onPublish}
            disabled={stale}
          >
            <Tooltip title={stale ? '较旧的草稿不能发布' : undefined}>
              <Button type="primary" icon={<CloudUploadOutlined />} loading={publish.isPending} disabled={stale} data-testid="scope-publish">
                发布
              </Button>
            </Tooltip>
          </Popconfirm>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            发布后按各案实际归档日期（未归档的按今天）重新认定；预览中假定的归档日期只用于比较规则。
          </Typography.Text>
        </Flex>
      </Flex>
    </Card>
  );
}
