import { Alert, App, Checkbox, Divider, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { UserOut } from '../../../common/api';
import { adminRoles, roleConflict, roleLabels, roles, type Role } from '../../../common/roles';
import { errorMessage } from '../../api/client';
import { useSetUserRoles } from '../../api/users.hooks';
import { useLastPresent } from '../../lib/use-last-present';

const businessRoles = roles.filter((r) => !adminRoles.includes(r) && r !== 'integration');
const option = (r: Role) => ({ value: r, label: roleLabels[r] });

/**
 * Edits the roles of one account. A 三员分立 conflict is pointed out while choosing; the server
 * decides, and its message is shown if it refuses.
 */
export function RoleEditModal({ user: target, onClose }: { user: UserOut | null; onClose: () => void }) {
  const user = useLastPresent(target);
  const [selected, setSelected] = useState<Role[]>([]);
  const setRoles = useSetUserRoles();
  const { message } = App.useApp();

  // Start from the account's roles each time the dialog opens.
  useEffect(() => {
    if (target) setSelected(target.roles);
  }, [target]);

  const conflict = roleConflict(selected);
  const onOk = () => {
    if (!user) return;
    // Keep the order of the role list, whatever the order of clicking.
    const ordered = roles.filter((r) => selected.includes(r));
    setRoles.mutate(
      { id: user.id, roles: ordered },
      {
        onSuccess: () => {
          void message.success(`已更新 ${user.displayName} 的角色`);
          onClose();
        },
        onError: (error) => void message.error(errorMessage(error)),
      },
    );
  };

  const group = (title: string, list: readonly Role[]) => (
    <>
      <Divider titlePlacement="start" plain style={{ margin: '8px 0' }}>
        {title}
      </Divider>
      <Checkbox.Group
        options={list.map(option)}
        value={selected.filter((r) => list.includes(r))}
        onChange={(values) => setSelected([...selected.filter((r) => !list.includes(r)), ...(values as Role[])])}
      />
    </>
  );

  return (
    <Modal
      title={user ? `分配角色 · ${user.displayName}（${user.username}）` : '分配角色'}
      open={target !== null}
      onOk={onOk}
      onCancel={onClose}
      okText="保存"
      confirmLoading={setRoles.isPending}
      mask={{ closable: false }}
      width={560}
    >
      <div data-testid="role-edit">
        {group('业务角色', businessRoles)}
        {group('接口', ['integration'])}
        {group('管理员（三员分立）', adminRoles)}
      </div>
      {conflict && <Alert type="warning" showIcon title={conflict} style={{ marginTop: 16 }} />}
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
        系统管理员、安全保密管理员、安全审计员须由不同人员担任，且不得兼任业务角色。
      </Typography.Paragraph>
    </Modal>
  );
}
