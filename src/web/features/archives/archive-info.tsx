import { Descriptions, Typography } from 'antd';
import { Link } from 'react-router';
import type { ArchiveOut } from '../../api/archives.hooks';
import { formatTime } from '../../lib/format';
import { RetentionTag, SourceTag } from './archive-tags';

/** An archive's description: 档号, the case, 保管期限 (and why it was changed), where it is kept, who received it. */
export function ArchiveInfo({ a }: { a: ArchiveOut }) {
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      data-testid="archive-info"
      items={[
        { key: 'code', label: '档号', children: <Typography.Text className="mono" copyable>{a.archivalCode}</Typography.Text> },
        { key: 'case', label: '案号', children: a.caseId ? <Link to={`/cases/${encodeURIComponent(a.caseId)}`}>{a.caseNumber}</Link> : a.caseNumber },
        { key: 'cause', label: '案由', children: a.causeOfAction ?? '—' },
        { key: 'dept', label: '部门', children: a.department ?? '—' },
        {
          key: 'retention',
          label: '保管期限',
          children: (
            <span data-testid="archive-retention" data-code={a.retentionPeriod.code}>
              <RetentionTag retention={a.retentionPeriod} />
              {a.retentionReason && <Typography.Text type="secondary">{a.retentionReason}</Typography.Text>}
            </span>
          ),
        },
        { key: 'source', label: '来源', children: <SourceTag source={a.source} /> },
        { key: 'received', label: '接收', children: `${a.receivedBy ?? '—'} · ${formatTime(a.receivedAt)}` },
        { key: 'head', label: '当前版本', children: a.headVersion },
        { key: 'ocfl', label: 'OCFL 对象标识', children: <Typography.Text className="mono" copyable>{a.ocflObjectId}</Typography.Text> },
      ]}
    />
  );
}
