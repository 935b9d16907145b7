import { App, Alert, Form, Input, Modal, type ButtonProps } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { useDecideReview } from '../../api/review.hooks';
import { useFreshDialog } from '../../components/use-fresh-dialog';

/** A decision dialog's form and request, both fresh each time the dialog opens (no stale error). */
function useDecisionDialog<T extends object>(caseId: string, open: boolean) {
  const decide = useDecideReview(caseId);
  const form = useFreshDialog<T>(open, decide);
  const { message } = App.useApp();
  return { form, decide, message };
}

/**
 * 审核通过并签名: the judge's signing PIN unlocks his key; the server signs the manifest of the
 * catalogue and every file. A wrong PIN keeps the dialog open with the server's message.
 */
export function ApproveModal({ caseId, open, hasSigningKey, onClose }: { caseId: string; open: boolean; hasSigningKey: boolean; onClose: () => void }) {
  const { form, decide, message } = useDecisionDialog<{ pin: string; comments?: string }>(caseId, open);
  return (
    <Modal
      open={open}
      title="审核通过并签名"
      okText="签名并通过"
      cancelText="取消"
      destroyOnHidden
      confirmLoading={decide.isPending}
      okButtonProps={{ disabled: !hasSigningKey, 'data-testid': 'approve-submit' } as ButtonProps}
      onCancel={onClose}
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await decide.mutateAsync({ decision: 'approve', pin: v.pin, comments: v.comments?.trim() || undefined });
          void message.success('已审核通过并签名，案卷移交档案部门待接收');
          onClose();
        } catch {
          // shown below
        }
      }}
    >
      {!hasSigningKey && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="您还没有签名证书"
          description={
            <span>
              请先到 <Link to="/me/certificates">我的签名证书</Link> 设置签名口令。
            </span>
          }
        />
      )}
      <p>签名将覆盖当前卷内目录（各卷、各册、顺序和页码）以及每个文件的 SHA-256 和 SM3 摘要；签名后案卷移交档案部门，目录不能再修改。</p>
      <Form form={form} layout="vertical" data-testid="approve-form">
        <Form.Item name="comments" label="审核意见（可不填）">
          <Input.TextArea rows={2} maxLength={2000} placeholder="如：同意归档" data-testid="approve-comments" />
        </Form.Item>
        <Form.Item name="pin" label="签名口令" rules={[{ required: true, message: '请输入签名口令' }]}>
          <Input.Password autoComplete="off" data-testid="approve-pin" disabled={!hasSigningKey} />
        </Form.Item>
      </Form>
      {decide.error && <Alert type="error" showIcon title={errorMessage(decide.error)} data-testid="approve-error" />}
    </Modal>
  );
}

/** 退回修改: the overall comment (required unless entries have comments of this round). */
export function ReturnModal({ caseId, open, entryComments, onClose }: { caseId: string; open: boolean; entryComments: number; onClose: () => void }) {
  const { form, decide, message } = useDecisionDialog<{ comments?: string }>(caseId, open);
  return (
    <Modal
      open={open}
      title="退回修改"
      okText="退回"
      cancelText="取消"
      destroyOnHidden
      confirmLoading={decide.isPending}
      okButtonProps={{ danger: true, 'data-testid': 'return-submit' } as ButtonProps}
      onCancel={onClose}
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await decide.mutateAsync({ decision: 'return', comments: v.comments?.trim() || undefined });
          void message.success('已退回书记员修改');
          onClose();
        } catch {
          // shown below
        }
      }}
    >
      <p>{entryComments > 0 ? `本轮已对 ${entryComments} 处写了意见，书记员会逐条看到。` : '请写明需要修改的地方。'}</p>
      <Form form={form} layout="vertical" data-testid="return-form">
        <Form.Item name="comments" label="总体意见" rules={entryComments > 0 ? [] : [{ required: true, whitespace: true, message: '请写明退回的意见' }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="return-comments" />
        </Form.Item>
      </Form>
      {decide.error && <Alert type="error" showIcon title={errorMessage(decide.error)} />}
    </Modal>
  );
}
