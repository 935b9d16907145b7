/**
 * Roles and permissions, shared by server and web. The server enforces them on every route; the web
 * only uses them to fit the menu to the user.
 *
 * 三员分立 (separation of the three administrators required of Chinese records systems): the
 * system administrator, the security-and-secrecy administrator and the security auditor are
 * separate people, none of them holds a business role, and none of them sees case data.
 */
export const roles = [
  'scanner',
  'clerk',
  'judge',
  'division_head',
  'archivist',
  'leader',
  'sysadmin',
  'secadmin',
  'auditor',
  'integration',
] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  scanner: '扫描员',
  clerk: '书记员',
  judge: '法官',
  division_head: '庭长',
  archivist: '档案管理员',
  leader: '院领导',
  sysadmin: '系统管理员',
  secadmin: '安全保密管理员',
  auditor: '安全审计员',
  integration: '系统接口账号',
};

export const permissions = [
  'case.read',
  'case.read.all',
  'case.write',
  'audit.read',
  'user.manage',
  'role.assign',
  'system.read',
  'scope.manage',
  'material.upload',
  'scan.operate',
  'scan.manage',
  'catalogue.edit',
  'catalogue.template',
  'review.decide',
  'signature.use',
  'pki.manage',
  'archive.receive',
] as const;
export type Permission = (typeof permissions)[number];

export const permissionLabels: Record<Permission, string> = {
  'case.read': '查看本部门案件',
  'case.read.all': '查看全院案件',
  'case.write': '新建和修改案件',
  'audit.read': '查阅审计日志',
  'user.manage': '管理账号与接口令牌',
  'role.assign': '分配角色与权限',
  'system.read': '查看系统状态',
  'scope.manage': '管理单套制试点范围规则',
  'material.upload': '上传诉讼材料',
  'scan.operate': '扫描、质检、拆分挂接',
  'scan.manage': '管理扫描质量标准并查看扫描统计',
  'catalogue.edit': '编目：整理卷内目录',
  'catalogue.template': '调整编目模板',
  'review.decide': '审核案卷：签名通过或退回',
  'signature.use': '持有签名证书，在文书上签名',
  'pki.manage': '管理签名证书与电子印章',
  'archive.receive': '接收归档：四性检测、接收或拒收、导出导入档案',
};

export const rolePermissions: Record<Role, readonly Permission[]> = {
  scanner: ['case.read', 'scan.operate'],
  clerk: ['case.read', 'case.write', 'material.upload', 'catalogue.edit', 'signature.use'],
  judge: ['case.read', 'material.upload', 'review.decide', 'signature.use'],
  division_head: ['case.read', 'case.write', 'material.upload', 'catalogue.edit', 'review.decide', 'signature.use'],
  archivist: ['case.read', 'case.read.all', 'scan.manage', 'catalogue.template', 'signature.use', 'archive.receive'],
  leader: ['case.read', 'case.read.all', 'scope.manage', 'scan.manage', 'catalogue.template', 'signature.use'],
  sysadmin: ['user.manage', 'system.read'],
  secadmin: ['role.assign', 'pki.manage'],
  auditor: ['audit.read'],
  integration: ['case.read', 'case.read.all', 'case.write', 'material.upload'],
};

/** The three administrator roles; each excludes every other role (三员分立). */
export const adminRoles: readonly Role[] = ['sysadmin', 'secadmin', 'auditor'];

export function permissionsOf(userRoles: readonly Role[]): Permission[] {
  const set = new Set<Permission>();
  for (const r of userRoles) for (const p of rolePermissions[r]) set.add(p);
  return permissions.filter((p) => set.has(p));
}

/**
 * Checks a role combination against 三员分立.
 * @returns a Chinese explanation of the conflict, or null when the combination is allowed.
 */
export function roleConflict(userRoles: readonly Role[]): string | null {
  const admins = userRoles.filter((r) => adminRoles.includes(r));
  if (admins.length === 0) return null;
  if (userRoles.length > 1) {
    const others = userRoles.filter((r) => r !== admins[0]).map((r) => roleLabels[r]);
    return `${roleLabels[admins[0]!]}不得兼任${others.join('、')}（三员分立）`;
  }
  return null;
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
