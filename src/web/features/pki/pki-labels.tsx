import { Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { AuthorityOut, CertificateSummaryOut, UserCertificateOut } from '../../../common/signature-api';
import { signatureAlgorithmLabels, userKeyStatusLabels } from '../../../common/signature-api';
import { formatDate } from '../../lib/format';
import { pinRuleTexts } from './pin-rules';

const statusColors: Record<UserCertificateOut['status'], string> = { active: 'success', revoked: 'error', replaced: 'default' };

/** 有效 / 已吊销 / 已更换. */
export function CertificateStatusTag({ status }: { status: UserCertificateOut['status'] }) {
  return (
    <Tag color={statusColors[status]} data-testid="certificate-status" data-status={status}>
      {userKeyStatusLabels[status]}
    </Tag>
  );
}

/** The short name of an algorithm (SM2, ECDSA P-256); the long label is in signatureAlgorithmLabels. */
export function algorithmShort(algorithm: keyof typeof signatureAlgorithmLabels): string {
  return algorithm === 'sm2' ? 'SM2' : 'ECDSA P-256';
}

/** 起止日期, with a warning when the certificate has expired or is about to. */
export function Validity({ certificate }: { certificate: CertificateSummaryOut }) {
  const end = dayjs(certificate.notAfter);
  const expired = end.isBefore(dayjs());
  const soon = !expired && end.isBefore(dayjs().add(60, 'day'));
  return (
    <span>
      {formatDate(certificate.notBefore)} 至 {formatDate(certificate.notAfter)}
      {expired && <Tag color="error" style={{ marginLeft: 6 }}>已过期</Tag>}
      {soon && <Tag color="warning" style={{ marginLeft: 6 }}>即将到期</Tag>}
    </span>
  );
}

export const authorityKindLabels: Record<AuthorityOut['kind'], string> = { root: '根证书', issuing: '签发证书' };
export const authorityOriginLabels: Record<AuthorityOut['origin'], string> = { generated: '本系统生成', imported: '本院导入' };

/** The PIN rules, as a short list under a PIN field. */
export function PinRuleHint() {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      签名口令要求：{pinRuleTexts.join('；')}。
    </Typography.Text>
  );
}

/** The PIN rules as a list, beside a PIN form. */
export function PinRules() {
  return (
    <div style={{ background: '#f6f8fb', border: '1px solid #e5e8ee', borderRadius: 6, padding: '10px 16px', maxWidth: 420 }} data-testid="pin-rules">
      <Typography.Text strong>签名口令要求</Typography.Text>
      <ul style={{ margin: '6px 0 0', paddingLeft: 18, color: 'rgba(0,0,0,0.65)' }}>
        {pinRuleTexts.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
    </div>
  );
}

/** Saves a text as a file through the browser (a PEM certificate). */
export function downloadText(filename: string, text: string, type = 'application/x-pem-file'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name for a CA certificate: court-ca-sm2-root-1a2b3c.pem. */
export function authorityFileName(a: AuthorityOut): string {
  return `court-ca-${a.algorithm}-${a.kind}-${a.certificate.serialNumber.slice(-8).toLowerCase()}.pem`;
}

/** Reads a file as base64 (without the data: prefix). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('无法读取文件'));
    reader.readAsDataURL(file);
  });
}
