import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { fullCoverageLabel, type Condition } from '../../../common/scope-rules';
import { ruleSetInForce, useRuleSets, type DraftCreated, type RuleSetVersion } from '../../api/scope.hooks';
import { QueryError } from '../../components/page-state';
import { formatTime } from '../../lib/format';
import { DraftPanel } from './draft-panel';
import { JobProgress } from './job-progress';
import { collectValues, idsEverUsed } from './rule-set-draft';
import { RuleSetEditor } from './rule-set-editor';
import { RuleSetHistory } from './rule-set-history';
import { serverIssues, type EditorIssue } from './rule-set-issues';
import { RuleTable } from './rule-table';

/**
 * 试点范围 (院领导 / scope.manage): the rule set in force, its versions, and the way to change it —
 * edit as a new draft, preview its effect per department, publish, and watch every case be decided
 * again. The draft being looked at and the running job are in the URL (?draft=, ?job=), so a reload
 * keeps them.
 */
export default function ScopePage() {
  const ruleSets = useRuleSets();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<RuleSetVersion | null>(null);
  const [findings, setFindings] = useState<{ version: number; issues: EditorIssue[] } | null>(null);

  const versions = ruleSets.data ?? [];
  const inForce = ruleSetInForce(versions);
  const draftVersion = Number(params.get('draft')) || null;
  const draft = versions.find((v) => v.version === draftVersion && v.status === 'draft');
  const jobId = params.get('job');
  const jobVersion = Number(params.get('jobVersion')) || undefined;

  const usedIds = useMemo(() => idsEverUsed(versions.map((v) => v.ruleSet)), [versions]);
  const suggestions = useMemo(() => {
    const conditions: Condition[] = versions.flatMap((v) => v.ruleSet.rules.map((r) => r.condition));
    return {
      causes: collectValues(conditions, (c) => (c.kind === 'causeOfAction' ? c.under : undefined)),
      families: collectValues(conditions, (c) => (c.kind === 'typeCode' ? c.family : undefined)),
    };
  }, [versions]);

  const setParam = (patch: Record<string, string | null>) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      for (const [k, v] of Object.entries(patch)) {
        if (v === null) next.delete(k);
        else next.set(k, v);
      }
      return next;
    });

  const onSaved = (saved: DraftCreated) => {
    setEditing(null);
    setFindings({ version: saved.version, issues: serverIssues(saved.findings) });
    setParam({ draft: String(saved.version) });
    window.scrollTo({ top: 0 });
  };

  if (editing) {
    return (
      <Flex vertical gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          试点范围 · 编辑规则集
        </Typography.Title>
        <RuleSetEditor base={editing} usedIds={usedIds} suggestions={suggestions} onCancel={() => setEditing(null)} onSaved={onSaved} />
      </Flex>
    );
  }

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          试点范围
        </Typography.Title>
        <Button type="primary" icon={<EditOutlined />} disabled={!inForce} onClick={() => inForce && setEditing(inForce)} data-testid="scope-edit">
          编辑为新草稿
        </Button>
      </Flex>

      {ruleSets.isError && <QueryError error={ruleSets.error} onRetry={() => void ruleSets.refetch()} />}

      {jobId && <JobProgress key={jobId} jobId={jobId} version={jobVersion} onClose={() => setParam({ job: null, jobVersion: null })} />}

      {draft && (
        <DraftPanel
          key={draft.version}
          draft={draft}
          inForce={inForce}
          findings={findings?.version === draft.version ? findings.issues : []}
          onPublished={(r) => setParam({ draft: null, job: r.jobId, jobVersion: String(r.version) })}
          onClose={() => setParam({ draft: null })}
        />
      )}

      <Card
        size="small"
        title={
          <Flex gap={8} align="center">
            <span>现行规则集{inForce ? ` 第 ${inForce.version} 版` : ''}</span>
            {inForce && <Tag color="green">现行</Tag>}
          </Flex>
        }
      >
        {ruleSets.isPending && <Skeleton active />}
        {!ruleSets.isPending && !inForce && !ruleSets.isError && <Empty description="尚未发布规则集" />}
        {inForce && (
          <Flex vertical gap={12}>
            <Descriptions
              size="small"
              column={3}
              data-testid="scope-in-force"
              items={[
                { key: 'published', label: '发布时间', children: formatTime(inForce.publishedAt) },
                { key: 'full', label: '全面实行', children: fullCoverageLabel(inForce.ruleSet.fullCoverageFrom) },
                { key: 'note', label: '备注', children: inForce.note || '—' },
              ]}
            />
            <RuleTable rules={inForce.ruleSet.rules} testId="scope-rules-table" />
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              一个案件依次适用其承办部门的规则（按规则号），立案日期在施行期间内且条件成立即纳入单套制；否则，归档日期在全面实行日期以后的也纳入。
            </Typography.Text>
          </Flex>
        )}
      </Card>

      <Card size="small" title="版本记录">
        <RuleSetHistory
          versions={versions}
          inForce={inForce?.version}
          selectedDraft={draft?.version ?? null}
          loading={ruleSets.isFetching}
          onEdit={setEditing}
          onSelectDraft={(v) => {
            setParam({ draft: String(v) });
            window.scrollTo({ top: 0, behavior: 'smooth' });
          }}
        />
      </Card>
    </Flex>
  );
}
