import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Form, Input, Modal, Radio, Upload, type ButtonProps } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useImportCa } from '../../api/pki.hooks';
import { readAsBase64 } from './pki-labels';

interface Values {
  format: 'pem' | 'pkcs12';
  certificates?: string;
  privateKey?: string;
  password?: string;
}

/**
 * 导入本院 CA: the court's own CA (a certificate that may issue, with its key, and the root above
 * it) as PEM text or a PKCS#12 file. It becomes the issuing authority for its algorithm; the
 * earlier authorities stay trusted for what they signed.
 */
export function ImportCaModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const format = Form.useWatch('format', form) ?? 'pem';
  const [p12, setP12] = useState<{ name: string; base64: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const importCa = useImportCa();
  const { message } = App.useApp();

  const close = () => {
    setP12(null);
    setFileError(null);
    onClose();
  };

  const onOk = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    if (values.format === 'pkcs12' && !p12) {
      setFileError('请选择 PKCS#12 文件');
      return;
    }
    const input =
      values.format === 'pem'
        ? { format: 'pem' as const, certificates: values.certificates ?? '', privateKey: values.privateKey ?? '' }
        : { format: 'pkcs12' as const, pkcs12: p12!.base64, password: values.password ?? '' };
    importCa.mutate(input, {
      onSuccess: () => {
        void message.success('已导入本院 CA：此后签发的证书由它签发');
        close();
      },
      onError: (error) => void message.error(errorMessage(error)),
    });
  };

  return (
    <Modal
      title="导入本院 CA"
      open={open}
      onOk={() => void onOk()}
      onCancel={close}
      okText="导入"
      okButtonProps={{ 'data-testid': 'ca-import-ok' } as ButtonProps}
      confirmLoading={importCa.isPending}
      destroyOnHidden
      mask={{ closable: false }}
      width={640}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="导入后，该算法（SM2 或 ECDSA P-256，由证书决定）的新证书和电子印章均由导入的 CA 签发；原 CA 停用，但仍用于验证以前的签名。请一并提供签发该 CA 的根证书。"
      />
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ format: 'pem' }} data-testid="ca-import-form">
        <Form.Item name="format" label="格式">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'pem', label: 'PEM 文本' },
              { value: 'pkcs12', label: 'PKCS#12 文件（.p12 / .pfx）' },
            ]}
          />
        </Form.Item>
        {format === 'pem' ? (
          <>
            <Form.Item
              name="certificates"
              label="证书（CA 证书及其根证书）"
              rules={[{ required: true, whitespace: true, message: '请粘贴证书（PEM）' }]}
            >
              <Input.TextArea rows={6} className="mono" placeholder="-----BEGIN CERTIFICATE-----" spellCheck={false} data-testid="ca-import-certificates" />
            </Form.Item>
            <Form.Item name="privateKey" label="CA 私钥" rules={[{ required: true, whitespace: true, message: '请粘贴私钥（PEM）' }]}>
              <Input.TextArea rows={4} className="mono" placeholder="-----BEGIN PRIVATE KEY-----" spellCheck={false} data-testid="ca-import-key" />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item label="PKCS#12 文件" required validateStatus={fileError ? 'error' : undefined} help={fileError ?? undefined}>
              <Upload.Dragger
                accept=".p12,.pfx,application/x-pkcs12"
                multiple={false}
                maxCount={1}
                showUploadList={false}
                beforeUpload={(file) => {
                  setFileError(null);
                  readAsBase64(file).then(
                    (base64) => setP12({ name: file.name, base64 }),
                    (error: unknown) => setFileError(errorMessage(error)),
                  );
                  return Upload.LIST_IGNORE;
                }}
                data-testid="ca-import-p12"
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{p12 ? p12.name : '点击或拖入 .p12 / .pfx 文件'}</p>
              </Upload.Dragger>
            </Form.Item>
            <Form.Item name="password" label="文件口令">
              <Input.Password autoComplete="off" data-testid="ca-import-password" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
