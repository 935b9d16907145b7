import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Card, Collapse, Empty, Flex, Space, Tag, Typography } from 'antd';
import { documentSigningStepLabels } from '../../../common/document-signature-api';
import type { CertificateSummaryOut } from '../../../common/signature-api';
import type { PdfSignatureOut } from '../../api/document-signatures.hooks';
import { formatDate, formatTime } from '../../lib/format';

/** Who signed, as the certificate says (the seal's name for 签发), else as the PDF claims. */
export function signerName(s: PdfSignatureOut): string {
  return s.verification.signer?.commonName ?? s.name ?? '未知签名者';
}

/** One certificate of the chain on one compact line: whose, which serial, valid when. */
function ChainItem({ cert, index, last }: { cert: CertificateSummaryOut; index: number; last: boolean }) {
  const role = index === 0 ? '签名者证书' : last && cert.subject === cert.issuer ? '根证书' : '签发机构';
  return (
    <div style={{ borderInlineStart: '2px solid var(--ant-color-border, #d9d9d9)', paddingInlineStart: 8, marginBottom: 6 }} data-testid="pdf-signature-chain-item">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {role}
      </Typography.Text>
      <div title={cert.subject}>{cert.commonName ?? cert.subject}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        序列号 <span className="mono">{cert.serialNumber}</span>
        <br />
        有效期 {formatDate(cert.notBefore)} 至 {formatDate(cert.notAfter)}
      </Typography.Text>
    </div>
  );
}

/** One PDF signature: valid or not, who and when, which step, whether later revisions follow; chain and checks on expand. */
export function SignatureItem({ s, index }: { s: PdfSignatureOut; index: number }) {
  const v = s.verification;
  const failing = v.checks.filter((c) => !c.ok);
  const time = v.signingTime ?? s.claimedSigningTime;
  return (
    <Card size="small" type="inner" style={{ marginBottom: 8 }} data-testid="pdf-signature" data-valid={v.valid ? 'true' : 'false'}>
      <Flex vertical gap={6}>
        <Space size={[6, 4]} wrap>
          {v.valid ? (
            <Tag icon={<CheckCircleFilled />} color="success" data-testid="pdf-signature-status">
              有效
            </Tag>
          ) : (
            <Tag icon={<CloseCircleFilled />} color="error" data-testid="pdf-signature-status">
              无效
            </Tag>
          )}
          <Typography.Text strong data-testid="pdf-signature-signer">
            {signerName(s)}
          </Typography.Text>
          {s.step ? <Tag color="blue">{documentSigningStepLabels[s.step]}</Tag> : s.reason ? <Tag>{s.reason}</Tag> : null}
          {s.coversWholeDocument ? (
            <Tag color="green" data-testid="pdf-signature-coverage">
              覆盖全文
            </Tag>
          ) : (
            <Tag color="default" title="签名之后文件又追加了修订（例如后续步骤的签名）；签名只证明签名时的版本" data-testid="pdf-signature-coverage">
              此后有修订
            </Tag>
          )}
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          第 {index + 1} 个签名 · {time ? formatTime(time) : '签名时间未知'}
          {s.seal && s.signedBy ? ` · 由${s.signedBy.name}加盖“${s.seal.name}”` : s.signedBy && s.signedBy.name !== signerName(s) ? ` · ${s.signedBy.name}` : ''}
        </Typography.Text>
        {failing.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 18, color: 'var(--ant-color-error, #cf1322)' }} data-testid="pdf-signature-failures">
            {failing.map((c) => (
              <li key={c.code}>{c.message}</li>
            ))}
          </ul>
        )}
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'details',
              label: '证书链与各项检查',
              children: (
                <>
                  {v.chain.length === 0 ? <Typography.Text type="secondary">无法建立证书链</Typography.Text> : v.chain.map((c, i) => <ChainItem key={c.sha256Fingerprint} cert={c} index={i} last={i === v.chain.length - 1} />)}
                  <ul style={{ margin: '8px 0 0', paddingInlineStart: 0, listStyle: 'none' }}>
                    {v.checks.map((c) => (
                      <li key={c.code} style={{ color: c.ok ? undefined : 'var(--ant-color-error, #cf1322)' }}>
                        {c.ok ? '✓' : '✗'} {c.message}
                      </li>
                    ))}
                  </ul>
                </>
              ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}

/** Every signature of a PDF, first signed first. */
export function SignatureList({ signatures, empty = '该文件没有签名' }: { signatures: readonly PdfSignatureOut[]; empty?: string }) {
  if (signatures.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <div data-testid="pdf-signature-list">
      {signatures.map((s, i) => (
        <SignatureItem key={s.fieldName} s={s} index={i} />
      ))}
    </div>
  );
}
