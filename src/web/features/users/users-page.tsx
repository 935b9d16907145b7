import { ApiOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { UserOut } from '../../../common/api';
import { roleLabels, roles, type Role } from '../../../common/roles';
import { useUsers } from '../../api/users.hooks';
import { QueryError } from '../../components/page-state';
import { SearchBox } from '../../components/search-box';
import { IssueTokenModal } from './issue-token-modal';
import { ServiceAccountModal } from './service-account-modal';
import { UserCreateModal } from './user-create-modal';
import { UserEditModal } from './user-edit-modal';
import { UserTable } from './user-table';

/** 账号管理 (系统管理员): people and service accounts. Roles are the 安全保密管理员's (三员分立). */
export default function UsersPage() {
  const [q, setQ] = useState<string>();
  const [role, setRole] = useState<Role>();
  const users = useUsers({ q, role });
  const [creating, setCreating] = useState(false);
  const [creatingService, setCreatingService] = useState(false);
  const [editing, setEditing] = useState<UserOut | null>(null);
  const [issuing, setIssuing] = useState<UserOut | null>(null);

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          账号管理
        </Typography.Title>
        <Space>
          <Button icon={<ApiOutlined />} onClick={() => setCreatingService(true)} data-testid="create-service-account">
            新建接口账号
          </Button>
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)} data-testid="create-user">
            新建账号
          </Button>
        </Space>
      </Flex>
      <Card size="small">
        <Space>
          <SearchBox value={q} placeholder="用户名或姓名" width={240} onSearch={setQ} data-testid="user-search" />
          <Select
            allowClear
            placeholder="全部角色"
            style={{ width: 180 }}
            value={role}
            onChange={(r?: Role) => setRole(r)}
            options={roles.map((r) => ({ value: r, label: roleLabels[r] }))}
          />
        </Space>
      </Card>
      {users.isError && <QueryError error={users.error} onRetry={() => void users.refetch()} />}
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <UserTable users={users.data ?? []} loading={users.isFetching} onEdit={setEditing} onIssueToken={setIssuing} />
      </Card>
      <UserCreateModal open={creating} onClose={() => setCreating(false)} />
      <ServiceAccountModal open={creatingService} onClose={() => setCreatingService(false)} />
      <UserEditModal user={editing} onClose={() => setEditing(null)} />
      <IssueTokenModal user={issuing} onClose={() => setIssuing(null)} />
    </Flex>
  );
}
