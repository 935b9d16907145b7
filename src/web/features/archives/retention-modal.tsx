import { Alert, App, Form, Input, Modal, Select, Typography, type ButtonProps } from 'antd';
import { retentionChangeIn, type RetentionCodeName } from '../../../common/reception-api';
import { useChangeRetention, type ArchiveOut } from '../../api/archives.hooks';
import { errorMessage } from '../../api/client';
import { zodRule } from '../../lib/zod-rule';
import { useFreshDialog } from '../../components/use-fresh-dialog';
import { retentionOptions } from './retention-labels';

interface Values {
  retentionPeriod: RetentionCodeName;
  reason: string;
}

/** 调整保管期限: a new period with the reason; recorded as a new version of the archive. */
export function RetentionModal({ archive, open, onClose }: { archive: ArchiveOut; open: boolean; onClose: () => void }) {
  const change = useChangeRetention(archive.archivalCode);
  const form = useFreshDialog<Values>(open, change);
  const { message } = App.useApp();
  const current = archive.retentionPeriod.code;
  return (
    <Modal
      open={open}
      title="调整保管期限"
      okText="调整"
      cancelText="取消"
      destroyOnHidden
      confirmLoading={change.isPending}
      okButtonProps={{ 'data-testid': 'retention-submit' } as ButtonProps}
      onCancel={onClose}
      onOk={async () => {
        const v = await form.validateFields();
        try {
          const a = await change.mutateAsync({ retentionPeriod: v.retentionPeriod, reason: v.reason.trim() });
          void message.success(`保管期限已调整为${a.retentionPeriod.label}`);
          onClose();
        } catch {
          // shown below
        }
      }}
    >
      <Typography.Paragraph>
        现保管期限：<Typography.Text strong>{archive.retentionPeriod.label}</Typography.Text>
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" initialValues={{ retentionPeriod: current }} data-testid="retention-form">
        <Form.Item
          name="retentionPeriod"
          label="新的保管期限"
          rules={[
            { required: true },
            {
              validator: async (_rule, value) => {
                if (value === current) throw new Error('与现保管期限相同');
              },
            },
          ]}
        >
          <Select options={retentionOptions} style={{ width: 240 }} data-testid="retention-select" />
        </Form.Item>
        <Form.Item name="reason" label="调整理由" rules={[{ required: true, whitespace: true, message: '调整保管期限须写明理由' }, zodRule(retentionChangeIn.shape.reason)]}>
          <Input.TextArea rows={3} maxLength={500} placeholder="如：经鉴定，本案具有长期查考价值" data-testid="retention-reason" />
        </Form.Item>
      </Form>
      {change.error && <Alert type="error" showIcon title={errorMessage(change.error)} />}
    </Modal>
  );
}
