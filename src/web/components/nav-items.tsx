import { AuditOutlined, DashboardOutlined, FolderOpenOutlined, SafetyCertificateOutlined, TeamOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../common/roles';

export interface NavItem {
  path: string;
  label: string;
  permission: Permission;
  icon: ReactNode;
}

/** The sections of the app, in menu order; a user sees those whose permission they hold. */
export const navItems: readonly NavItem[] = [
  { path: '/cases', label: '案件', permission: 'case.read', icon: <FolderOpenOutlined /> },
  { path: '/audit', label: '审计日志', permission: 'audit.read', icon: <AuditOutlined /> },
  { path: '/admin/users', label: '账号管理', permission: 'user.manage', icon: <TeamOutlined /> },
  { path: '/admin/roles', label: '角色与权限', permission: 'role.assign', icon: <SafetyCertificateOutlined /> },
  { path: '/admin/health', label: '系统状态', permission: 'system.read', icon: <DashboardOutlined /> },
];

export function allowedNavItems(permissions: readonly string[]): NavItem[] {
  return navItems.filter((item) => permissions.includes(item.permission));
}

/** The user's home page: the first section they may open, or null when they may open none. */
export function homePath(permissions: readonly string[]): string | null {
  return allowedNavItems(permissions)[0]?.path ?? null;
}
