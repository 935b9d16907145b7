import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Alert, Button, Skeleton, Typography } from 'antd';
import type { MouseEvent } from 'react';
import { Link } from 'react-router';
import type { CatalogueCheckOut, CatalogueFindingOut } from '../../api/catalogue.hooks';
import { errorMessage } from '../../api/client';
import styles from './catalogue.module.css';

interface CheckPanelProps {
  check: CatalogueCheckOut | undefined;
  error: unknown;
  loading: boolean;
  onRetry: () => void;
  /** The version the page holds (what the check should describe). */
  version: number;
  /** Unsaved changes on the page: the check still describes the saved catalogue. */
  dirty: boolean;
  /** 定位: highlight the place on this page (the link also carries it in the URL). */
  onLocate: (finding: CatalogueFindingOut, event: MouseEvent<HTMLAnchorElement>) => void;
}

/**
 * 完整性检查 of the saved catalogue: errors (red) block 提交审核, warnings (orange) do not. Each
 * finding has 定位, a link to the editor focused on the place.
 */
export function CheckPanel({ check, error, loading, onRetry, version, dirty, onLocate }: CheckPanelProps) {
  if (!check) {
    if (error) {
      return (
        <Alert
          type="warning"
          showIcon
          title={`完整性检查未能完成：${errorMessage(error)}`}
          action={
            <Button size="small" onClick={onRetry}>
              重试
            </Button>
          }
        />
      );
    }
    return loading ? <Skeleton active paragraph={{ rows: 2 }} title={false} /> : null;
  }

  const errors = check.findings.filter((f) => f.severity === 'error');
  const warnings = check.findings.filter((f) => f.severity === 'warning');
  const ordered = [...errors, ...warnings];
  return (
    <div data-testid="check-result" data-ok={check.ok} data-version={check.version}>
      {dirty && (
        <Typography.Text type="warning" className={styles.checkNote} data-testid="check-stale">
          以下为已保存版本的检查结果，保存后更新
        </Typography.Text>
      )}
      {!dirty && check.version !== version && (
        <Typography.Text type="warning" className={styles.checkNote} data-testid="check-other-version">
          检查的是第 {check.version} 版目录（本页为第 {version} 版）
        </Typography.Text>
      )}
      {check.ok ? (
        <Typography.Text type="success" data-testid="check-ok">
          <CheckCircleFilled /> 可以提交审核
          {warnings.length > 0 ? `（另有 ${warnings.length} 项提示）` : ''}
        </Typography.Text>
      ) : (
        <Typography.Text type="danger" data-testid="check-blocked">
          <CloseCircleFilled /> 有 {errors.length} 项问题须处理后才能提交审核
          {warnings.length > 0 ? `，另有 ${warnings.length} 项提示` : ''}
        </Typography.Text>
      )}
      {ordered.length > 0 && (
        <div className={styles.findings} data-testid="check-findings">
          {ordered.map((f, i) => (
            <div key={`${f.code}-${i}`} className={styles.finding} data-testid="check-finding" data-severity={f.severity} data-code={f.code}>
              <span className={`${styles.findingMessage} ${f.severity === 'error' ? styles.findingError : styles.findingWarning}`}>
                {f.severity === 'error' ? <CloseCircleFilled /> : <ExclamationCircleFilled />} {f.message}
              </span>
              <Link to={f.href} onClick={(e) => onLocate(f, e)} data-testid="check-locate" style={{ whiteSpace: 'nowrap' }}>
                定位
              </Link>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
