import { App, Form, Input } from 'antd';
import { useState } from 'react';
import type { UserOut } from '../../../common/api';
import { errorMessage } from '../../api/client';
import { useIssueToken, type TokenCreated } from '../../api/users.hooks';
import { TokenModal } from './token-modal';
import { useLastPresent } from '../../lib/use-last-present';

/** 签发新令牌 for a service account; the new token is shown once. */
export function IssueTokenModal({ user: target, onClose }: { user: UserOut | null; onClose: () => void }) {
  const user = useLastPresent(target);
  const [form] = Form.useForm<{ name: string }>();
  const issue = useIssueToken();
  const [created, setCreated] = useState<TokenCreated | null>(null);
  const { message } = App.useApp();

  const close = () => {
    setCreated(null);
    issue.reset();
    onClose();
  };

  const onOk = async () => {
    if (!user) return;
    const values = await form.validateFields().catch(() => null); // the form shows what is wrong
    if (!values) return;
    const name = values.name;
    issue.mutate(
      { id: user.id, name: name.trim() },
      { onSuccess: setCreated, onError: (error) => void message.error(errorMessage(error)) },
    );
  };

  return (
    <TokenModal
      open={target !== null}
      title={`签发新令牌 · ${user?.displayName ?? ''}`}
      createdTitle="令牌已签发"
      created={created}
      pending={issue.isPending}
      submitLabel="签发"
      submitTestId="issue-token-submit"
      onSubmit={() => void onOk()}
      onClose={close}
    >
      <Form form={form} name="issue-token" layout="vertical" preserve={false}>
        <Form.Item
          name="name"
          label="令牌名称"
          extra="用于区分同一接口账号的多个令牌，如“2025 年换发”。"
          rules={[{ required: true, whitespace: true, message: '请填写令牌名称' }, { max: 50, message: '最多 50 个字' }]}
        >
          <Input />
        </Form.Item>
      </Form>
    </TokenModal>
  );
}
