import { App, Button, Card, Flex, Form, Input } from 'antd';
import { ApiError, errorMessage } from '../../api/client';
import { useChangePin } from '../../api/pki.hooks';
import { PinRules } from './pki-labels';
import { confirmPinRules, newPinRules } from './pin-rules';

interface Values {
  oldPin: string;
  newPin: string;
  confirm: string;
}

/** 修改签名口令: the private keys are re-encrypted under the new PIN; the certificates stay the same. */
export function ChangePinCard() {
  const [form] = Form.useForm<Values>();
  const change = useChangePin();
  const { message } = App.useApp();

  const onFinish = ({ oldPin, newPin }: Values) =>
    change.mutate(
      { oldPin, newPin },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success('签名口令已修改，下次签名请使用新口令');
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'PKI_PIN_INCORRECT') form.setFields([{ name: 'oldPin', errors: [error.message] }]);
          else if (error instanceof ApiError && error.code === 'PKI_PIN_WEAK') form.setFields([{ name: 'newPin', errors: [error.message] }]);
          else void message.error(errorMessage(error));
        },
      },
    );

  return (
    <Card size="small" title="修改签名口令" data-testid="change-pin-card">
      <Flex gap={32} align="flex-start" wrap>
        <Form<Values> form={form} layout="vertical" onFinish={onFinish} style={{ width: 360 }} data-testid="change-pin-form">
          <Form.Item name="oldPin" label="当前签名口令" rules={[{ required: true, message: '请输入当前签名口令' }]}>
            <Input.Password autoComplete="current-password" data-testid="change-pin-old" />
          </Form.Item>
          <Form.Item
            name="newPin"
            label="新签名口令"
            dependencies={['oldPin']}
            rules={[
              ...newPinRules,
              ({ getFieldValue }) => ({
                validator: async (_rule, value: unknown) => {
                  if (value && value === getFieldValue('oldPin')) throw new Error('新口令不能与当前口令相同');
                },
              }),
            ]}
           
          >
            <Input.Password autoComplete="new-password" data-testid="change-pin-new" />
          </Form.Item>
          <Form.Item name="confirm" label="再次输入新签名口令" dependencies={['newPin']} rules={confirmPinRules('newPin')}>
            <Input.Password autoComplete="new-password" data-testid="change-pin-confirm" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="change-pin-submit">
            修改签名口令
          </Button>
        </Form>
        <PinRules />
      </Flex>
    </Card>
  );
}
