import { DownloadOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { AuthorityOut } from '../../../common/signature-api';
import { abbreviateHash } from '../../lib/format';
import { algorithmShort, authorityFileName, authorityKindLabels, authorityOriginLabels, downloadText, Validity } from './pki-labels';

/**
 * The court's CA certificates with a PEM download each: what anyone verifying a CaseVault signature
 * outside CaseVault needs (e.g. `openssl cms -verify -CAfile`). `compact` leaves out the details.
 */
export function AuthorityTable({ authorities, loading, compact = false }: { authorities: AuthorityOut[]; loading: boolean; compact?: boolean }) {
  const columns: ColumnsType<AuthorityOut> = [
    { title: '算法', dataIndex: 'algorithm', width: 116, render: algorithmShort },
    {
      title: '类型',
      dataIndex: 'kind',
      width: 90,
      render: (k: AuthorityOut['kind']) => <Tag color={k === 'root' ? 'gold' : 'blue'}>{authorityKindLabels[k]}</Tag>,
    },
    {
      title: compact ? '名称' : '名称 / 签发者',
      key: 'subject',
      render: (_, a) => (
        <>
          <DistinguishedName dn={a.certificate.subject} cn={a.certificate.commonName} />
          {!compact && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {a.certificate.subject === a.certificate.issuer ? '自签名' : <>由 <DistinguishedName dn={a.certificate.issuer} /> 签发</>}
              </Typography.Text>
            </div>
          )}
        </>
      ),
    },
    ...(compact
      ? []
      : [
          {
            title: 'SHA-256 指纹',
            key: 'fingerprint',
            width: 170,
            render: (_: unknown, a: AuthorityOut) => (
              <Typography.Text className="mono" copyable={{ text: a.certificate.sha256Fingerprint }}>
                {abbreviateHash(a.certificate.sha256Fingerprint, 8, 6)}
              </Typography.Text>
            ),
          },
          { title: '来源', dataIndex: 'origin', width: 96, render: (o: AuthorityOut['origin']) => authorityOriginLabels[o] },
        ]),
    { title: '有效期', key: 'validity', width: 210, render: (_, a) => <Validity certificate={a.certificate} /> },
    {
      title: '状态',
      dataIndex: 'active',
      width: 84,
      render: (active: boolean) => (active ? <Tag color="success">使用中</Tag> : <Tag title="不再签发新证书，仍用于验证以前的签名">已停用</Tag>),
    },
    {
      title: '下载',
      key: 'download',
      width: 90,
      render: (_, a) => (
        <Button
          type="link"
          size="small"
          icon={<DownloadOutlined />}
          onClick={() => downloadText(authorityFileName(a), a.pem)}
          data-testid="authority-download"
        >
          PEM
        </Button>
      ),
    },
  ];
  return (
    <Table<AuthorityOut>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={authorities}
      loading={loading}
      pagination={false}
      data-testid="authority-table"
    />
  );
}

/** The CN of a distinguished name, with the whole name on hover. */
function DistinguishedName({ dn, cn }: { dn: string; cn?: string | null }) {
  const name = cn ?? /(?:^|,)CN=([^,]+)/.exec(dn)?.[1] ?? dn;
  return (
    <Tooltip title={dn}>
      <span>{name}</span>
    </Tooltip>
  );
}
