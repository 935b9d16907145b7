import { describe, expect, it } from 'vitest';
import { userCreate } from '../../common/api.js';
import { roleConflict } from '../../common/roles.js';
import { famousNames } from './demo-parties.js';
import { demoUsers } from './demo-users.js';
import { caseDepartmentNames, qingpuCourt } from './qingpu-court.js';

const users = demoUsers();
const byName = (username: string) => users.find((u) => u.username === username);
const usernameRule = /^[a-z][a-z0-9_.-]{2,31}$/;

describe('demoUsers', () => {
  it('has the required accounts with their roles and places', () => {
    expect(byName('scanner1')).toMatchObject({ roles: ['scanner'], scanningPoint: '民事·商事扫描点' });
    expect(byName('clerk1')).toMatchObject({ roles: ['clerk'], department: '民事审判庭' });
    expect(byName('judge1')).toMatchObject({ roles: ['judge'], department: '民事审判庭' });
    expect(byName('judge1')?.displayName).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
    expect(byName('archivist1')).toMatchObject({ roles: ['archivist'], department: '办公室' });
    expect(byName('leader1')?.roles).toEqual(['leader']);
    expect(byName('sysadmin')?.roles).toEqual(['sysadmin']);
    expect(byName('secadmin')?.roles).toEqual(['secadmin']);
    expect(byName('auditor')?.roles).toEqual(['auditor']);
  });

  it('has the judges the pilot plan names, in their departments', () => {
    const shen = users.filter((u) => u.displayName === '沈宝琴');
    const chen = users.filter((u) => u.displayName === '陈薇');
    expect(shen).toHaveLength(1);
    expect(chen).toHaveLength(1);
    expect(shen[0]).toMatchObject({ department: '刑事审判庭', username: 'judge-xingshi' });
    expect(shen[0]?.roles).toContain('judge');
    expect(chen[0]).toMatchObject({ department: '青东法庭', username: 'judge-qingdong' });
    expect(chen[0]?.roles).toContain('judge');
  });

  it('uses valid, unique usernames that the account API would accept', () => {
    expect(new Set(users.map((u) => u.username)).size).toBe(users.length);
    for (const u of users) {
      expect(u.username).toMatch(usernameRule);
      expect(() =>
        userCreate.parse({ username: u.username, displayName: u.displayName, password: 'Demo@2021' }),
      ).not.toThrow();
    }
  });

  it('uses unique, realistic Chinese display names of nobody famous', () => {
    expect(new Set(users.map((u) => u.displayName)).size).toBe(users.length);
    for (const u of users) {
      expect(u.displayName).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
      expect(famousNames.has(u.displayName), u.displayName).toBe(false);
    }
  });

  it('gives every case department a division head, a clerk and 2–4 judges, with pinyin usernames', () => {
    for (const d of caseDepartmentNames) {
      const members = users.filter((u) => u.department === d);
      const judges = members.filter((u) => u.roles.includes('judge'));
      expect(judges.length, d).toBeGreaterThanOrEqual(2);
      expect(judges.length, d).toBeLessThanOrEqual(4);
      expect(members.some((u) => u.roles.includes('clerk')), d).toBe(true);
      expect(members.filter((u) => u.roles.includes('division_head')), d).toHaveLength(1);
    }
    for (const slug of ['lian', 'xingshi', 'shangshi', 'zhixing', 'zhicai', 'qingdong', 'zhujiajiao', 'xihongqiao', 'shenjian']) {
      expect(byName(`judge-${slug}`)?.roles).toContain('judge');
      expect(byName(`clerk-${slug}`)?.roles).toContain('clerk');
    }
  });

  it('places everyone in an existing department, team and scanning point', () => {
    const departments = new Map(qingpuCourt.departments.map((d) => [d.name, d]));
    const points = new Set(qingpuCourt.scanningPoints.map((p) => p.name));
    for (const u of users) {
      if (u.department) expect(departments.has(u.department), u.username).toBe(true);
      if (u.team) expect(departments.get(u.department ?? '')?.teams, u.username).toContain(u.team);
      if (u.scanningPoint) expect(points.has(u.scanningPoint), u.username).toBe(true);
    }
  });

  it('has at least one scanner per scanning point, and scanners only there', () => {
    for (const p of qingpuCourt.scanningPoints) {
      expect(users.some((u) => u.roles.includes('scanner') && u.scanningPoint === p.name), p.name).toBe(true);
    }
    for (const u of users) expect(Boolean(u.scanningPoint), u.username).toBe(u.roles.includes('scanner'));
  });

  it('respects the separation of the three administrators', () => {
    for (const u of users) expect(roleConflict(u.roles), u.username).toBeNull();
    for (const admin of ['sysadmin', 'secadmin', 'auditor']) {
      expect(byName(admin)?.department).toBeUndefined();
    }
  });
});
