import { App, Form, Input, InputNumber, Modal } from 'antd';
import type { ButtonProps } from 'antd';
import { useNavigate } from 'react-router';
import { batchCreate } from '../../../common/capture-api';
import { errorMessage } from '../../api/client';
import { useCreateBatch } from '../../api/scanning.hooks';
import { zodRule } from '../../lib/zod-rule';
import { CasePicker } from './case-picker';

interface Values {
  label: string;
  caseId?: string;
  declaredPages?: number | null;
}

interface Props {
  pointId: string | undefined;
  open: boolean;
  onClose: () => void;
}

/** 新建批次: a name, the case the stack belongs to, and how many pages the stack should have. */
export function BatchCreateModal({ pointId, open, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const create = useCreateBatch();
  const navigate = useNavigate();
  const { message } = App.useApp();

  const onOk = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values || !pointId) return;
    create.mutate(
      { scanningPointId: pointId, label: values.label.trim(), caseId: values.caseId, declaredPages: values.declaredPages ?? undefined },
      {
        onSuccess: (batch) => {
          void message.success(`已新建批次“${batch.label}”`);
          form.resetFields();
          onClose();
          void navigate(`/scanning/batches/${encodeURIComponent(batch.id)}`);
        },
        onError: (error) => void message.error(errorMessage(error)),
      },
    );
  };

  return (
    <Modal
      title="新建批次"
      open={open}
      onOk={() => void onOk()}
      onCancel={onClose}
      okText="新建"
      okButtonProps={{ 'data-testid': 'batch-create-submit' } as ButtonProps}
      confirmLoading={create.isPending}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form form={form} name="batch-create" layout="vertical" preserve={false} data-testid="batch-create-form">
        <Form.Item name="label" label="批次名称" rules={[{ required: true, whitespace: true, message: '请填写批次名称' }, zodRule(batchCreate.shape.label)]}>
          <Input maxLength={200} placeholder="如：起诉材料 第一叠" data-testid="batch-label-input" />
        </Form.Item>
        <Form.Item name="caseId" label="案件" extra="也可以先扫描，挂接时再选择案件。">
          <CasePicker data-testid="batch-case" />
        </Form.Item>
        <Form.Item name="declaredPages" label="应有页数" extra="纸质材料清点的页数（不含空白分隔页）；扫描完成后与实际页数核对，提示漏页或重页。">
          <InputNumber min={1} max={100000} precision={0} style={{ width: 160 }} suffix="页" data-testid="batch-declared-pages" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
