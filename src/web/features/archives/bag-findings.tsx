import { Alert, Tag, Typography } from 'antd';
import { ApiError, errorMessage } from '../../api/client';

/** One problem found in an imported bag (RFC 8493, OCFL, the archive's own rules). */
export interface BagFinding {
  code: string;
  severity: string;
  message: string;
  path?: string;
}

/** The findings of a refused bag (422 `details.findings`), or null when the error is something else. */
export function bagFindingsOf(error: unknown): BagFinding[] | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const findings = (error.details as { findings?: unknown } | undefined)?.findings;
  if (!Array.isArray(findings)) return null;
  return findings.filter((f): f is BagFinding => !!f && typeof (f as BagFinding).code === 'string' && typeof (f as BagFinding).message === 'string');
}

const severityColors: Record<string, string> = { error: 'red', warning: 'orange', info: 'default' };
const severityLabels: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

/** Why an import failed: the server's message and, for a bad bag, every finding with its file. */
export function ImportError({ error }: { error: unknown }) {
  const findings = bagFindingsOf(error);
  return (
    <Alert
      type="error"
      showIcon
      title={errorMessage(error)}
      data-testid="import-error"
      description={
        findings && findings.length > 0 ? (
          <ul style={{ margin: '4px 0', paddingInlineStart: 0, listStyle: 'none', maxHeight: 240, overflow: 'auto' }} data-testid="import-findings">
            {findings.map((f, i) => (
              <li key={`${f.code}-${i}`} style={{ marginBottom: 4 }} data-testid="import-finding" data-code={f.code}>
                <Tag color={severityColors[f.severity] ?? 'default'}>{severityLabels[f.severity] ?? f.severity}</Tag>
                {f.message}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  <span className="mono">{f.code}</span>
                  {f.path && (
                    <>
                      {' · '}
                      <span className="mono">{f.path}</span>
                    </>
                  )}
                </Typography.Text>
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
