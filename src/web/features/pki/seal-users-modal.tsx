import { App, Form, Modal, type ButtonProps } from 'antd';
import type { SealOut } from '../../../common/signature-api';
import { errorMessage } from '../../api/client';
import { useSetSealUsers } from '../../api/pki.hooks';
import { PersonSelect } from './person-select';

/** 修改使用人: who may use a seal. */
export function SealUsersModal({ seal, onClose }: { seal: SealOut | null; onClose: () => void }) {
  const [form] = Form.useForm<{ userIds: string[] }>();
  const setUsers = useSetSealUsers();
  const { message } = App.useApp();

  const onOk = async () => {
    if (!seal) return;
    const { userIds } = await form.validateFields();
    setUsers.mutate(
      { id: seal.id, userIds: userIds ?? [] },
      {
        onSuccess: () => {
          void message.success(`已更新“${seal.name}”的授权使用人`);
          onClose();
        },
        onError: (error) => void message.error(errorMessage(error)),
      },
    );
  };

  return (
    <Modal
      title={seal ? `修改使用人：${seal.name}` : ''}
      open={!!seal}
      onOk={() => void onOk()}
      onCancel={onClose}
      okText="保存"
      okButtonProps={{ 'data-testid': 'seal-users-ok' } as ButtonProps}
      confirmLoading={setUsers.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ userIds: seal?.users.map((u) => u.id) ?? [] }}>
        <Form.Item name="userIds" label="授权使用人" extra="清空即暂不授权任何人使用。">
          <PersonSelect mode="multiple" placeholder="输入姓名或用户名查找" data-testid="seal-users-edit" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
