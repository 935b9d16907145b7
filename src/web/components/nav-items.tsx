import {
  AuditOutlined,
  BarChartOutlined,
  ContainerOutlined,
  DashboardOutlined,
  FundOutlined,
  FieldTimeOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  FolderOpenOutlined,
  InboxOutlined,
  NodeIndexOutlined,
  OrderedListOutlined,
  ScanOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  VerifiedOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../common/roles';

export interface NavItem {
  path: string;
  label: string;
  /** The user may open the section when they hold any one of these. */
  permissions: readonly Permission[];
  icon: ReactNode;
}

/**
 * The sections of the app, in menu order; a user sees those whose permission they hold. The first
 * one is the user's home page: a scanning operator starts at the scanning station.
 */
export const navItems: readonly NavItem[] = [
  { path: '/scanning', label: '扫描工作台', permissions: ['scan.operate'], icon: <ScanOutlined /> },
  { path: '/cases', label: '案件', permissions: ['case.read'], icon: <FolderOpenOutlined /> },
  { path: '/reviews', label: '待我审核', permissions: ['review.decide'], icon: <FileDoneOutlined /> },
  { path: '/reception', label: '接收归档', permissions: ['archive.receive'], icon: <InboxOutlined /> },
  { path: '/archives', label: '档案', permissions: ['archive.receive'], icon: <ContainerOutlined /> },
  { path: '/deadlines', label: '归档期限', permissions: ['case.read'], icon: <FieldTimeOutlined /> },
  { path: '/signatures/verify', label: '验证签名', permissions: ['case.read'], icon: <FileProtectOutlined /> },
  { path: '/scope', label: '试点范围', permissions: ['scope.manage'], icon: <NodeIndexOutlined /> },
  { path: '/scope/coverage', label: '试点覆盖', permissions: ['scope.manage', 'case.read.all'], icon: <BarChartOutlined /> },
  { path: '/scanning/stats', label: '扫描质量统计', permissions: ['scan.manage'], icon: <FundOutlined /> },
  { path: '/catalogue-templates', label: '编目模板', permissions: ['catalogue.template'], icon: <OrderedListOutlined /> },
  { path: '/audit', label: '审计日志', permissions: ['audit.read'], icon: <AuditOutlined /> },
  { path: '/admin/users', label: '账号管理', permissions: ['user.manage'], icon: <TeamOutlined /> },
  { path: '/admin/roles', label: '角色与权限', permissions: ['role.assign'], icon: <SafetyCertificateOutlined /> },
  { path: '/admin/pki', label: '签名证书与印章', permissions: ['pki.manage'], icon: <VerifiedOutlined /> },
  { path: '/admin/health', label: '系统状态', permissions: ['system.read'], icon: <DashboardOutlined /> },
];

export function mayOpen(item: Pick<NavItem, 'permissions'>, permissions: readonly string[]): boolean {
  return item.permissions.some((p) => permissions.includes(p));
}

export function allowedNavItems(permissions: readonly string[]): NavItem[] {
  return navItems.filter((item) => mayOpen(item, permissions));
}

/**
 * The section a location belongs to: the item with the longest path that is the location or a
 * prefix of it (/scope/coverage is its own section, not a page of /scope).
 */
export function navItemFor(location: string, items: readonly NavItem[] = navItems): NavItem | undefined {
  const raw = location.split(/[?#]/)[0] ?? location;
  // A case's reception page belongs to 接收归档 for those who have it, else to 案件.
  const path = /^\/cases\/[^/]+\/reception$/.test(raw) && items.some((i) => i.path === '/reception') ? '/reception' : raw;
  return items
    .filter((i) => path === i.path || path.startsWith(`${i.path}/`))
    .reduce<NavItem | undefined>((best, i) => (best && best.path.length >= i.path.length ? best : i), undefined);
}

/** The user's home page: the first section they may open, or null when they may open none. */
export function homePath(permissions: readonly string[]): string | null {
  return allowedNavItems(permissions)[0]?.path ?? null;
}
