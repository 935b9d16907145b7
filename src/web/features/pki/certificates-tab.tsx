import { SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Flex, Select, Space, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type HTMLAttributes } from 'react';
import { userKeyStatuses, userKeyStatusLabels, type UserCertificateOut } from '../../../common/signature-api';
import { errorMessage } from '../../api/client';
import { useCertificates, useRevokeCertificate, type UserKeyStatus } from '../../api/pki.hooks';
import { QueryError } from '../../components/page-state';
import { ReasonModal } from '../../components/reason-modal';
import { abbreviateHash, formatTime } from '../../lib/format';
import { IssueCertificateModal } from './issue-certificate-modal';
import { PersonSelect } from './person-select';
import { algorithmShort, CertificateStatusTag, Validity } from './pki-labels';

/** 签名证书: every user's certificates, 吊销 with a reason, 签发 for a user with an initial PIN. */
export function CertificatesTab() {
  const [status, setStatus] = useState<UserKeyStatus>();
  const [userId, setUserId] = useState<string>();
  const certificates = useCertificates({ status, userId });
  const revoke = useRevokeCertificate();
  const [revoking, setRevoking] = useState<UserCertificateOut | null>(null);
  const [issuing, setIssuing] = useState(false);
  const { message } = App.useApp();

  const columns: ColumnsType<UserCertificateOut> = [
    {
      title: '持有人',
      key: 'holder',
      width: 160,
      render: (_, c) => (
        <>
          {c.displayName} <Typography.Text type="secondary" className="mono">{c.username}</Typography.Text>
        </>
      ),
    },
    { title: '算法', dataIndex: 'algorithm', width: 110, render: algorithmShort },
    { title: '状态', dataIndex: 'status', width: 84, render: (s: UserCertificateOut['status']) => <CertificateStatusTag status={s} /> },
    {
      title: '序列号',
      key: 'serial',
      width: 170,
      render: (_, c) => (
        <Typography.Text className="mono" copyable={{ text: c.certificate.serialNumber }}>
          {abbreviateHash(c.certificate.serialNumber, 8, 6)}
        </Typography.Text>
      ),
    },
    { title: '有效期', key: 'validity', width: 210, render: (_, c) => <Validity certificate={c.certificate} /> },
    { title: '签发时间', dataIndex: 'createdAt', width: 150, render: formatTime },
    {
      title: '吊销原因',
      key: 'revoked',
      ellipsis: true,
      render: (_, c) =>
        c.status === 'revoked' ? (
          <Tooltip title={`${formatTime(c.revokedAt)}　${c.revokeReason ?? ''}`}>
            <span data-testid="certificate-revoke-reason">{c.revokeReason}</span>
          </Tooltip>
        ) : (
          '—'
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 70,
      render: (_, c) =>
        c.status === 'revoked' ? null : (
          <Button type="link" size="small" danger onClick={() => setRevoking(c)} data-testid="certificate-revoke">
            吊销
          </Button>
        ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space wrap>
          <PersonSelect allowClear placeholder="全部人员" style={{ width: 260 }} value={userId} onChange={(v) => setUserId(v as string | undefined)} data-testid="certificate-user-filter" />
          <Select
            allowClear
            placeholder="全部状态"
            style={{ width: 140 }}
            value={status}
            onChange={(s?: UserKeyStatus) => setStatus(s)}
            options={userKeyStatuses.map((s) => ({ value: s, label: userKeyStatusLabels[s] }))}
            data-testid="certificate-status-filter"
          />
        </Space>
        <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={() => setIssuing(true)} data-testid="certificate-issue">
          签发证书
        </Button>
      </Flex>
      {certificates.isError && <QueryError error={certificates.error} onRetry={() => void certificates.refetch()} />}
      <Table<UserCertificateOut>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={certificates.data ?? []}
        loading={certificates.isFetching}
        pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (t) => `共 ${t} 张证书` }}
        onRow={(c) => ({ 'data-testid': 'certificate-row', 'data-username': c.username, 'data-algorithm': c.algorithm }) as HTMLAttributes<HTMLElement>}
        data-testid="certificate-table"
      />
      <ReasonModal
        open={!!revoking}
        title={revoking ? `吊销 ${revoking.displayName} 的 ${algorithmShort(revoking.algorithm)} 证书` : ''}
        label="吊销原因"
        okText="吊销"
        placeholder="如：调离本院、私钥可能泄露"
        testId="certificate-revoke-modal"
        onCancel={() => setRevoking(null)}
        onSubmit={async (reason) => {
          if (!revoking) return;
          try {
            await revoke.mutateAsync({ id: revoking.id, reason });
            void message.success('证书已吊销：用它所做的签名将不再通过验证');
            setRevoking(null);
          } catch (error) {
            void message.error(errorMessage(error));
            throw error;
          }
        }}
      />
      <IssueCertificateModal open={issuing} onClose={() => setIssuing(false)} />
    </Flex>
  );
}
