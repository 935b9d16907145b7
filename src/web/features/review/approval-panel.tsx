import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Collapse, Descriptions, Flex, List, Space, Tag, Typography } from 'antd';
import { signatureAlgorithmLabels } from '../../../common/signature-api';
import type { ApprovalOut } from '../../api/review.hooks';
import { formatTime } from '../../lib/format';

/**
 * The signed approval (审核通过的电子签名) as the server just verified it: valid or not, who signed
 * and when, with which certificate chain, every check, and the manifest's digest. The manifest and
 * the CMS can be downloaded to check them elsewhere (openssl).
 */
export function ApprovalPanel({ approval }: { approval: ApprovalOut }) {
  const v = approval.verification;
  const failed = v.checks.filter((c) => !c.ok);
  return (
    <Flex vertical gap={8} data-testid="approval-panel" data-verified={approval.verified}>
      <Alert
        type={approval.verified ? 'success' : 'error'}
        showIcon
        icon={approval.verified ? <CheckCircleFilled /> : <CloseCircleFilled />}
        title={approval.verified ? `签名有效：${approval.signer.name}于 ${formatTime(approval.signedAt)} 审核通过` : '签名验证未通过：审核通过的签名或其证书有问题'}
        description={failed.length ? failed.map((c) => c.message).join('；') : undefined}
        data-testid="approval-result"
      />
      <Descriptions
        size="small"
        column={1}
        styles={{ label: { width: 96, whiteSpace: 'nowrap' } }}
        items={[
          { key: 'signer', label: '签名人', children: v.signer?.subject ?? approval.signer.name },
          { key: 'alg', label: '签名算法', children: signatureAlgorithmLabels[approval.algorithm] },
          { key: 'time', label: '签名时间', children: v.signingTime ? formatTime(v.signingTime) : formatTime(approval.signedAt) },
          { key: 'serial', label: '证书序列号', children: <Typography.Text className="mono">{v.signer?.serialNumber ?? '—'}</Typography.Text> },
          { key: 'digest', label: '清单 SHA-256', children: <Typography.Text className="mono" copyable>{approval.manifestSha256}</Typography.Text> },
          {
            key: 'files',
            label: '下载',
            children: (
              <Space>
                <a href={dataUrl(approval.manifest, 'application/json')} download={`审核通过清单-${approval.caseId}.json`} data-testid="approval-manifest-download">
                  签名清单（JSON）
                </a>
                <a href={`data:application/pkcs7-signature;base64,${approval.signature}`} download={`审核通过签名-${approval.caseId}.p7s`}>
                  签名（CMS，DER）
                </a>
              </Space>
            ),
          },
        ]}
      />
      <Collapse
        size="small"
        items={[
          {
            key: 'chain',
            label: `证书链与逐项检查（${v.checks.filter((c) => c.ok).length}/${v.checks.length} 项通过）`,
            children: (
              <>
                <List
                  size="small"
                  header="证书链（签名人在前）"
                  dataSource={v.chain}
                  renderItem={(c) => (
                    <List.Item>
                      <Typography.Text>{c.subject}</Typography.Text>
                      <Typography.Text type="secondary">
                        {formatTime(c.notBefore)} 至 {formatTime(c.notAfter)}
                      </Typography.Text>
                    </List.Item>
                  )}
                />
                <List
                  size="small"
                  header="检查项"
                  dataSource={v.checks}
                  renderItem={(c) => (
                    <List.Item data-testid="approval-check" data-ok={c.ok}>
                      <Space>
                        <Tag color={c.ok ? 'green' : 'red'}>{c.ok ? '通过' : '未通过'}</Tag>
                        {c.message}
                      </Space>
                    </List.Item>
                  )}
                />
              </>
            ),
          },
        ]}
      />
    </Flex>
  );
}

function dataUrl(text: string, type: string): string {
  return `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
}
