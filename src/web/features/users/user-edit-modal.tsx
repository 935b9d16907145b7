import { Alert, App, Col, Form, Input, Modal, Row, Switch } from 'antd';
import type { UserOut } from '../../../common/api';
import { userPatch } from '../../../common/api';
import { errorMessage } from '../../api/client';
import { useUpdateUser, type UserPatchInput } from '../../api/users.hooks';
import { zodRule } from '../../lib/zod-rule';
import { OrgFields } from './org-fields';
import { useLastPresent } from '../../lib/use-last-present';

interface FormValues {
  displayName: string;
  departmentId?: string;
  teamId?: string;
  scanningPointId?: string;
  active: boolean;
  password?: string;
}

function initialValues(user: UserOut): FormValues {
  return {
    displayName: user.displayName,
    departmentId: user.department?.id,
    teamId: user.team?.id,
    scanningPointId: user.scanningPoint?.id,
    active: user.active,
  };
}

/** Only what changed is sent; a cleared select becomes null (removes the assignment). */
function toPatch(user: UserOut, v: FormValues): UserPatchInput {
  const patch: UserPatchInput = {};
  if (v.displayName.trim() !== user.displayName) patch.displayName = v.displayName.trim();
  const ref = (value: string | undefined, current: { id: string } | null) => {
    const next = value ?? null;
    return next === (current?.id ?? null) ? undefined : next;
  };
  const departmentId = ref(v.departmentId, user.department);
  if (departmentId !== undefined) patch.departmentId = departmentId;
  const teamId = ref(v.teamId, user.team);
  if (teamId !== undefined) patch.teamId = teamId;
  const scanningPointId = ref(v.scanningPointId, user.scanningPoint);
  if (scanningPointId !== undefined) patch.scanningPointId = scanningPointId;
  if (v.active !== user.active) patch.active = v.active;
  if (v.password) patch.password = v.password;
  return patch;
}

export function UserEditModal({ user: target, onClose }: { user: UserOut | null; onClose: () => void }) {
  const user = useLastPresent(target);
  const [form] = Form.useForm<FormValues>();
  const update = useUpdateUser();
  const { message } = App.useApp();

  const onOk = async () => {
    if (!user) return;
    const values = await form.validateFields().catch(() => null); // the form shows what is wrong
    if (!values) return;
    const patch = toPatch(user, values);
    if (Object.keys(patch).length === 0) return onClose();
    update.mutate(
      { id: user.id, patch },
      {
        onSuccess: () => {
          void message.success(`已保存账号 ${user.username}`);
          onClose();
        },
        onError: (error) => void message.error(errorMessage(error)),
      },
    );
  };

  return (
    <Modal
      title={user ? `编辑账号 · ${user.username}` : '编辑账号'}
      open={target !== null}
      onOk={() => void onOk()}
      onCancel={onClose}
      okText="保存"
      confirmLoading={update.isPending}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form
        form={form}
        name="user-edit"
        layout="vertical"
        preserve={false}
        initialValues={user ? initialValues(user) : undefined}
        data-testid="user-edit-form"
      >
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
          <Input />
        </Form.Item>
        {user?.kind === 'person' && <OrgFields current={user} />}
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="active" label="账号状态" valuePropName="checked">
              <Switch checkedChildren="启用" unCheckedChildren="停用" data-testid="user-form-active" />
            </Form.Item>
          </Col>
          {user?.kind === 'person' && (
            <Col span={16}>
              <Form.Item
                name="password"
                label="重置密码"
                extra="留空则不修改；至少 8 位，须含字母和数字。"
                rules={[zodRule(userPatch.shape.password.unwrap())]}
              >
                <Input.Password autoComplete="new-password" placeholder="新密码" data-testid="user-form-password" />
              </Form.Item>
            </Col>
          )}
        </Row>
        {user?.kind === 'service' && (
          <Alert type="info" showIcon title="接口账号以令牌访问接口，没有密码。" />
        )}
      </Form>
    </Modal>
  );
}
