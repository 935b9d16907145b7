import { ArrowRightOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { changedFields, displayValue } from '../lib/change-diff';
import styles from './change-list.module.css';

interface Props {
  before: unknown;
  after: unknown;
  /** Chinese names of the fields; unknown fields show their code. */
  labels?: Record<string, string>;
  /** Renders a value of a field (names for ids, labels for codes). */
  format?: (field: string, value: unknown) => string;
  /** At most this many fields; the rest are counted. */
  max?: number;
}

/** A compact before → after list of the fields an audit event changed. */
export function ChangeList({ before, after, labels = {}, format, max = 8 }: Props) {
  const changes = changedFields(before, after);
  if (changes.length === 0) return <Typography.Text type="secondary">无字段变化</Typography.Text>;
  const show = (field: string, value: unknown) => (format ? format(field, value) : displayValue(value));
  const created = before === null || before === undefined;
  const removed = after === null || after === undefined;

  return (
    <ul className={styles.list}>
      {changes.slice(0, max).map((c) => (
        <li key={c.field || '(value)'}>
          {c.field && <span className={styles.field}>{labels[c.field] ?? c.field}：</span>}
          {created ? (
            <span className={styles.after}>{show(c.field, c.after)}</span>
          ) : removed ? (
            <span className={styles.before}>{show(c.field, c.before)}</span>
          ) : (
            <>
              <span className={styles.before}>{show(c.field, c.before)}</span>
              <ArrowRightOutlined className={styles.arrow} />
              <span className={styles.after}>{show(c.field, c.after)}</span>
            </>
          )}
        </li>
      ))}
      {changes.length > max && <li className={styles.more}>另有 {changes.length - max} 项变化</li>}
    </ul>
  );
}
