import { Form } from 'antd';
import type { ReactNode } from 'react';
import { useEditorContext } from './editor-context';
import { issuesAt } from './rule-set-issues';
import styles from './scope.module.css';

interface Props {
  label?: ReactNode;
  /** Where in the rule set this field's value is: its issues are shown under it. */
  path: ReadonlyArray<string | number>;
  /** More paths whose issues belong here (e.g. a refinement reported on the parent). */
  alsoAt?: ReadonlyArray<ReadonlyArray<string | number>>;
  extra?: ReactNode;
  tooltip?: ReactNode;
  children: ReactNode;
}

/** A form field showing the findings at its path (the form's own check and the server's). */
export function IssueField({ label, path, alsoAt = [], extra, tooltip, children }: Props) {
  const { issues } = useEditorContext();
  const here = [path, ...alsoAt].flatMap((p) => issuesAt(issues, p));
  const status = here.some((i) => i.severity === 'error') ? 'error' : here.some((i) => i.severity === 'warning') ? 'warning' : undefined;
  return (
    <Form.Item
      className={styles.field}
      label={label}
      tooltip={tooltip}
      validateStatus={status}
      help={here.length ? here.map((i) => <div key={`${i.source}${i.message}`}>{i.message}</div>) : undefined}
      extra={extra}
    >
      {children}
    </Form.Item>
  );
}
