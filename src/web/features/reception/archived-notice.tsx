import { Alert, Typography } from 'antd';
import { Link } from 'react-router';

/** After acceptance: the 档号, linking to the archive for whoever may open it. */
export function ArchivedNotice({ archivalCode, mayOpenArchive }: { archivalCode: string; mayOpenArchive: boolean }) {
  return (
    <Alert
      type="success"
      showIcon
      data-testid="reception-archived"
      title={
        <span>
          已接收归档，档号{' '}
          {mayOpenArchive ? (
            <Link to={`/archives/${encodeURIComponent(archivalCode)}`} data-testid="reception-archive-link">
              <Typography.Text strong className="mono" style={{ color: 'inherit' }}>
                {archivalCode}
              </Typography.Text>
            </Link>
          ) : (
            <Typography.Text strong className="mono" copyable>
              {archivalCode}
            </Typography.Text>
          )}
        </span>
      }
      description={mayOpenArchive ? '点击档号查看档案的版本、文件和导出。' : undefined}
    />
  );
}
