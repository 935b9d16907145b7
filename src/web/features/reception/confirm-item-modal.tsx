import { Alert, App, Form, Input, Modal, Radio, Typography, type ButtonProps } from 'antd';
import { checkResultLabels, confirmationIn } from '../../../common/reception-api';
import { errorMessage } from '../../api/client';
import { useConfirmItem, type ConfirmationOut, type ReportItemOut } from '../../api/reception.hooks';
import { zodRule } from '../../lib/zod-rule';
import { useFreshDialog } from '../../components/use-fresh-dialog';

interface Values {
  result: 'pass' | 'fail' | 'not_applicable';
  note?: string;
}

const results = ['pass', 'fail', 'not_applicable'] as const;

/** 人工确认 of one manual item: the result the archivist found and a note (required unless it passed). */
export function ConfirmItemModal({ caseId, item, current, onClose }: { caseId: string; item: ReportItemOut | null; current?: ConfirmationOut; onClose: () => void }) {
  const confirm = useConfirmItem(caseId);
  const form = useFreshDialog<Values>(item !== null, confirm);
  const { message } = App.useApp();
  const result = Form.useWatch('result', form);
  return (
    <Modal
      open={item !== null}
      title={item ? `确认检测项 ${item.code}` : '确认检测项'}
      okText="确认"
      cancelText="取消"
      destroyOnHidden
      confirmLoading={confirm.isPending}
      okButtonProps={{ 'data-testid': 'confirm-item-submit' } as ButtonProps}
      onCancel={onClose}
      onOk={async () => {
        if (!item) return;
        const v = await form.validateFields();
        try {
          await confirm.mutateAsync({ code: item.code, result: v.result, note: v.note?.trim() || undefined });
          void message.success(`已确认 ${item.code}，重新运行四性检测后计入报告`);
          onClose();
        } catch {
          // shown below
        }
      }}
    >
      {item && (
        <Typography.Paragraph>
          {item.title}
          {item.advice && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {item.advice}
            </Typography.Text>
          )}
        </Typography.Paragraph>
      )}
      <Form<Values> form={form} layout="vertical" initialValues={{ result: current?.result ?? 'pass', note: current?.note ?? undefined }} data-testid="confirm-item-form">
        <Form.Item name="result" label="核实结果" rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={results.map((r) => ({ value: r, label: checkResultLabels[r] }))} data-testid="confirm-item-result" />
        </Form.Item>
        <Form.Item
          name="note"
          label="说明"
          rules={[...(result && result !== 'pass' ? [{ required: true, whitespace: true, message: '不通过或不适用须写明说明' }] : []), zodRule(confirmationIn.shape.note)]}
        >
          <Input.TextArea rows={2} maxLength={500} placeholder="如：载体为院内存储服务器，运行正常" data-testid="confirm-item-note" />
        </Form.Item>
      </Form>
      {confirm.error && <Alert type="error" showIcon title={errorMessage(confirm.error)} />}
    </Modal>
  );
}
