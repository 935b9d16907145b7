import { Alert, Card, Col, Collapse, Flex, Row, Spin, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { UserCertificateOut } from '../../../common/signature-api';
import { useAuthorities, useMyCertificates } from '../../api/pki.hooks';
import { QueryError } from '../../components/page-state';
import { abbreviateHash, formatTime } from '../../lib/format';
import { AuthorityTable } from './authority-table';
import { CertificateCard } from './certificate-card';
import { ChangePinCard } from './change-pin-card';
import { EnrolCard } from './enrol-card';
import { algorithmShort, CertificateStatusTag, Validity } from './pki-labels';

/**
 * 我的签名证书 (everyone who signs): the user's SM2 and ECDSA P-256 certificates, the signing PIN
 * (set it the first time, change it later), the certificates he held before, and the court CA
 * certificates for verifying signatures outside CaseVault.
 */
export default function MyCertificatesPage() {
  const certificates = useMyCertificates();
  const authorities = useAuthorities();
  const all = certificates.data ?? [];
  const active = all.filter((c) => c.status === 'active');
  const earlier = all.filter((c) => c.status !== 'active');

  return (
    <Flex vertical gap={12} style={{ maxWidth: 1100 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        我的签名证书
      </Typography.Title>
      <Alert
        type="info"
        showIcon
        title="签名口令是什么"
        description={
          <>
            <div>签名口令用来解锁您的签名私钥：在审批意见和诉讼文书上签名（或加盖电子印章）时，需要输入这个口令。私钥只以口令加密后的形式保存，系统里没有人能看到您的口令。</div>
            <div>
              <Typography.Text strong>口令一旦遗忘，任何人（包括系统管理员和安全保密管理员）都无法找回。</Typography.Text>
              只能请安全保密管理员为您重新签发证书并设定新口令；原来的证书随之作废，已经签好的文件不受影响。
            </div>
            <div>请不要把签名口令告诉他人，也不要与登录密码相同。</div>
          </>
        }
        data-testid="pin-explanation"
      />
      {certificates.isError && <QueryError error={certificates.error} onRetry={() => void certificates.refetch()} />}
      {certificates.isPending && <Spin style={{ padding: 24 }} />}
      {certificates.isSuccess && (
        <>
          {active.length > 0 ? (
            <>
              <Row gutter={[12, 12]}>
                {active.map((c) => (
                  <Col key={c.id} xs={24} lg={12}>
                    <CertificateCard certificate={c} />
                  </Col>
                ))}
              </Row>
              <ChangePinCard />
            </>
          ) : earlier.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              data-testid="certificates-revoked"
              title="您目前没有有效的签名证书"
              description="原有证书已吊销或更换。为防止他人借用登录状态冒用签名，重新领取证书须由安全保密管理员为您签发，并当面交付初始签名口令。"
            />
          ) : (
            <EnrolCard />
          )}
          {earlier.length > 0 && (
            <Collapse
              size="small"
              items={[
                {
                  key: 'earlier',
                  label: `以前的证书（${earlier.length}）`,
                  children: <EarlierCertificates certificates={earlier} />,
                },
              ]}
            />
          )}
        </>
      )}
      <Card size="small" title="本院证书签发机构（CA）">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          在卷宗库之外核验签名（如用 OpenSSL 或其他 PDF 阅读器）时，需要信任本院的根证书：下载后作为受信任的 CA 导入即可。
        </Typography.Paragraph>
        {authorities.isError ? (
          <QueryError error={authorities.error} onRetry={() => void authorities.refetch()} />
        ) : (
          <AuthorityTable authorities={(authorities.data ?? []).filter((a) => a.active)} loading={authorities.isPending} compact />
        )}
      </Card>
    </Flex>
  );
}

function EarlierCertificates({ certificates }: { certificates: UserCertificateOut[] }) {
  const columns: ColumnsType<UserCertificateOut> = [
    { title: '算法', dataIndex: 'algorithm', width: 110, render: algorithmShort },
    { title: '状态', dataIndex: 'status', width: 90, render: (s: UserCertificateOut['status']) => <CertificateStatusTag status={s} /> },
    { title: '序列号', key: 'serial', width: 200, render: (_, c) => <span className="mono">{abbreviateHash(c.certificate.serialNumber, 10, 6)}</span> },
    { title: '有效期', key: 'validity', width: 240, render: (_, c) => <Validity certificate={c.certificate} /> },
    { title: '领取时间', dataIndex: 'createdAt', width: 160, render: formatTime },
    { title: '吊销原因', dataIndex: 'revokeReason', ellipsis: true, render: (r: string | null) => r ?? '—' },
  ];
  return <Table<UserCertificateOut> rowKey="id" size="small" columns={columns} dataSource={certificates} pagination={false} />;
}
