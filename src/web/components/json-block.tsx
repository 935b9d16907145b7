import { Typography } from 'antd';
import styles from './json-block.module.css';

/** A JSON value, pretty-printed, with a caption; null shows as 无. */
export function JsonBlock({ title, value }: { title: string; value: unknown }) {
  return (
    <div className={styles.block}>
      <Typography.Text type="secondary" className={styles.title}>
        {title}
      </Typography.Text>
      {value === null || value === undefined ? (
        <Typography.Text type="secondary">无</Typography.Text>
      ) : (
        <pre className={`mono ${styles.pre}`}>{JSON.stringify(value, null, 2)}</pre>
      )}
    </div>
  );
}
