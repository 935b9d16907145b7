import { describe, expect, it } from 'vitest';
import { allowedNavItems, homePath, navItemFor } from './nav-items';

describe('nav items', () => {
  it('shows 试点范围 to scope managers and 试点覆盖 also to whoever reads every case', () => {
    const leader = allowedNavItems(['case.read', 'case.read.all', 'scope.manage', 'scan.manage']).map((i) => i.label);
    expect(leader).toEqual(['案件', '归档期限', '验证签名', '试点范围', '试点覆盖', '扫描质量统计']);
    const archivist = allowedNavItems(['case.read', 'case.read.all', 'scan.manage']).map((i) => i.label);
    expect(archivist).toEqual(['案件', '归档期限', '验证签名', '试点覆盖', '扫描质量统计']);
    expect(allowedNavItems(['case.read']).map((i) => i.label)).toEqual(['案件', '归档期限', '验证签名']);
    expect(homePath(['audit.read'])).toBe('/audit');
  });

  it('shows 编目模板 to whoever may adjust catalogue templates (档案管理员, 院领导)', () => {
    const archivist = allowedNavItems(['case.read', 'case.read.all', 'scan.manage', 'catalogue.template']).map((i) => i.label);
    expect(archivist).toEqual(['案件', '归档期限', '验证签名', '试点覆盖', '扫描质量统计', '编目模板']);
    expect(allowedNavItems(['case.read', 'catalogue.edit']).map((i) => i.label)).not.toContain('编目模板');
    expect(navItemFor('/catalogue-templates?kind=civil_first_instance')?.label).toBe('编目模板');
  });

  it('shows 接收归档 and 档案 to the 档案管理员 only', () => {
    const archivist = allowedNavItems(['case.read', 'case.read.all', 'scan.manage', 'catalogue.template', 'signature.use', 'archive.receive']).map((i) => i.label);
    expect(archivist).toEqual(['案件', '接收归档', '档案', '归档期限', '验证签名', '试点覆盖', '扫描质量统计', '编目模板']);
    expect(allowedNavItems(['case.read', 'review.decide']).map((i) => i.label)).not.toContain('接收归档');
    expect(navItemFor('/archives/J001%C2%B72025%C2%B7Y%C2%B70001')?.label).toBe('档案');
    expect(navItemFor('/reception')?.label).toBe('接收归档');
    expect(navItemFor('/cases/abc/reception')?.label).toBe('接收归档');
    expect(navItemFor('/cases/abc/reception', allowedNavItems(['case.read']))?.label).toBe('案件');
  });

  it('starts a scanning operator at the scanning station', () => {
    expect(allowedNavItems(['case.read', 'scan.operate']).map((i) => i.label)).toEqual(['扫描工作台', '案件', '归档期限', '验证签名']);
    expect(homePath(['case.read', 'scan.operate'])).toBe('/scanning');
    expect(homePath(['case.read', 'material.upload'])).toBe('/cases');
  });

  it('shows 签名证书与印章 to the 安全保密管理员 only', () => {
    expect(allowedNavItems(['role.assign', 'pki.manage']).map((i) => i.label)).toEqual(['角色与权限', '签名证书与印章']);
    expect(allowedNavItems(['case.read', 'signature.use']).map((i) => i.label)).not.toContain('签名证书与印章');
    expect(navItemFor('/admin/pki?tab=seals')?.label).toBe('签名证书与印章');
  });

  it('finds the section of a location by its longest path', () => {
    expect(navItemFor('/scope')?.label).toBe('试点范围');
    expect(navItemFor('/scope?draft=2')?.label).toBe('试点范围');
    expect(navItemFor('/scope/coverage?asOf=2021-12-31')?.label).toBe('试点覆盖');
    expect(navItemFor('/cases/abc')?.label).toBe('案件');
    expect(navItemFor('/deadlines?scope=court')?.label).toBe('归档期限');
    expect(navItemFor('/signatures/verify')?.label).toBe('验证签名');
    expect(navItemFor('/scopes')).toBeUndefined();
    expect(navItemFor('/scanning/batches/b1')?.label).toBe('扫描工作台');
    expect(navItemFor('/scanning/stats?from=2025-01-01')?.label).toBe('扫描质量统计');
  });
});
