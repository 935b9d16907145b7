import { Form, Input, Modal, type ButtonProps } from 'antd';
import { useEffect } from 'react';

/**
 * Asks for a reason before an action that needs one (撤销、退回…): at least two characters, as the
 * server requires. `onSubmit` may throw (an ApiError): the dialog then stays open.
 */
export function ReasonModal({
  open,
  title,
  label,
  okText,
  placeholder,
  onCancel,
  onSubmit,
  testId,
}: {
  open: boolean;
  title: string;
  label: string;
  okText: string;
  placeholder?: string;
  onCancel: () => void;
  onSubmit: (reason: string) => Promise<void>;
  testId: string;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText="取消"
      destroyOnHidden
      onCancel={onCancel}
      okButtonProps={{ danger: true, 'data-testid': `${testId}-ok` } as ButtonProps}
      onOk={async () => {
        const { reason } = await form.validateFields();
        await onSubmit(reason.trim());
      }}
    >
      <Form form={form} layout="vertical" data-testid={testId}>
        <Form.Item name="reason" label={label} rules={[{ required: true, whitespace: true, min: 2, message: '请写明原因（至少两个字）' }]}>
          <Input.TextArea rows={2} maxLength={500} placeholder={placeholder} data-testid={`${testId}-reason`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
