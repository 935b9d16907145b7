/**
 * Chinese labels of the audit trail's action codes and entity types, as the server writes them.
 * An unknown code is shown as it is, so a new action is never hidden.
 */
export const auditActionLabels: Record<string, string> = {
  'auth.login': '登录',
  'auth.login_failed': '登录失败',
  'auth.logout': '退出登录',
  'case.create': '新建案件',
  'case.update': '修改案件',
  'case.scope': '认定试点范围',
  'scope.publish': '发布试点范围规则集',
  'scope.draft': '保存试点范围规则草稿',
  'court.install': '初始化法院',
  'user.create': '新建账号',
  'user.create_service': '新建接口账号',
  'user.update': '修改账号',
  'user.roles': '调整角色',
  'user.issue_token': '签发接口令牌',
};

export const auditEntityTypeLabels: Record<string, string> = {
  case: '案件',
  user: '账号',
  court: '法院',
  scope_rule_set: '试点范围规则集',
};

export function actionLabel(code: string): string {
  return auditActionLabels[code] ?? code;
}

export function entityTypeLabel(code: string): string {
  return auditEntityTypeLabels[code] ?? code;
}
