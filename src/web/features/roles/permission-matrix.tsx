import { CheckOutlined } from '@ant-design/icons';
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { adminRoles, permissions as knownPermissions } from '../../../common/roles';
import type { RoleInfo } from '../../api/users.hooks';

/** Role → permission matrix, as the server defines it (GET /api/v1/roles). */
export function PermissionMatrix({ roles, loading }: { roles: RoleInfo[]; loading: boolean }) {
  const labels = new Map<string, string>();
  for (const r of roles) for (const p of r.permissions) if (!labels.has(p.code)) labels.set(p.code, p.label);
  // The catalogue's order (roles.ts); a permission the web does not know yet goes last.
  const rank = (code: string) => {
    const i = (knownPermissions as readonly string[]).indexOf(code);
    return i === -1 ? knownPermissions.length : i;
  };
  const permissions = [...labels].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));

  const columns: ColumnsType<RoleInfo> = [
    {
      title: '角色',
      dataIndex: 'label',
      width: 170,
      fixed: 'left',
      render: (label: string, r) => (
        <>
          {label}
          {adminRoles.includes(r.role) && (
            <Tag color="red" variant="outlined" style={{ marginInlineStart: 6 }}>
              三员
            </Tag>
          )}
        </>
      ),
    },
    ...permissions.map(([code, label]) => ({
      title: (
        <div style={{ lineHeight: 1.3 }}>
          <div>{label}</div>
          <div className="mono" style={{ color: '#8c8c8c', fontWeight: 400 }}>
            {code}
          </div>
        </div>
      ),
      key: code,
      align: 'center' as const,
      render: (_: unknown, r: RoleInfo) =>
        r.permissions.some((p) => p.code === code) ? <CheckOutlined style={{ color: '#389e0d' }} aria-label="有此权限" /> : null,
    })),
  ];

  return (
    <div data-testid="permission-matrix">
      <Table<RoleInfo> rowKey="role" size="small" bordered columns={columns} dataSource={roles} loading={loading} pagination={false} />
    </div>
  );
}
