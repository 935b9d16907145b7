import { App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { ApiError, errorMessage } from '../../api/client';
import { useEnrol } from '../../api/pki.hooks';
import { PinRules } from './pki-labels';
import { confirmPinRules, newPinRules } from './pin-rules';

interface Values {
  pin: string;
  confirm: string;
}

/** 设置签名口令: the first time only, the user chooses his PIN and receives his certificates. */
export function EnrolCard() {
  const [form] = Form.useForm<Values>();
  const enrol = useEnrol();
  const { message } = App.useApp();

  const onFinish = ({ pin }: Values) =>
    enrol.mutate(pin, {
      onSuccess: () => {
        form.resetFields();
        void message.success('签名口令已设置，已为您签发 SM2 与 ECDSA P-256 签名证书');
      },
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'PKI_PIN_WEAK') form.setFields([{ name: 'pin', errors: [error.message] }]);
        else void message.error(errorMessage(error));
      },
    });

  return (
    <Card size="small" title="设置签名口令" data-testid="enrol-card">
      <Typography.Paragraph type="secondary">
        您还没有签名证书。设置签名口令后，系统会为您签发两张签名证书（SM2 与 ECDSA P-256），此后在审批和文书上签名时输入这个口令即可。
      </Typography.Paragraph>
      <Flex gap={32} align="flex-start" wrap>
        <Form<Values> form={form} layout="vertical" onFinish={onFinish} style={{ width: 360 }} data-testid="enrol-form">
          <Form.Item name="pin" label="签名口令" rules={newPinRules}>
            <Input.Password autoComplete="new-password" data-testid="enrol-pin" />
          </Form.Item>
          <Form.Item name="confirm" label="再次输入签名口令" dependencies={['pin']} rules={confirmPinRules('pin')}>
            <Input.Password autoComplete="new-password" data-testid="enrol-pin-confirm" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={enrol.isPending} data-testid="enrol-submit">
            设置口令并领取证书
          </Button>
        </Form>
        <PinRules />
      </Flex>
    </Card>
  );
}
