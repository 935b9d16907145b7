import { Alert, App, Form, Input, Modal, type ButtonProps } from 'antd';
import { ApiError, errorMessage } from '../../api/client';
import { useIssueCertificate } from '../../api/pki.hooks';
import { PersonSelect } from './person-select';
import { PinRuleHint } from './pki-labels';
import { confirmPinRules, newPinRules } from './pin-rules';

interface Values {
  userId: string;
  pin: string;
  confirm: string;
}

/** 签发证书: new SM2 and ECDSA P-256 certificates for a user, sealed with an initial PIN the 安全保密管理员 hands over. */
export function IssueCertificateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const issue = useIssueCertificate();
  const { message } = App.useApp();

  const onOk = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    issue.mutate(
      { userId: values.userId, pin: values.pin },
      {
        onSuccess: (items) => {
          void message.success(`已为 ${items[0]?.displayName ?? '该用户'} 签发 SM2 与 ECDSA P-256 证书`);
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'PKI_PIN_WEAK') form.setFields([{ name: 'pin', errors: [error.message] }]);
          else void message.error(errorMessage(error));
        },
      },
    );
  };

  return (
    <Modal
      title="签发签名证书"
      open={open}
      onOk={() => void onOk()}
      onCancel={onClose}
      okText="签发"
      okButtonProps={{ 'data-testid': 'certificate-issue-ok' } as ButtonProps}
      confirmLoading={issue.isPending}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="该用户现有的有效证书将作废更换；已经签好的文件不受影响。请将初始口令当面告知本人，并提醒其在“我的签名证书”中修改。"
      />
      <Form<Values> form={form} layout="vertical" preserve={false} data-testid="certificate-issue-form">
        <Form.Item name="userId" label="人员" rules={[{ required: true, message: '请选择人员' }]}>
          <PersonSelect placeholder="输入姓名或用户名查找" data-testid="certificate-issue-user" />
        </Form.Item>
        <Form.Item name="pin" label="初始签名口令" rules={newPinRules} extra={<PinRuleHint />}>
          <Input.Password autoComplete="new-password" data-testid="certificate-issue-pin" />
        </Form.Item>
        <Form.Item name="confirm" label="再次输入初始签名口令" dependencies={['pin']} rules={confirmPinRules('pin')}>
          <Input.Password autoComplete="new-password" data-testid="certificate-issue-pin-confirm" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
