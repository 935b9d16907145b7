import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Descriptions, Space, Typography } from 'antd';
import { signatureAlgorithmLabels, type UserCertificateOut } from '../../../common/signature-api';
import { abbreviateHash, formatTime } from '../../lib/format';
import { CertificateStatusTag, Validity } from './pki-labels';

/** One of the user's certificates: algorithm, status, validity and what identifies it. */
export function CertificateCard({ certificate: c }: { certificate: UserCertificateOut }) {
  return (
    <Card
      size="small"
      data-testid="my-certificate"
      data-algorithm={c.algorithm}
      title={
        <Space>
          <SafetyCertificateOutlined style={{ color: c.status === 'active' ? '#1f7a3a' : undefined }} />
          {signatureAlgorithmLabels[c.algorithm]}
        </Space>
      }
      extra={<CertificateStatusTag status={c.status} />}
    >
      <Descriptions size="small" column={1} styles={{ label: { width: 104, whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label="有效期">
          <Validity certificate={c.certificate} />
        </Descriptions.Item>
        <Descriptions.Item label="持有人">{c.certificate.subject}</Descriptions.Item>
        <Descriptions.Item label="签发机构">{c.certificate.issuer}</Descriptions.Item>
        <Descriptions.Item label="序列号">
          <Typography.Text className="mono" copyable={{ text: c.certificate.serialNumber }}>
            {abbreviateHash(c.certificate.serialNumber, 12, 6)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="SHA-256 指纹">
          <Typography.Text className="mono" copyable={{ text: c.certificate.sha256Fingerprint }}>
            {abbreviateHash(c.certificate.sha256Fingerprint, 12, 8)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="领取时间">{formatTime(c.createdAt)}</Descriptions.Item>
        {c.status === 'revoked' && (
          <Descriptions.Item label="吊销">
            {formatTime(c.revokedAt)}　{c.revokeReason}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
