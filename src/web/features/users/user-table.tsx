import { App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { UserOut } from '../../../common/api';
import { roleLabels } from '../../../common/roles';
import { errorMessage } from '../../api/client';
import { useUpdateUser } from '../../api/users.hooks';
import { formatTime } from '../../lib/format';
import { userKindLabels } from '../../lib/user-labels';

interface Props {
  users: UserOut[];
  loading: boolean;
  onEdit: (user: UserOut) => void;
  onIssueToken: (user: UserOut) => void;
}

export function UserTable({ users, loading, onEdit, onIssueToken }: Props) {
  const update = useUpdateUser();
  const { message } = App.useApp();

  const toggleActive = (u: UserOut) =>
    update.mutateAsync({ id: u.id, patch: { active: !u.active } }).then(
      () => void message.success(`${u.active ? '已停用' : '已启用'}账号 ${u.username}`),
      (error: unknown) => void message.error(errorMessage(error)),
    );

  const columns: ColumnsType<UserOut> = [
    { title: '用户名', dataIndex: 'username', width: 150, render: (v: string) => <span className="mono">{v}</span> },
    { title: '姓名', dataIndex: 'displayName', width: 150, ellipsis: true },
    {
      title: '类型',
      dataIndex: 'kind',
      width: 96,
      render: (k: UserOut['kind']) => <Tag color={k === 'service' ? 'purple' : 'default'}>{userKindLabels[k]}</Tag>,
    },
    {
      title: '部门',
      key: 'department',
      width: 170,
      ellipsis: true,
      render: (_, u) =>
        u.department ? (
          <>
            {u.department.name}
            {u.team && <Typography.Text type="secondary"> · {u.team.name}</Typography.Text>}
          </>
        ) : (
          '—'
        ),
    },
    {
      title: '角色',
      dataIndex: 'roles',
      render: (roles: UserOut['roles']) =>
        roles.length ? (
          <Space size={[0, 4]} wrap>
            {roles.map((r) => (
              <Tag key={r}>{roleLabels[r]}</Tag>
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
      render: (active: boolean) => (active ? <Tag color="success">启用</Tag> : <Tag>已停用</Tag>),
    },
    { title: '创建时间', dataIndex: 'createdAt', width: 160, render: formatTime },
    {
      title: '操作',
      key: 'actions',
      width: 200,
      render: (_, u) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onEdit(u)}>
            编辑
          </Button>
          <Popconfirm
            title={u.active ? `停用账号 ${u.username}？` : `启用账号 ${u.username}？`}
            description={u.active ? '停用后该账号将无法登录或调用接口。' : undefined}
            okText={u.active ? '停用' : '启用'}
            okButtonProps={{ danger: u.active }}
            onConfirm={() => toggleActive(u)}
          >
            <Button type="link" size="small" danger={u.active}>
              {u.active ? '停用' : '启用'}
            </Button>
          </Popconfirm>
          {u.kind === 'service' && (
            <Button type="link" size="small" onClick={() => onIssueToken(u)} disabled={!u.active}>
              签发令牌
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="user-table">
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
