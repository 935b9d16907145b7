import { Alert, Typography } from 'antd';
import type { FileProblemOut } from '../../api/materials.hooks';
import { ApiError, errorMessage } from '../../api/client';

interface Rejection {
  quarantineId: string;
  problems: FileProblemOut[];
  format: string;
}

/** The details of a 422 file refusal, when the error is one. */
export function rejectionOf(error: unknown): Rejection | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const d = error.details as Partial<Rejection> | undefined;
  if (!d || typeof d.quarantineId !== 'string') return null;
  return { quarantineId: d.quarantineId, problems: Array.isArray(d.problems) ? d.problems : [], format: typeof d.format === 'string' ? d.format : '' };
}

/**
 * Why an upload failed. A refused file (422) is shown with every problem found and the note that
 * it was kept in quarantine, so the clerk knows it is neither lost nor in the case.
 */
export function UploadError({ error, testId = 'upload-error' }: { error: unknown; testId?: string }) {
  const rejection = rejectionOf(error);
  if (!rejection) return <Alert type="error" showIcon title={errorMessage(error)} data-testid={testId} />;
  return (
    <Alert
      type="error"
      showIcon
      title={errorMessage(error)}
      data-testid={testId}
      description={
        <>
          {rejection.problems.length > 0 && (
            <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
              {rejection.problems.map((p, i) => (
                <li key={`${p.code}-${i}`}>
                  {p.message} <Typography.Text type="secondary" className="mono">{p.code}</Typography.Text>
                </li>
              ))}
            </ul>
          )}
          <Typography.Text type="secondary">
            {rejection.format && `识别的格式：${rejection.format}。`}文件未进入案件材料，已保存在隔离区（编号 <span className="mono">{rejection.quarantineId}</span>），可在本案“隔离区”中查看和处理。
          </Typography.Text>
        </>
      }
    />
  );
}
