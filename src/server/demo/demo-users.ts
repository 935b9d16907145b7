import type { Role } from '../../common/roles.js';
import type { DemoUser } from './demo-types.js';

/**
 * The demo accounts of 青浦区人民法院. Every name is invented; two judges carry the names the
 * pilot plan gives them (沈宝琴 of 刑事审判庭, 陈薇 of 青东法庭), because pilot rules 2 and 7 are
 * about their cases.
 *
 * Per case-handling department: a 庭长/局长 (roles judge + division_head, who also tries cases),
 * two or three more judges and two clerks, in the department's teams where it has them; one or
 * two scanners per scanning point (no department: the scanning point decides what they see);
 * archivists in 办公室's 电子档案整理中心; two court leaders; and the three administrators
 * (三员分立), each with their single role.
 */
export function demoUsers(): DemoUser[] {
  return rows.map(([username, displayName, roleList, department, team, scanningPoint]) => ({
    username,
    displayName,
    roles: [...roleList],
    ...(department ? { department } : {}),
    ...(team ? { team } : {}),
    ...(scanningPoint ? { scanningPoint } : {}),
  }));
}

type Row = readonly [
  username: string,
  displayName: string,
  roles: readonly Role[],
  department?: string,
  team?: string,
  scanningPoint?: string,
];

const head: readonly Role[] = ['judge', 'division_head'];
const judge: readonly Role[] = ['judge'];
const clerk: readonly Role[] = ['clerk'];
const scanner: readonly Role[] = ['scanner'];

const rows: readonly Row[] = [
  // ── court level ──
  ['leader1', '陆建明', ['leader']],
  ['leader2', '钱慧珍', ['leader']],
  ['archivist1', '朱丽萍', ['archivist'], '办公室', '电子档案整理中心'],
  ['archivist2', '姚佳音', ['archivist'], '办公室', '电子档案整理中心'],
  ['sysadmin', '顾晓东', ['sysadmin']],
  ['secadmin', '陶文静', ['secadmin']],
  ['auditor', '孙海燕', ['auditor']],

  // ── scanning points ──
  ['scanner1', '倪佳琪', scanner, undefined, undefined, '民事·商事扫描点'],
  ['scanner-lian', '毛晓霞', scanner, undefined, undefined, '立案庭标准化数据采集中心'],
  ['scanner-lian2', '汤俊逸', scanner, undefined, undefined, '立案庭标准化数据采集中心'],
  ['scanner-qingdong', '邹婷婷', scanner, undefined, undefined, '青东法庭·执行局·执裁庭扫描点'],
  ['scanner-xihongqiao', '龚敏杰', scanner, undefined, undefined, '西虹桥法庭扫描点'],
  ['scanner-zhujiajiao', '史丽君', scanner, undefined, undefined, '朱家角法庭扫描点'],

  // ── 立案庭 ──
  ['head-lian', '吴卫东', head, '立案庭'],
  ['judge-lian', '徐静雯', judge, '立案庭', '诉调对接团队'],
  ['judge-lian2', '何志强', judge, '立案庭'],
  ['clerk-lian', '蔡雯雯', clerk, '立案庭', '诉调对接团队'],
  ['clerk-lian2', '邱晨阳', clerk, '立案庭'],

  // ── 刑事审判庭 ──
  ['head-xingshi', '王立新', head, '刑事审判庭'],
  ['judge-xingshi', '沈宝琴', judge, '刑事审判庭'],
  ['judge-xingshi2', '马骏飞', judge, '刑事审判庭'],
  ['judge-xingshi3', '郭颖洁', judge, '刑事审判庭', '刑事速裁团队'],
  ['clerk-xingshi', '金晓燕', clerk, '刑事审判庭'],
  ['clerk-xingshi2', '许磊', clerk, '刑事审判庭', '刑事速裁团队'],

  // ── 民事审判庭 ──
  ['head-minshi', '杨振宇', head, '民事审判庭'],
  ['judge1', '李慧敏', judge, '民事审判庭', '速裁团队'],
  ['judge-minshi', '赵俊杰', judge, '民事审判庭', '速裁团队'],
  ['judge-minshi2', '黄敏华', judge, '民事审判庭', '家事团队'],
  ['clerk1', '刘婷婷', clerk, '民事审判庭', '速裁团队'],
  ['clerk-minshi', '张萌', clerk, '民事审判庭'],
  ['clerk-minshi2', '唐丽娟', clerk, '民事审判庭', '家事团队'],

  // ── 商事审判庭 ──
  ['head-shangshi', '范永刚', head, '商事审判庭'],
  ['judge-shangshi', '曹燕萍', judge, '商事审判庭', '金融审判团队'],
  ['judge-shangshi2', '潘卫国', judge, '商事审判庭', '金融审判团队'],
  ['judge-shangshi3', '田芳', judge, '商事审判庭', '速裁团队'],
  ['clerk-shangshi', '袁倩', clerk, '商事审判庭', '金融审判团队'],
  ['clerk-shangshi2', '戴晓峰', clerk, '商事审判庭'],

  // ── 执行局 ──
  ['head-zhixing', '邵建军', head, '执行局'],
  ['judge-zhixing', '魏宏亮', judge, '执行局', '快速执行团队'],
  ['judge-zhixing2', '钟立伟', judge, '执行局'],
  ['judge-zhixing3', '汪雪梅', judge, '执行局'],
  ['clerk-zhixing', '程鹏', clerk, '执行局', '快速执行团队'],
  ['clerk-zhixing2', '任佳慧', clerk, '执行局'],

  // ── 执裁庭 (执行裁判庭) ──
  ['head-zhicai', '韩卫平', head, '执裁庭'],
  ['judge-zhicai', '彭丽', judge, '执裁庭'],
  ['judge-zhicai2', '蒋文斌', judge, '执裁庭'],
  ['clerk-zhicai', '谢琳', clerk, '执裁庭'],
  ['clerk-zhicai2', '罗佳', clerk, '执裁庭'],

  // ── 青东法庭 ──
  ['head-qingdong', '董建平', head, '青东法庭'],
  ['judge-qingdong', '陈薇', judge, '青东法庭'],
  ['judge-qingdong2', '丁海峰', judge, '青东法庭'],
  ['judge-qingdong3', '叶敏', judge, '青东法庭'],
  ['clerk-qingdong', '薛洁', clerk, '青东法庭'],
  ['clerk-qingdong2', '夏宇航', clerk, '青东法庭'],

  // ── 朱家角法庭 ──
  ['head-zhujiajiao', '宋国强', head, '朱家角法庭'],
  ['judge-zhujiajiao', '俞红', judge, '朱家角法庭'],
  ['judge-zhujiajiao2', '施伟明', judge, '朱家角法庭'],
  ['clerk-zhujiajiao', '杜晓丽', clerk, '朱家角法庭'],
  ['clerk-zhujiajiao2', '严俊', clerk, '朱家角法庭'],

  // ── 西虹桥法庭 ──
  ['head-xihongqiao', '胡海涛', head, '西虹桥法庭'],
  ['judge-xihongqiao', '秦雅琴', judge, '西虹桥法庭'],
  ['judge-xihongqiao2', '戚志明', judge, '西虹桥法庭'],
  ['clerk-xihongqiao', '卢静怡', clerk, '西虹桥法庭'],
  ['clerk-xihongqiao2', '方磊', clerk, '西虹桥法庭'],

  // ── 审判监督庭 ──
  ['head-shenjian', '孔德明', head, '审判监督庭'],
  ['judge-shenjian', '贾玉兰', judge, '审判监督庭'],
  ['judge-shenjian2', '姜海波', judge, '审判监督庭'],
  ['clerk-shenjian', '钱文佳', clerk, '审判监督庭'],
  ['clerk-shenjian2', '万琦', clerk, '审判监督庭'],
];
