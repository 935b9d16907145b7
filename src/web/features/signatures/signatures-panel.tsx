import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { documentSigningStepLabels, documentSigningSteps, type DocumentSigningStep } from '../../../common/document-signature-api';
import { useMe } from '../../api/auth.hooks';
import { useDocumentSignatures } from '../../api/document-signatures.hooks';
import { QueryError } from '../../components/page-state';
import { formatTime } from '../../lib/format';
import { SignatureList } from './signature-list';
import { SignModal, stepActionLabels } from './sign-modal';

/**
 * 签名 panel of a material: the steps signed so far (拟稿 → 核稿 → 签发), every signature of the
 * current PDF verified, and the button of the next step for whoever may sign.
 */
export function SignaturesPanel({ materialId }: { materialId: string }) {
  const me = useMe();
  const signatures = useDocumentSignatures(materialId);
  const [signing, setSigning] = useState<DocumentSigningStep | null>(null);
  const out = signatures.data;
  const mayUse = me.data?.permissions.includes('signature.use') ?? false;
  const done = new Set(out?.steps.map((s) => s.step));

  return (
    <Card
      size="small"
      title={
        <Space size={6}>
          <SafetyCertificateOutlined />
          签名
        </Space>
      }
      style={{ marginBottom: 12 }}
      data-testid="signatures-panel"
    >
      {signatures.isError && <QueryError error={signatures.error} onRetry={() => void signatures.refetch()} />}
      {signatures.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {out && (
        <Flex vertical gap={8}>
          <Space size={4} wrap data-testid="signing-steps">
            {documentSigningSteps.map((step) => {
              const record = out.steps.find((s) => s.step === step);
              return (
                <Tag key={step} color={done.has(step) ? 'blue' : 'default'} title={record ? `${record.signer.name} · ${formatTime(record.signedAt)}` : '尚未签名'}>
                  {documentSigningStepLabels[step]}
                  {record ? `：${record.signer.name}` : '：未签'}
                </Tag>
              );
            })}
          </Space>
          {mayUse && out.canSign && out.nextStep && (
            <Button type={out.nextStep === 'issue' ? 'primary' : 'default'} onClick={() => setSigning(out.nextStep)} data-testid={`sign-${out.nextStep}`}>
              {stepActionLabels[out.nextStep]}
            </Button>
          )}
          {mayUse && out.cannotSignReason && out.nextStep !== null && <Alert type="info" showIcon title={out.cannotSignReason} />}
          {!out.isPdf ? (
            <Typography.Text type="secondary">该材料的主文件不是 PDF，没有 PDF 签名。</Typography.Text>
          ) : (
            <SignatureList signatures={out.signatures} empty="该文书尚无签名" />
          )}
        </Flex>
      )}
      <SignModal materialId={materialId} step={signing} onClose={() => setSigning(null)} />
    </Card>
  );
}
