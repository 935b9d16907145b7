import { Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { UserOut } from '../../../common/api';
import { adminRoles, roleLabels } from '../../../common/roles';
import { userKindLabels } from '../../lib/user-labels';

interface Props {
  users: UserOut[];
  loading: boolean;
  onEdit: (user: UserOut) => void;
}

export function UserRolesTable({ users, loading, onEdit }: Props) {
  const columns: ColumnsType<UserOut> = [
    { title: '用户名', dataIndex: 'username', width: 150, render: (v: string) => <span className="mono">{v}</span> },
    { title: '姓名', dataIndex: 'displayName', width: 140 },
    { title: '类型', dataIndex: 'kind', width: 90, render: (k: UserOut['kind']) => userKindLabels[k] },
    { title: '部门', key: 'department', width: 150, render: (_, u) => u.department?.name ?? '—' },
    {
      title: '角色',
      dataIndex: 'roles',
      render: (roles: UserOut['roles']) =>
        roles.length ? (
          <Space size={[0, 4]} wrap>
            {roles.map((r) => (
              <Tag key={r} color={adminRoles.includes(r) ? 'red' : 'blue'}>
                {roleLabels[r]}
              </Tag>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">未分配</Typography.Text>
        ),
    },
    {
      title: '状态',
      dataIndex: 'active',
      width: 80,
      render: (active: boolean) => (active ? '启用' : <Typography.Text type="secondary">已停用</Typography.Text>),
    },
    {
      title: '操作',
      key: 'actions',
      width: 100,
      render: (_, u) => (
        <Button type="link" size="small" onClick={() => onEdit(u)} data-testid="edit-roles">
          分配角色
        </Button>
      ),
    },
  ];

  return (
    <div data-testid="user-roles-table">
      <Table<UserOut>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={users}
        loading={loading}
        pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (t) => `共 ${t} 个账号` }}
      />
    </div>
  );
}
