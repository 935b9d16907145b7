import { Alert, App, Form, Input, Modal, type ButtonProps } from 'antd';
import { errorMessage } from '../../api/client';
import { useReceive } from '../../api/reception.hooks';
import { useFreshDialog } from '../../components/use-fresh-dialog';

/** 拒绝接收: the reasons go back to the clerk, and the file returns to 编目. */
export function RejectModal({ caseId, open, onClose }: { caseId: string; open: boolean; onClose: () => void }) {
  const receive = useReceive(caseId);
  const form = useFreshDialog<{ reasons: string }>(open, receive);
  const { message } = App.useApp();
  return (
    <Modal
      open={open}
      title="拒绝接收"
      okText="拒收并退回"
      cancelText="取消"
      destroyOnHidden
      confirmLoading={receive.isPending}
      okButtonProps={{ danger: true, 'data-testid': 'reject-submit' } as ButtonProps}
      onCancel={onClose}
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await receive.mutateAsync({ decision: 'reject', reasons: v.reasons.trim() });
          void message.success('已拒收，案卷退回书记员重新编目');
          onClose();
        } catch {
          // shown below
        }
      }}
    >
      <p>案卷将退回书记员，状态回到“待编目”；书记员修改后须重新提交法官审核。</p>
      <Form form={form} layout="vertical" data-testid="reject-form">
        <Form.Item name="reasons" label="拒收理由" rules={[{ required: true, whitespace: true, message: '拒绝接收须写明理由' }]}>
          <Input.TextArea rows={4} maxLength={2000} placeholder="如：YJ-2-3 卷内文件缺少判决书正本，请补齐后重新提交" data-testid="reject-reasons" />
        </Form.Item>
      </Form>
      {receive.error && <Alert type="error" showIcon title={errorMessage(receive.error)} />}
    </Modal>
  );
}
