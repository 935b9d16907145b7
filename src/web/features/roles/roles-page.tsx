import { Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import type { UserOut } from '../../../common/api';
import { useRoles, useUsers } from '../../api/users.hooks';
import { QueryError } from '../../components/page-state';
import { SearchBox } from '../../components/search-box';
import { PermissionMatrix } from './permission-matrix';
import { RoleEditModal } from './role-edit-modal';
import { UserRolesTable } from './user-roles-table';

/** 角色与权限 (安全保密管理员): what each role may do, and who holds which role. */
export default function RolesPage() {
  const roles = useRoles();
  const [q, setQ] = useState<string>();
  const users = useUsers({ q });
  const [editing, setEditing] = useState<UserOut | null>(null);

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        角色与权限
      </Typography.Title>
      <Card size="small" title="角色权限对照">
        {roles.isError ? (
          <QueryError error={roles.error} onRetry={() => void roles.refetch()} />
        ) : (
          <PermissionMatrix roles={roles.data ?? []} loading={roles.isPending} />
        )}
      </Card>
      <Card
        size="small"
        title="账号角色"
        extra={
          <SearchBox value={q} placeholder="用户名或姓名" width={220} onSearch={setQ} data-testid="user-search" />
        }
      >
        {users.isError ? (
          <QueryError error={users.error} onRetry={() => void users.refetch()} />
        ) : (
          <UserRolesTable users={users.data ?? []} loading={users.isFetching} onEdit={setEditing} />
        )}
      </Card>
      <RoleEditModal user={editing} onClose={() => setEditing(null)} />
    </Flex>
  );
}
