import { EditOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { useState, type ReactNode } from 'react';
import styles from './catalogue.module.css';

interface EditableTextProps {
  value: string | null;
  /** What is shown when not editing (a link for 题名); the value itself by default. */
  display?: ReactNode;
  /** Called with the new text when the clerk confirms (Enter or leaving the field). */
  onChange?: (value: string) => void;
  /** A field that may not be left empty (题名). */
  required?: boolean;
  label: string;
  testId: string;
  maxLength?: number;
}

/**
 * A catalogue field edited in place: the text (or link) with a pencil; the pencil opens a small input
 * that saves on Enter or on leaving it, and Escape cancels. Without `onChange` it is read-only.
 */
export function EditableText({ value, display, onChange, required, label, testId, maxLength = 200 }: EditableTextProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const shown = display ?? (value ? value : <span className={styles.placeholder}>—</span>);
  if (!onChange) return <span data-testid={testId}>{shown}</span>;
  if (editing !== null) {
    const commit = () => {
      const next = editing.trim();
      setEditing(null);
      if (required && next === '') return;
      if (next !== (value ?? '')) onChange(next);
    };
    return (
      <Input
        size="small"
        autoFocus
        value={editing}
        maxLength={maxLength}
        aria-label={label}
        status={required && editing.trim() === '' ? 'error' : undefined}
        data-testid={`${testId}-input`}
        onChange={(e) => setEditing(e.target.value)}
        onPressEnter={commit}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setEditing(null);
        }}
      />
    );
  }
  return (
    <span className={styles.editable}>
      <span data-testid={testId}>{shown}</span>
      <Button
        type="text"
        size="small"
        className={styles.editButton}
        icon={<EditOutlined />}
        aria-label={`修改${label}`}
        data-testid={`${testId}-edit`}
        onClick={() => setEditing(value ?? '')}
      />
    </span>
  );
}
