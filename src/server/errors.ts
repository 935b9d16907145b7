/**
 * The error catalog: every error a user or a client system can see, with its HTTP status and a
 * Chinese message. docs/errors.md lists the same codes with how to fix each one; a unit test keeps
 * the two in step.
 */
export const errorCatalog = {
  VALIDATION_FAILED: { status: 400, message: '请求内容不符合要求' },
  CASE_NUMBER_INVALID: { status: 400, message: '案号格式不正确' },
  AUTH_REQUIRED: { status: 401, message: '请先登录' },
  AUTH_INVALID_CREDENTIALS: { status: 401, message: '用户名或密码错误' },
  AUTH_SESSION_EXPIRED: { status: 401, message: '登录已过期，请重新登录' },
  AUTH_TOKEN_INVALID: { status: 401, message: '访问令牌无效或已停用' },
  AUTH_ACCOUNT_DISABLED: { status: 403, message: '该账号已停用，请联系系统管理员' },
  AUTH_RATE_LIMITED: { status: 429, message: '登录失败次数过多，请稍后再试' },
  CSRF_TOKEN_INVALID: { status: 403, message: '请求缺少有效的安全令牌（CSRF），请刷新页面后重试' },
  PERMISSION_DENIED: { status: 403, message: '您没有执行此操作的权限' },
  CASE_NOT_FOUND: { status: 404, message: '案件不存在或您无权查看' },
  CASE_NUMBER_TAKEN: { status: 409, message: '该案号已存在' },
  CASE_EXTERNAL_ID_TAKEN: { status: 409, message: '该外部标识已对应另一案件' },
  CASE_VERSION_CONFLICT: { status: 409, message: '案件已被他人修改，请刷新后重试' },
  REFERENCE_NOT_FOUND: { status: 400, message: '引用的部门、团队或人员不存在' },
  USER_NOT_FOUND: { status: 404, message: '用户不存在' },
  USER_USERNAME_TAKEN: { status: 409, message: '用户名已被使用' },
  USER_ROLE_CONFLICT: { status: 400, message: '三员分立：系统管理员、安全保密管理员、安全审计员不得相互兼任，也不得兼任业务角色' },
  USER_SELF_LOCKOUT: { status: 400, message: '不能停用自己的账号或移除自己的管理角色' },
  SCOPE_RULE_SET_INVALID: { status: 400, message: '试点范围规则集有误' },
  SCOPE_RULE_SET_NOT_FOUND: { status: 404, message: '试点范围规则集版本不存在' },
  SCOPE_RULE_SET_STALE: { status: 409, message: '该草稿早于现行规则集，不能发布' },
  JOB_NOT_FOUND: { status: 404, message: '后台任务不存在' },
  MATERIAL_NOT_FOUND: { status: 404, message: '材料不存在或您无权查看' },
  MATERIAL_FILE_MISSING: { status: 400, message: '请求中没有文件（multipart 字段 file）' },
  MATERIAL_FILE_REJECTED: { status: 422, message: '文件未通过格式检查，已隔离保存，请按提示处理后重新提交' },
  MATERIAL_SOURCE_MISMATCH: { status: 422, message: '材料来源与文件内容不符：庭审录音录像必须是音频或视频文件' },
  MATERIAL_EXTERNAL_ID_CONFLICT: { status: 409, message: '该外部标识的材料已存在且内容不同；材料一经收录不得覆盖，更正材料请使用新的外部标识' },
  CATALOGUE_NOT_FOUND: { status: 404, message: '本案尚未编目，请先“自动编目”' },
  CATALOGUE_LOCKED: { status: 409, message: '案卷当前不在“待编目”状态，目录不能修改' },
  CATALOGUE_NO_TEMPLATE: { status: 422, message: '本类案件尚无编目模板，请联系办公室' },
  CATALOGUE_INVALID: { status: 400, message: '卷内目录有误，未保存' },
  CATALOGUE_BOOK_NOT_FOUND: { status: 404, message: '目录中没有这一册' },
  CATALOGUE_DOCUMENT_FAILED: { status: 500, message: '生成卷宗文书失败' },
  CATALOGUE_TEMPLATE_INVALID: { status: 400, message: '编目模板有误，未保存' },
  CATALOGUE_VERSION_CONFLICT: { status: 409, message: '卷内目录已被他人修改，您的修改未保存，请刷新后重做' },
  FILE_EMPTY: { status: 422, message: '文件为空（0 字节）' },
  FORMAT_UNKNOWN: { status: 422, message: '无法识别文件格式' },
  FORMAT_DISGUISED: { status: 422, message: '文件扩展名与实际内容不符' },
  PDF_ENCRYPTED: { status: 422, message: '文件已加密，无法长期保存和检测，请提交未加密的版本' },
  PDF_CORRUPT: { status: 422, message: 'PDF 文件已损坏，无法打开' },
  OFD_CORRUPT: { status: 422, message: 'OFD 文件结构不完整或已损坏' },
  IMAGE_CORRUPT: { status: 422, message: '图像文件已损坏，无法读取' },
  MEDIA_CORRUPT: { status: 422, message: '音视频文件已损坏或不含可播放的音视频流' },
  UPLOAD_TOO_LARGE: { status: 413, message: '文件超过允许的大小上限' },
  RANGE_NOT_SATISFIABLE: { status: 416, message: '请求的字节范围超出文件大小' },
  QUARANTINE_NOT_FOUND: { status: 404, message: '隔离文件不存在或您无权查看' },
  SCANNING_POINT_NOT_FOUND: { status: 404, message: '扫描点不存在或您不属于该扫描点' },
  SCAN_BATCH_NOT_FOUND: { status: 404, message: '扫描批次不存在或您无权查看' },
  SCAN_PAGE_NOT_FOUND: { status: 404, message: '扫描页不存在或您无权查看' },
  SCAN_PAGE_NOT_IMAGE: { status: 422, message: '扫描页必须是 TIFF、JPEG、PNG 或 JPEG2000 图像' },
  SCAN_PAGES_NOT_ACCEPTABLE: { status: 409, message: '有页面尚未质检、待重扫或质检不合格，不能挂接' },
  SCAN_PAGE_ALREADY_ATTACHED: { status: 409, message: '有页面已挂接到材料，不能再次拆分' },
  SCAN_REQUEST_NOT_FOUND: { status: 404, message: '补扫申请不存在或您无权查看' },
  SCAN_REQUEST_CLOSED: { status: 409, message: '该补扫申请已开始扫描、已完成或已撤销' },
  SCAN_REQUEST_NO_POINT: { status: 422, message: '本案所在部门没有服务的扫描点，请联系办公室' },
  SCAN_REQUEST_CASE_STATE: { status: 409, message: '只有随案收集中或待编目的案卷才能申请补扫' },
  SCAN_CASE_NOT_SERVED: { status: 403, message: '该案件不属于本扫描点服务的部门' },
  ARCHIVE_TRANSITION_INVALID: { status: 409, message: '案卷当前的状态不允许这一步' },
  REVIEW_CHECK_FAILED: { status: 409, message: '完整性检查还有须处理的问题，不能提交审核' },
  REVIEW_NO_JUDGE: { status: 422, message: '本案没有登记承办法官，无法提交审核，请先在案件信息中填写承办法官' },
  REVIEW_NOT_FOUND: { status: 404, message: '本案没有待审核的提交' },
  REVIEW_NOT_REVIEWER: { status: 403, message: '只有本案的承办法官（或本庭庭长）可以审核' },
  REVIEW_RETURN_REASON: { status: 400, message: '退回修改须写明意见（总体意见或对某条目录的意见）' },
  APPROVAL_NOT_FOUND: { status: 404, message: '本案尚无签名的审核通过记录' },
  PKI_PIN_INCORRECT: { status: 422, message: '签名口令不正确' },
  PKI_PIN_WEAK: { status: 400, message: '签名口令不符合要求' },
  PKI_VAULT_CORRUPT: { status: 500, message: '私钥保管数据已损坏或被篡改，无法解密，请联系安全保密管理员' },
  PKI_VAULT_UNSUPPORTED: { status: 500, message: '私钥保管数据的版本或算法不受支持' },
  PKI_KEY_INVALID: { status: 400, message: '私钥或公钥格式不正确' },
  PKI_KEY_CERT_MISMATCH: { status: 400, message: '私钥与证书不匹配' },
  PKI_CERT_INVALID: { status: 400, message: '证书格式不正确或使用了不支持的算法' },
  PKI_PKCS12_INVALID: { status: 400, message: 'PKCS#12 证书文件无法读取（口令错误或文件已损坏）' },
  PKI_CMS_INVALID: { status: 400, message: '签名数据（CMS）格式不正确' },
  SIGNING_KEY_MISSING: { status: 409, message: '您还没有签名证书：请先在“我的签名证书”中设置签名口令' },
  SIGNING_CA_MISSING: { status: 500, message: '本院签名证书签发机构（CA）尚未建立，请联系安全保密管理员' },
  SIGNING_CERT_NOT_FOUND: { status: 404, message: '签名证书不存在' },
  SEAL_NOT_FOUND: { status: 404, message: '电子印章不存在' },
  SEAL_NOT_AUTHORISED: { status: 403, message: '您不是该电子印章的授权使用人' },
  SEAL_IMAGE_INVALID: { status: 400, message: '印章图像须为带透明背景的 PNG 图片' },
  ROUTE_NOT_FOUND: { status: 404, message: '请求的接口不存在' },
  INTERNAL_ERROR: { status: 500, message: '服务器内部错误，请将请求编号告知系统管理员' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalog;

/** The only error services throw. Carries a catalog code and optional structured details. */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? errorCatalog[code].message);
    this.name = 'AppError';
    this.status = errorCatalog[code].status;
  }
}
