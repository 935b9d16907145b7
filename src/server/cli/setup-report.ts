import { roleLabels } from '../../common/roles.js';
import { DEMO_PASSWORD, DEMO_SIGNING_PIN, type SetupOutcome } from '../services/setup.service.js';

/** What first start prints: the URL, and the accounts a person can sign in with. */
export function describeSetup(outcome: SetupOutcome, url: string | null): string {
  const lines: string[] = [];
  if (url) lines.push(`卷宗库 CaseVault 已启动：${url}`);
  if (outcome.kind === 'demo') {
    lines.push(`已装入演示法院：${outcome.cases} 件案件，${outcome.users.length} 个演示账号，${outcome.materials} 份诉讼材料（已结案案件，供编目和审核演示）。`);
    if (outcome.reviews.awaitingReview || outcome.reviews.approved || outcome.reviews.archived) {
      lines.push(
        `其中 ${outcome.reviews.awaitingReview} 件已提交、等待承办法官审核，${outcome.reviews.approved} 件已审核通过（签名）待档案部门接收，` +
          `${outcome.reviews.archived} 件已经四性检测接收归档（有档号和 OCFL 档案）。`,
      );
    }
    for (const note of outcome.notes) lines.push(`注意：${note}`);
    lines.push(`演示账号（密码均为 ${DEMO_PASSWORD}；签名口令均为 ${DEMO_SIGNING_PIN}）：`);
    const main = ['scanner1', 'clerk1', 'judge1', 'archivist1', 'leader1', 'sysadmin', 'secadmin', 'auditor'];
    const shown = main.map((name) => outcome.users.find((x) => x.username === name)).filter((u) => u !== undefined);
    for (const u of shown) {
      lines.push(`  ${u.username.padEnd(12)} ${u.roles.map((r) => roleLabels[r]).join('、')}${u.department ? ` · ${u.department}` : ''}`);
    }
    lines.push(`  其余部门的书记员、法官等账号见 README。`);
    lines.push(`警告：演示密码 ${DEMO_PASSWORD} 仅供演示，切勿用于正式环境（正式部署请设置 DEMO=off）。`);
  } else if (outcome.kind === 'bootstrap') {
    lines.push('已建立本院基础数据和三员账号。初始密码只显示这一次，请立即登录并修改：');
    for (const a of outcome.admins) lines.push(`  ${a.username.padEnd(10)} ${a.displayName}  初始密码：${a.password}`);
  }
  return lines.join('\n');
}
