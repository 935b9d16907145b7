import { App, Form, Input, Modal, Select, type ButtonProps } from 'antd';
import { useEffect } from 'react';
import { volumeKindLabels } from '../../../common/catalogue-api';
import { useCreateScanRequest } from '../../api/scan-requests.hooks';
import { errorMessage } from '../../api/client';
import type { CatalogueSlot } from './catalogue-draft';

/** What the clerk asks to be scanned, when the dialog opens from a missing slot. */
export interface ScanRequestDraft {
  title: string;
  slotId?: string;
}

/**
 * 申请补扫: asks the scanning point serving the case's department to scan a paper material the
 * catalogue lacks (what to scan, for which slot, where the original is). The scanned material will
 * arrive in 未编入材料.
 */
export function ScanRequestModal({ caseId, draft, slots, onClose }: { caseId: string; draft: ScanRequestDraft | null; slots: CatalogueSlot[]; onClose: () => void }) {
  const [form] = Form.useForm<{ title: string; slotId?: string; note?: string }>();
  const create = useCreateScanRequest(caseId);
  const { message } = App.useApp();
  useEffect(() => {
    if (draft) form.setFieldsValue({ title: draft.title, slotId: draft.slotId, note: undefined });
  }, [draft, form]);
  const options = (['main', 'side'] as const).map((kind) => ({
    label: volumeKindLabels[kind],
    options: slots.filter((s) => s.volume === kind).map((s) => ({ value: s.id, label: s.title })),
  }));
  return (
    <Modal
      open={draft !== null}
      title="申请补扫"
      okText="提交申请"
      cancelText="取消"
      destroyOnHidden
      confirmLoading={create.isPending}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'scan-request-submit' } as ButtonProps}
      onOk={async () => {
        const v = await form.validateFields();
        try {
          const created = await create.mutateAsync({ title: v.title.trim(), slotId: v.slotId ?? null, note: v.note?.trim() || null });
          void message.success(`已提交补扫申请，由${created.scanningPointName}扫描`);
          onClose();
        } catch (error) {
          void message.error(errorMessage(error));
        }
      }}
    >
      <Form form={form} layout="vertical" data-testid="scan-request-form">
        <Form.Item name="title" label="要扫描的材料" rules={[{ required: true, whitespace: true, message: '请填写要扫描的材料名称' }]}>
          <Input maxLength={200} placeholder="如：送达回证（判决书·被告）" data-testid="scan-request-title" />
        </Form.Item>
        <Form.Item name="slotId" label="对应格位">
          <Select allowClear options={options} showSearch={{ optionFilterProp: 'label' }} placeholder="可不选" data-testid="scan-request-slot" />
        </Form.Item>
        <Form.Item name="note" label="说明" extra="纸质原件在哪里、共几页等，便于扫描员查找">
          <Input.TextArea rows={2} maxLength={500} data-testid="scan-request-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
