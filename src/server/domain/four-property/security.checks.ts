/**
 * 安全性 (security) rules, DA/T 70-2018 clause 4-1 (DOMAIN.md §1.2, §1.3, §10.7). The carrier,
 * process, software and environment clauses are manual items (run-checks.ts).
 */
import type { Rule } from './facts-helpers.js';

/**
 * 4-1 系统环境中是否安装杀毒软件 (clause 4-1): an antivirus engine answered and has a signature
 * database. A scanner without signatures detects nothing, so it counts as absent.
 */
export const antivirusPresent: Rule = (facts) => {
  const v = facts.virusScan;
  if (v.scanner === null) return { result: 'fail', evidence: ['检测环境中没有可用的杀毒软件（clamd 未连接）'], advice: '安装并启动 ClamAV（clamd），更新病毒库后重新检测' };
  if (v.signatures === null) return { result: 'fail', evidence: [`${v.scanner} 可用，但没有病毒库`], advice: '运行 freshclam 更新病毒库后重新检测' };
  return { result: 'pass', evidence: [`${v.scanner}，病毒库 ${v.signatures}`] };
};

/**
 * 4-2 病毒感染检测 (clause 4-1): the package is free of viruses. No scanner, no signature database or a
 * scan that did not finish means it was not checked — never a pass.
 */
export const virusFree: Rule = (facts) => {
  const v = facts.virusScan;
  const notChecked = (why: string) => ({ result: 'not_checked' as const, evidence: [why], advice: '恢复杀毒软件及病毒库后重新扫描' });
  if (v.scanner === null) return notChecked('没有杀毒软件，未做病毒扫描');
  if (v.signatures === null) return notChecked(`${v.scanner} 没有病毒库，未做病毒扫描`);
  if (v.infected.length > 0) {
    return {
      result: 'fail',
      evidence: v.infected.map((i) => `${i.path}：检出 ${i.signature}`),
      advice: '隔离感染文件，交安全保密管理员处理；从上一环节取回干净的文件后重新检测',
    };
  }
  if (v.error) return notChecked(`病毒扫描未完成：${v.error}`);
  return { result: 'pass', evidence: [`${v.scanner}（病毒库 ${v.signatures}）扫描未发现病毒`] };
};
