import { App, Form, Input, Modal } from 'antd';
import { userCreate } from '../../../common/api';
import { errorMessage } from '../../api/client';
import { useCreateUser, type UserCreateInput } from '../../api/users.hooks';
import { zodRule } from '../../lib/zod-rule';
import { OrgFields } from './org-fields';

interface Props {
  open: boolean;
  onClose: () => void;
}

/** 新建账号 (a person). Roles are assigned afterwards by the 安全保密管理员 (三员分立). */
export function UserCreateModal({ open, onClose }: Props) {
  const [form] = Form.useForm<UserCreateInput>();
  const create = useCreateUser();
  const { message } = App.useApp();

  const onOk = async () => {
    const values = await form.validateFields().catch(() => null); // the form shows what is wrong
    if (!values) return;
    create.mutate(values, {
      onSuccess: (user) => {
        void message.success(`已创建账号 ${user.username}，请由安全保密管理员分配角色`);
        form.resetFields();
        onClose();
      },
      onError: (error) => void message.error(errorMessage(error)),
    });
  };

  return (
    <Modal
      title="新建账号"
      open={open}
      onOk={() => void onOk()}
      onCancel={onClose}
      okText="创建"
      confirmLoading={create.isPending}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form form={form} name="user-create" layout="vertical" preserve={false} data-testid="user-create-form">
        <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请填写用户名' }, zodRule(userCreate.shape.username)]}>
          <Input autoComplete="off" placeholder="小写字母开头，如 zhangsan" data-testid="user-form-username" />
        </Form.Item>
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }, zodRule(userCreate.shape.displayName)]}>
          <Input data-testid="user-form-display-name" />
        </Form.Item>
        <Form.Item
          name="password"
          label="初始密码"
          extra="至少 8 位，须同时包含字母和数字；请告知本人首次登录后修改。"
          rules={[{ required: true, message: '请填写初始密码' }, zodRule(userCreate.shape.password)]}
        >
          <Input.Password autoComplete="new-password" data-testid="user-form-password" />
        </Form.Item>
        <OrgFields />
      </Form>
    </Modal>
  );
}
