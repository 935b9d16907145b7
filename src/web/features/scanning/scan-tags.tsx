import { LoadingOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import {
  batchStatusLabels,
  pageStatusLabels,
  pageVerdictLabels,
  type BatchStatus,
  type PageStatus,
  type PageVerdict,
} from '../../../common/vocabulary';

export const verdictColors: Record<PageVerdict, string> = { pass: 'success', warn: 'warning', fail: 'error', blank: 'default' };

/** A page's quality verdict; 质检中 while the check is still running (verdict null). */
export function VerdictTag({ verdict }: { verdict: PageVerdict | null }) {
  if (verdict === null) {
    return (
      <Tag color="processing" icon={<LoadingOutlined />} data-testid="page-verdict" data-verdict="checking">
        质检中
      </Tag>
    );
  }
  return (
    <Tag color={verdictColors[verdict]} data-testid="page-verdict" data-verdict={verdict}>
      {pageVerdictLabels[verdict] ?? verdict}
    </Tag>
  );
}

const pageStatusColors: Record<PageStatus, string> = { active: 'default', rescan: 'magenta', replaced: 'default' };

/** Shown only when the page is not simply in use. */
export function PageStatusTag({ status }: { status: PageStatus }) {
  if (status === 'active') return null;
  return (
    <Tag color={pageStatusColors[status]} variant={status === 'replaced' ? 'outlined' : undefined} data-testid="page-status">
      {pageStatusLabels[status] ?? status}
    </Tag>
  );
}

const batchStatusColors: Record<BatchStatus, string> = { receiving: 'default', checking: 'processing', checked: 'gold', done: 'success' };

export function BatchStatusTag({ status }: { status: BatchStatus }) {
  return (
    <Tag color={batchStatusColors[status]} icon={status === 'checking' ? <LoadingOutlined /> : undefined} data-testid="batch-status">
      {batchStatusLabels[status] ?? status}
    </Tag>
  );
}
