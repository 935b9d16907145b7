import { Alert, App, Empty, Form, Input, Modal, Select, Space, Typography, type ButtonProps } from 'antd';
import { useEffect } from 'react';
import { documentSigningStepLabels, type DocumentSigningStep } from '../../../common/document-signature-api';
import { useSignDocument, useUsableSeals } from '../../api/document-signatures.hooks';

interface Values {
  pin: string;
  sealId?: string;
}

/** The title of a step's button and dialog. */
export const stepActionLabels: Record<DocumentSigningStep, string> = { draft: '拟稿签名', review: '核稿签名', issue: '签发（加盖电子印章）' };

const stepHelp: Record<DocumentSigningStep, string> = {
  draft: '以您本人的签名证书在文书上签名（不显示印章），表明文书由您拟稿。',
  review: '以您本人的签名证书在文书上签名（不显示印章），表明您已核稿。',
  issue: '以所选电子印章签名，并在文书最后一页右下方加盖印章图像。签发后文书不能再追加签名。',
};

/** Asks the signing PIN (and, for 签发, the seal) and signs. The dialog stays open on an error. */
export function SignModal({ materialId, step, onClose }: { materialId: string; step: DocumentSigningStep | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const sign = useSignDocument(materialId);
  const seals = useUsableSeals(step === 'issue');
  const open = step !== null;
  // Only when the dialog opens: a fresh form and no old error.
  useEffect(() => {
    if (open) {
      form.resetFields();
      sign.reset();
    }
  }, [open]); // form and sign.reset are stable
  useEffect(() => {
    if (step === 'issue' && seals.data?.length === 1 && !form.getFieldValue('sealId')) form.setFieldValue('sealId', seals.data[0]!.id);
  }, [step, seals.data, form]);

  return (
    <Modal
      open={open}
      title={step ? stepActionLabels[step] : ''}
      okText="签名"
      cancelText="取消"
      destroyOnHidden
      confirmLoading={sign.isPending}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'sign-modal-ok', disabled: step === 'issue' && seals.data?.length === 0 } as ButtonProps}
      onOk={async () => {
        if (!step) return;
        const values = await form.validateFields();
        try {
          await sign.mutateAsync({ step, pin: values.pin, ...(step === 'issue' ? { sealId: values.sealId } : {}) });
          void message.success(step === 'issue' ? '已签发，电子印章已加盖' : `${documentSigningStepLabels[step]}签名完成`);
          onClose();
        } catch {
          // shown in the dialog
        }
      }}
    >
      {step && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {stepHelp[step]}
        </Typography.Paragraph>
      )}
      {sign.error && <Alert type="error" showIcon title={sign.error.message} style={{ marginBottom: 12 }} data-testid="sign-modal-error" />}
      <Form<Values> form={form} layout="vertical" data-testid="sign-modal" onFinish={() => undefined}>
        {step === 'issue' && (
          <Form.Item name="sealId" label="电子印章" rules={[{ required: true, message: '请选择电子印章' }]}>
            {seals.data?.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="您没有可用的电子印章，请安全保密管理员授权" />
            ) : (
              <Select
                loading={seals.isPending}
                placeholder="选择印章"
                data-testid="sign-modal-seal"
                options={(seals.data ?? []).map((s) => ({
                  value: s.id,
                  label: (
                    <Space size={6}>
                      <img src={`/api/v1/seals/${encodeURIComponent(s.id)}/image`} alt="" width={20} height={20} style={{ verticalAlign: 'middle' }} />
                      {s.name}
                    </Space>
                  ),
                }))}
              />
            )}
          </Form.Item>
        )}
        <Form.Item name="pin" label="签名口令" rules={[{ required: true, message: '请输入签名口令' }]} extra={step === 'issue' ? '使用印章须以您本人的签名口令确认身份' : undefined}>
          <Input.Password autoFocus autoComplete="off" maxLength={64} data-testid="sign-modal-pin" onPressEnter={() => form.submit()} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
