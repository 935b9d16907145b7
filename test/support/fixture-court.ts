import type { CaseInput } from '../../src/common/api.js';
import type { DemoCourt } from '../../src/server/demo/demo-types.js';
import { qingpuCourt } from '../../src/server/demo/qingpu-court.js';

/**
 * A small court for medium tests: the real reference data of the demo court, a handful of
 * accounts (one per role) and a few cases in two departments.
 */
export function fixtureCourt(): DemoCourt {
  const cases: CaseInput[] = [
    {
      caseNumber: '（2021）沪0118民初1001号',
      externalId: 'TS-1001',
      causeOfAction: '金融借款合同纠纷',
      department: '民事审判庭',
      team: '速裁团队',
      judge: 'judge1',
      clerk: 'clerk1',
      filedAt: '2021-08-02',
      parties: [
        { name: '上海农村商业银行股份有限公司青浦支行', kind: 'financial_institution', role: '原告' },
        { name: '王建国', kind: 'natural_person', role: '被告' },
      ],
      flags: ['financial_institution_involved'],
    },
    {
      caseNumber: '(2021)沪0118民初1002号',
      causeOfAction: '物业服务合同纠纷',
      department: '民事审判庭',
      judge: 'judge1',
      clerk: 'clerk1',
      filedAt: '2021-09-15',
      closedAt: '2021-11-20',
      closingMethod: '调解',
      parties: [
        { name: '上海青浦物业管理有限公司', kind: 'legal_person', role: '原告' },
        { name: '李秀英', kind: 'natural_person', role: '被告' },
      ],
    },
    {
      caseNumber: '（2022）沪0118民初15号',
      causeOfAction: '民间借贷纠纷',
      department: '民事审判庭',
      judge: 'judge2',
      clerk: 'clerk1',
      filedAt: '2022-01-05',
      parties: [
        { name: '张伟', kind: 'natural_person', role: '原告' },
        { name: '赵敏', kind: 'natural_person', role: '被告' },
      ],
    },
    {
      caseNumber: '（2021）沪0118刑初301号',
      causeOfAction: '盗窃罪',
      department: '刑事审判庭',
      judge: 'judge-xs',
      clerk: 'clerk-xs',
      filedAt: '2021-08-01',
      closedAt: '2021-09-30',
      closingMethod: '判决',
      parties: [
        { name: '上海市青浦区人民检察院', kind: 'public_authority', role: '公诉机关' },
        { name: '刘强', kind: 'natural_person', role: '被告人' },
      ],
    },
  ];
  return {
    reference: qingpuCourt,
    users: [
      { username: 'scanner1', displayName: '扫描员甲', roles: ['scanner'], scanningPoint: '民事·商事扫描点' },
      { username: 'clerk1', displayName: '书记员甲', roles: ['clerk'], department: '民事审判庭' },
      { username: 'judge1', displayName: '法官甲', roles: ['judge'], department: '民事审判庭', team: '速裁团队' },
      { username: 'judge2', displayName: '法官乙', roles: ['judge'], department: '民事审判庭' },
      { username: 'clerk-xs', displayName: '书记员丙', roles: ['clerk'], department: '刑事审判庭' },
      { username: 'judge-xs', displayName: '沈宝琴', roles: ['judge'], department: '刑事审判庭' },
      { username: 'archivist1', displayName: '档案员甲', roles: ['archivist'], department: '办公室' },
      { username: 'leader1', displayName: '院领导甲', roles: ['leader'] },
      { username: 'sysadmin', displayName: '系统管理员', roles: ['sysadmin'] },
      { username: 'secadmin', displayName: '安全保密管理员', roles: ['secadmin'] },
      { username: 'auditor', displayName: '安全审计员', roles: ['auditor'] },
    ],
    cases,
  };
}
