import { describe, expect, it } from 'vitest';
import { departmentKinds, scanningCoverages } from '../../common/vocabulary.js';
import { caseDepartmentNames, departmentSlugs, qingpuCourt } from './qingpu-court.js';

const department = (name: string) => qingpuCourt.departments.find((d) => d.name === name);
const point = (name: string) => qingpuCourt.scanningPoints.find((p) => p.name === name);
const served = (name: string) =>
  Object.fromEntries((point(name)?.serves ?? []).map((s) => [s.department, s.coverage] as const));

describe('qingpuCourt', () => {
  it('is 青浦区人民法院, 沪0118', () => {
    expect(qingpuCourt.court.code).toBe('沪0118');
    expect(qingpuCourt.court.name).toBe('上海市青浦区人民法院');
    expect(qingpuCourt.court.fondsCode).toMatch(/^[A-Z]\d{3}$/);
  });

  it('has every department of the pilot plan with its kind', () => {
    const kinds = Object.fromEntries(qingpuCourt.departments.map((d) => [d.name, d.kind]));
    expect(kinds).toEqual({
      立案庭: 'filing',
      刑事审判庭: 'trial',
      民事审判庭: 'trial',
      商事审判庭: 'trial',
      执行局: 'enforcement',
      执裁庭: 'trial',
      青东法庭: 'trial',
      朱家角法庭: 'trial',
      西虹桥法庭: 'trial',
      审判监督庭: 'supervision',
      办公室: 'administration',
      行装科: 'administration',
    });
    for (const d of qingpuCourt.departments) {
      expect(departmentKinds).toContain(d.kind);
      expect(new Set(d.teams).size).toBe(d.teams.length);
      expect(departmentSlugs[d.name]).toMatch(/^[a-z]+$/);
    }
    expect(caseDepartmentNames).toEqual(qingpuCourt.departments.filter((d) => d.kind !== 'administration').map((d) => d.name));
  });

  it('has the teams the demo cases use', () => {
    expect(department('民事审判庭')?.teams).toEqual(expect.arrayContaining(['速裁团队', '家事团队']));
    expect(department('商事审判庭')?.teams).toContain('金融审判团队');
  });

  it('has the five scanning points of the plan, serving exactly the departments it names', () => {
    expect(qingpuCourt.scanningPoints.map((p) => p.name)).toEqual([
      '立案庭标准化数据采集中心',
      '民事·商事扫描点',
      '青东法庭·执行局·执裁庭扫描点',
      '西虹桥法庭扫描点',
      '朱家角法庭扫描点',
    ]);
    expect(served('立案庭标准化数据采集中心')).toEqual({
      立案庭: 'all',
      刑事审判庭: 'all',
      民事审判庭: 'filing',
      商事审判庭: 'filing',
      执行局: 'filing',
      执裁庭: 'filing',
      青东法庭: 'filing',
      朱家角法庭: 'filing',
      西虹桥法庭: 'filing',
      审判监督庭: 'all',
    });
    expect(served('民事·商事扫描点')).toEqual({ 民事审判庭: 'all', 商事审判庭: 'all' });
    expect(served('青东法庭·执行局·执裁庭扫描点')).toEqual({ 青东法庭: 'all', 执行局: 'all', 执裁庭: 'all' });
    expect(served('西虹桥法庭扫描点')).toEqual({ 西虹桥法庭: 'all' });
    expect(served('朱家角法庭扫描点')).toEqual({ 朱家角法庭: 'all' });
  });

  it('links scanning points only to existing departments, once each, with a known coverage', () => {
    for (const p of qingpuCourt.scanningPoints) {
      expect(p.description.length).toBeGreaterThan(0);
      expect(new Set(p.serves.map((s) => s.department)).size).toBe(p.serves.length);
      for (const s of p.serves) {
        expect(department(s.department)).toBeDefined();
        expect(scanningCoverages).toContain(s.coverage);
      }
    }
  });

  it('gives every case department the filing-stage capture and a point for its trial materials', () => {
    for (const name of caseDepartmentNames) {
      expect(served('立案庭标准化数据采集中心')[name]).toBeDefined();
      const all = qingpuCourt.scanningPoints.filter((p) => p.serves.some((s) => s.department === name && s.coverage === 'all'));
      expect(all, name).toHaveLength(1);
    }
  });
});
