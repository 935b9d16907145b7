import { Form, Input, Modal, Select, Typography, type ButtonProps } from 'antd';
import { createContext, useContext, useEffect } from 'react';
import { volumeKindLabels } from '../../../common/catalogue-api';
import type { CatalogueDraft } from './catalogue-draft';

/** A material the clerk wants to merge as a duplicate (合并重复). */
export interface MergeTarget {
  materialId: string;
  title: string;
  /** The entry suggested to keep, when the server found a likely pair. */
  keptMaterialId?: string;
}

/** Opens the merge dialog from a row of the volumes or of 未编入材料; null when read-only. */
export const MergeRequestContext = createContext<((target: MergeTarget) => void) | null>(null);
export const useMergeRequest = () => useContext(MergeRequestContext);

/**
 * 合并为重复材料: the clerk picks the entry that stays in the catalogue and says why; the material
 * is kept with the case but leaves the volumes (撤销合并 brings it back).
 */
export function MergeDuplicateModal({
  target,
  draft,
  onCancel,
  onMerge,
}: {
  target: MergeTarget | null;
  draft: CatalogueDraft;
  onCancel: () => void;
  onMerge: (keptMaterialId: string, reason: string) => void;
}) {
  const [form] = Form.useForm<{ keptMaterialId: string; reason: string }>();
  useEffect(() => {
    if (target) form.setFieldsValue({ keptMaterialId: target.keptMaterialId, reason: '重复材料' });
  }, [target, form]);
  const options = (['main', 'side'] as const).map((kind) => ({
    label: volumeKindLabels[kind],
    options: draft.volumes[kind].flatMap((book, b) =>
      book
        .map((e, i) => ({ e, i }))
        .filter(({ e }) => e.materialId !== target?.materialId)
        .map(({ e, i }) => ({ value: e.materialId, label: `${draft.volumes[kind].length > 1 ? `第 ${b + 1} 册 ` : ''}${i + 1}. ${e.title}` })),
    ),
  }));
  return (
    <Modal
      open={target !== null}
      title="合并为重复材料"
      okText="合并"
      cancelText="取消"
      destroyOnHidden
      onCancel={onCancel}
      okButtonProps={{ 'data-testid': 'merge-ok' } as ButtonProps}
      onOk={async () => {
        const v = await form.validateFields();
        onMerge(v.keptMaterialId, v.reason);
      }}
    >
      <Typography.Paragraph>
        “{target?.title}”将作为重复材料移出卷内目录，原文件仍随案保存，可随时撤销合并。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" data-testid="merge-form">
        <Form.Item name="keptMaterialId" label="保留的目录条目" rules={[{ required: true, message: '请选择保留在目录中的材料' }]}>
          <Select options={options} showSearch={{ optionFilterProp: 'label' }} placeholder="选择保留的材料" data-testid="merge-kept" />
        </Form.Item>
        <Form.Item name="reason" label="合并原因" rules={[{ required: true, whitespace: true, min: 2, message: '请写明合并的原因' }]}>
          <Input maxLength={500} data-testid="merge-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
