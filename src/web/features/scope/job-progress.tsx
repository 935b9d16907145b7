import { Alert, Button, Card, Flex, Progress, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useJob, useRefreshAfterReevaluation, type JobState } from '../../api/scope.hooks';
import { QueryError } from '../../components/page-state';
import { formatTime } from '../../lib/format';

interface Props {
  jobId: string;
  /** The version being published, for the title. */
  version?: number;
  onClose: () => void;
}

const statusLabels: Record<JobState['status'], string> = { queued: '排队中', running: '正在重新认定', done: '已完成', failed: '失败' };

/** What a finished re-evaluation reports: `{ version, processed, changed }`. */
function resultOf(job: JobState): { processed?: number; changed?: number } {
  const r = job.result as { processed?: unknown; changed?: unknown } | null;
  return {
    processed: typeof r?.processed === 'number' ? r.processed : undefined,
    changed: typeof r?.changed === 'number' ? r.changed : undefined,
  };
}

/**
 * The background re-evaluation after publishing: polled every second until done or failed. The
 * page stays usable meanwhile; when it is done, rule sets, cases and coverage are fetched again.
 */
export function JobProgress({ jobId, version, onClose }: Props) {
  const job = useJob(jobId);
  const refresh = useRefreshAfterReevaluation();
  const status = job.data?.status;
  const refreshed = useRef(false);
  useEffect(() => {
    if (status === 'done' && !refreshed.current) {
      refreshed.current = true;
      void refresh();
    }
  }, [status, refresh]);

  const j = job.data;
  const total = j?.progressTotal ?? null;
  const percent = j ? (j.status === 'done' ? 100 : total ? Math.min(99, Math.floor((j.progressDone / total) * 100)) : 0) : 0;
  const finished = j?.status === 'done' || j?.status === 'failed';
  const { processed, changed } = j ? resultOf(j) : {};

  return (
    <Card
      size="small"
      title={`重新认定全部案件${version ? `（第 ${version} 版）` : ''}`}
      extra={
        finished || job.isError ? (
          <Button size="small" onClick={onClose}>
            关闭
          </Button>
        ) : undefined
      }
    >
      <Flex vertical gap={8}>
        {job.isError && <QueryError error={job.error} onRetry={() => void job.refetch()} />}
        <div data-testid="scope-job-progress">
          <Progress
            percent={percent}
            status={j?.status === 'failed' ? 'exception' : j?.status === 'done' ? 'success' : 'active'}
            format={() => (total ? `${j?.progressDone ?? 0} / ${total}` : `${j?.progressDone ?? 0}`)}
          />
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {j ? statusLabels[j.status] : '正在读取任务…'}
            {j && j.attempts > 1 && `（第 ${j.attempts} 次尝试）`}
            {!finished && '：可以离开本页，任务在后台继续。'}
            <span className="mono" style={{ marginLeft: 8 }}>
              任务 {jobId}
            </span>
          </Typography.Text>
        </div>
        {j?.status === 'done' && (
          <Alert
            type="success"
            showIcon
            data-testid="scope-job-done"
            title={`重新认定完成：处理 ${processed ?? j.progressDone} 件案件，其中 ${changed ?? '—'} 件的认定（纳入与否或所依规则）发生变化`}
            description={`完成于 ${formatTime(j.finishedAt)}；变化已逐件记入审计日志。`}
          />
        )}
        {j?.status === 'failed' && (
          <Alert type="error" showIcon title="重新认定失败" description={j.error ?? '任务失败，请联系系统管理员查看日志'} data-testid="scope-job-failed" />
        )}
      </Flex>
    </Card>
  );
}
