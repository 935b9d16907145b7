import { Checkbox, Empty, Popover, Spin, Typography } from 'antd';
import type { PageVerdict } from '../../../common/vocabulary';
import { pageThumbnailUrl, type ScanPageOut } from '../../api/scanning.hooks';
import { PageStatusTag, VerdictTag } from './scan-tags';
import styles from './page-grid.module.css';

interface Props {
  pages: ScanPageOut[];
  selected: ReadonlySet<string>;
  /** Page id → the material holding it (材料 2, or 《起诉状》 once attached). */
  labels: ReadonlyMap<string, string>;
  separators: ReadonlySet<string>;
  onToggle: (page: ScanPageOut, range: boolean) => void;
  onOpen: (page: ScanPageOut) => void;
}

const verdictClass: Partial<Record<PageVerdict, string>> = { fail: styles.fail, warn: styles.warn, blank: styles.blank };

/** The reasons of a page, as a list for a popover. */
export function ReasonList({ reasons }: { reasons: ScanPageOut['reasons'] }) {
  if (reasons.length === 0) return <Typography.Text type="secondary">没有发现问题</Typography.Text>;
  return (
    <ul className={styles.reasons}>
      {reasons.map((r, i) => (
        <li key={`${r.code}-${i}`}>{r.message}</li>
      ))}
    </ul>
  );
}

/**
 * The pages of a batch in order: thumbnail, verdict (with its reasons on hover), re-scan state and
 * the material it is assigned to. Tick to select (shift-click selects a range); click the image
 * for the large preview.
 */
export function PageGrid({ pages, selected, labels, separators, onToggle, onOpen }: Props) {
  if (pages.length === 0) return <Empty description="还没有页面：把扫描好的页面图像拖到上方" />;
  return (
    <div className={styles.grid} data-testid="page-grid">
      {pages.map((p) => {
        const cls = [styles.card, p.verdict ? verdictClass[p.verdict] : '', selected.has(p.id) ? styles.selected : '', p.status === 'replaced' ? styles.replaced : '']
          .filter(Boolean)
          .join(' ');
        const group = labels.get(p.id);
        return (
          <div
            key={p.id}
            className={cls}
            data-testid="page-card"
            data-page-id={p.id}
            data-position={p.position}
            data-verdict={p.verdict ?? 'checking'}
            data-status={p.status}
          >
            <div className={styles.head}>
              <Checkbox
                checked={selected.has(p.id)}
                disabled={p.status === 'replaced'}
                onClick={(e) => onToggle(p, e.shiftKey)}
                data-testid="page-select"
              >
                第 {p.position} 页
              </Checkbox>
              {group !== undefined ? (
                <span className={styles.group} title={group} data-testid="page-group">
                  {group}
                </span>
              ) : separators.has(p.id) ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  分隔页
                </Typography.Text>
              ) : null}
            </div>
            <button type="button" className={styles.thumb} onClick={() => onOpen(p)} title={p.originalName} data-testid="page-open">
              {p.hasThumbnail ? <img src={pageThumbnailUrl(p.id)} alt={`第 ${p.position} 页`} loading="lazy" /> : <Spin />}
            </button>
            <div className={styles.foot}>
              <Popover title={`第 ${p.position} 页 · ${p.originalName}`} content={<ReasonList reasons={p.reasons} />} mouseEnterDelay={0.3}>
                <span>
                  <VerdictTag verdict={p.verdict} />
                </span>
              </Popover>
              <PageStatusTag status={p.status} />
            </div>
          </div>
        );
      })}
    </div>
  );
}
