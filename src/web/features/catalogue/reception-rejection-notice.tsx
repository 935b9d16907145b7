import { Alert, Typography } from 'antd';
import { useCaseReception } from '../../api/reception.hooks';
import { formatTime } from '../../lib/format';

/**
 * After the archives department rejected the file (拒绝接收), the clerk sees why while cataloguing:
 * the latest decision, if it is a rejection newer than any acceptance. Nothing when there is none.
 */
export function ReceptionRejectionNotice({ caseId }: { caseId: string }) {
  const reception = useCaseReception(caseId);
  const last = reception.data?.decisions.at(-1);
  if (!last || last.decision !== 'reject' || reception.data?.archiveState !== 'cataloguing') return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="catalogue-reception-rejected"
      title="档案部门拒绝接收，已退回整理"
      description={
        <Typography.Text>
          {last.reasons}
          <Typography.Text type="secondary">
            {' '}
            （{last.decidedBy ?? '档案管理员'}，{formatTime(last.decidedAt)}）
          </Typography.Text>
        </Typography.Text>
      }
    />
  );
}
