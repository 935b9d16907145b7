import type { CourtReference } from './demo-types.js';

/**
 * Reference data of 上海市青浦区人民法院 as the 2021 pilot plan (青法〔2021〕116号) describes it:
 * departments (DOMAIN.md A2), teams, and the five scanning points with the departments they serve
 * (A3). Court code 沪0118 follows the SPC court-code table (DOMAIN.md §5.3).
 *
 * Demo data: the 全宗号 'J118' is invented (DA/T 13 shape `[A-Z][0-9]{3}`); the court's real fonds
 * number is assigned by the archives authority and must be configured by an installation. Team
 * names other than 民事审判庭's 速裁团队 (named in the plan) are plausible inventions.
 */

/** Departments that handle cases, i.e. every department except the administrative ones. */
export const caseDepartmentNames = [
  '立案庭',
  '刑事审判庭',
  '民事审判庭',
  '商事审判庭',
  '执行局',
  '执裁庭',
  '青东法庭',
  '朱家角法庭',
  '西虹桥法庭',
  '审判监督庭',
] as const;
export type CaseDepartmentName = (typeof caseDepartmentNames)[number];

/** Departments served by the 立案庭 capture centre for every stage, not only at filing (A3). */
const capturedThroughoutAtFilingCentre: readonly CaseDepartmentName[] = ['立案庭', '刑事审判庭', '审判监督庭'];

export const qingpuCourt: CourtReference = {
  court: { code: '沪0118', name: '上海市青浦区人民法院', fondsCode: 'J118' },
  departments: [
    { name: '立案庭', kind: 'filing', teams: ['诉调对接团队'] },
    { name: '刑事审判庭', kind: 'trial', teams: ['刑事速裁团队'] },
    { name: '民事审判庭', kind: 'trial', teams: ['速裁团队', '家事团队'] },
    // 商事审判庭 has a fast-track team of its own: same name as 民事审判庭's, outside pilot rule 3.
    { name: '商事审判庭', kind: 'trial', teams: ['金融审判团队', '速裁团队'] },
    { name: '执行局', kind: 'enforcement', teams: ['快速执行团队'] },
    { name: '执裁庭', kind: 'trial', teams: [] },
    { name: '青东法庭', kind: 'trial', teams: [] },
    { name: '朱家角法庭', kind: 'trial', teams: [] },
    { name: '西虹桥法庭', kind: 'trial', teams: [] },
    { name: '审判监督庭', kind: 'supervision', teams: [] },
    { name: '办公室', kind: 'administration', teams: ['电子档案整理中心'] },
    { name: '行装科', kind: 'administration', teams: [] },
  ],
  scanningPoints: [
    {
      code: 'lian',
      name: '立案庭标准化数据采集中心',
      description:
        '集中扫描全院各类案件立案阶段的纸质材料；立案庭、刑事审判庭、审判监督庭审理过程中形成的非原生电子材料也在此扫描。',
      // One link per department: 'all' already includes the filing stage.
      serves: caseDepartmentNames.map((department) => ({
        department,
        coverage: capturedThroughoutAtFilingCentre.includes(department) ? ('all' as const) : ('filing' as const),
      })),
    },
    {
      code: 'minshang',
      name: '民事·商事扫描点',
      description: '扫描民事审判庭、商事审判庭审理过程中形成的非原生电子材料。',
      serves: [
        { department: '民事审判庭', coverage: 'all' },
        { department: '商事审判庭', coverage: 'all' },
      ],
    },
    {
      code: 'qingdong',
      name: '青东法庭·执行局·执裁庭扫描点',
      description: '扫描青东法庭、执行局、执裁庭审理和执行过程中形成的非原生电子材料。',
      serves: [
        { department: '青东法庭', coverage: 'all' },
        { department: '执行局', coverage: 'all' },
        { department: '执裁庭', coverage: 'all' },
      ],
    },
    {
      code: 'xihongqiao',
      name: '西虹桥法庭扫描点',
      description: '扫描西虹桥法庭审理过程中形成的非原生电子材料。',
      serves: [{ department: '西虹桥法庭', coverage: 'all' }],
    },
    {
      code: 'zhujiajiao',
      name: '朱家角法庭扫描点',
      description: '扫描朱家角法庭审理过程中形成的非原生电子材料。',
      serves: [{ department: '朱家角法庭', coverage: 'all' }],
    },
  ],
};

/** Pinyin slugs of the departments, used in demo usernames (`judge-xingshi`, `clerk-qingdong` …). */
export const departmentSlugs: Record<string, string> = {
  立案庭: 'lian',
  刑事审判庭: 'xingshi',
  民事审判庭: 'minshi',
  商事审判庭: 'shangshi',
  执行局: 'zhixing',
  执裁庭: 'zhicai',
  青东法庭: 'qingdong',
  朱家角法庭: 'zhujiajiao',
  西虹桥法庭: 'xihongqiao',
  审判监督庭: 'shenjian',
  办公室: 'bangongshi',
  行装科: 'xingzhuang',
};
