import { App, Form, Input } from 'antd';
import { useState } from 'react';
import { serviceAccountCreate } from '../../../common/api';
import { errorMessage } from '../../api/client';
import { useCreateServiceAccount, type ServiceAccountInput, type TokenCreated } from '../../api/users.hooks';
import { zodRule } from '../../lib/zod-rule';
import { TokenModal } from './token-modal';

/**
 * 新建接口账号: an account for another system (e.g. the trial system), signed in with a bearer
 * token. After creation the modal shows the token once.
 */
export function ServiceAccountModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<ServiceAccountInput>();
  const create = useCreateServiceAccount();
  const [created, setCreated] = useState<TokenCreated | null>(null);
  const { message } = App.useApp();

  const close = () => {
    setCreated(null);
    create.reset();
    onClose();
  };

  const onOk = async () => {
    const values = await form.validateFields().catch(() => null); // the form shows what is wrong
    if (!values) return;
    create.mutate(values, {
      onSuccess: (res) => setCreated(res),
      onError: (error) => void message.error(errorMessage(error)),
    });
  };

  return (
    <TokenModal
      open={open}
      title="新建接口账号"
      createdTitle="接口账号已创建"
      created={created}
      pending={create.isPending}
      submitLabel="创建并签发令牌"
      submitTestId="service-account-submit"
      onSubmit={() => void onOk()}
      onClose={close}
    >
      <Form form={form} name="service-account" layout="vertical" preserve={false} initialValues={{ tokenName: '默认令牌' }} data-testid="service-account-form">
        <Form.Item
          name="username"
          label="用户名"
          rules={[{ required: true, message: '请填写用户名' }, zodRule(serviceAccountCreate.shape.username)]}
        >
          <Input autoComplete="off" placeholder="如 trial-system" />
        </Form.Item>
        <Form.Item name="displayName" label="名称" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
          <Input placeholder="如 审判流程管理系统" />
        </Form.Item>
        <Form.Item name="tokenName" label="令牌名称" rules={[{ required: true, whitespace: true, message: '请填写令牌名称' }]}>
          <Input maxLength={50} />
        </Form.Item>
      </Form>
    </TokenModal>
  );
}
