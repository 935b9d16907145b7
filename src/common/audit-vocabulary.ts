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
  'material.create': '收录材料',
  'catalogue.propose': '自动编目',
  'catalogue.update': '修改卷内目录',
  'catalogue.template': '调整编目模板',
  'scan_request.create': '申请补扫',
  'scan_request.start': '开始补扫',
  'scan_request.done': '补扫完成',
  'scan_request.cancel': '撤销或退回补扫申请',
  'material.update': '修改材料信息',
  'material.assemble': '合成扫描材料',
  'file.quarantine': '隔离未通过检查的文件',
  'file.quarantine.resolve': '处理隔离文件',
  'scanning.batch.create': '新建扫描批次',
  'scanning.page.rescan': '退回重扫',
  'scanning.page.replace': '重扫页替换',
  'scanning.thresholds': '设置扫描质检标准',
  'archive.submit': '提交审核',
  'archive.return': '退回修改',
  'archive.approve': '审核通过（签名）',
  'archive.reject': '拒绝接收',
  'archive.accept': '接收归档',
  'archive.export': '导出档案',
  'archive.supplement': '补充归档',
  'archive.retention': '调整保管期限',
  'archive.import': '导入 BagIt 档案',
  'archive.rebuild': '从存储根恢复档案索引',
  'four_property.check': '四性检测',
  'four_property.confirm': '人工确认检测项',
  'review.comment': '填写审核意见',
  'review.comment.delete': '删除审核意见',
  'review.comment.resolve': '审核意见已修改',
  'pki.ca.create': '建立本院 CA',
  'pki.ca.import': '导入本院 CA',
  'pki.enrol': '领取签名证书',
  'pki.issue': '签发签名证书',
  'pki.pin': '修改签名口令',
  'pki.revoke': '吊销签名证书',
  'seal.create': '新建电子印章',
  'seal.users': '设置印章使用人',
  'seal.revoke': '停用电子印章',
  'document.sign': '文书签名（拟稿、核稿、签发）',
};

export const auditEntityTypeLabels: Record<string, string> = {
  case: '案件',
  user: '账号',
  court: '法院',
  scope_rule_set: '试点范围规则集',
  material: '材料',
  quarantine: '隔离文件',
  scan_batch: '扫描批次',
  scan_page: '扫描页',
  scanning_point: '扫描点',
  pki_authority: '证书签发机构',
  seal: '电子印章',
  archive: '档案',
  archival_code_series: '档号序列',
};

export function actionLabel(code: string): string {
  return auditActionLabels[code] ?? code;
}

export function entityTypeLabel(code: string): string {
  return auditEntityTypeLabels[code] ?? code;
}
