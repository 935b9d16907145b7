import { describe, expect, it } from 'vitest';
import { roleConflict, roles } from '../../common/roles.js';
import { caseDepartmentsFor } from './access.js';

describe('case visibility by role', () => {
  const base = { departmentId: 'civil', scanningPointDepartmentIds: ['civil', 'commercial'] };

  it('gives court-wide readers every department', () => {
    expect(caseDepartmentsFor({ ...base, roles: ['archivist'] })).toBe('all');
    expect(caseDepartmentsFor({ ...base, roles: ['leader'] })).toBe('all');
    expect(caseDepartmentsFor({ ...base, roles: ['integration'] })).toBe('all');
  });

  it('limits clerks, judges and division heads to their department', () => {
    for (const r of ['clerk', 'judge', 'division_head'] as const) {
      expect(caseDepartmentsFor({ ...base, roles: [r] })).toEqual(['civil']);
    }
  });

  it('gives a scanner the departments his scanning point serves', () => {
    expect(caseDepartmentsFor({ roles: ['scanner'], departmentId: null, scanningPointDepartmentIds: ['civil', 'commercial'] })).toEqual([
      'civil',
      'commercial',
    ]);
  });

  it('gives the three administrators no case data (三员分立)', () => {
    for (const r of ['sysadmin', 'secadmin', 'auditor'] as const) {
      expect(caseDepartmentsFor({ ...base, roles: [r] })).toEqual([]);
    }
  });
});

describe('三员分立 role conflicts', () => {
  it('allows any single role and any mix of business roles', () => {
    for (const r of roles) expect(roleConflict([r])).toBeNull();
    expect(roleConflict(['clerk', 'scanner'])).toBeNull();
    expect(roleConflict(['judge', 'division_head'])).toBeNull();
  });

  it('refuses an administrator role combined with anything else', () => {
    expect(roleConflict(['sysadmin', 'auditor'])).toContain('三员分立');
    expect(roleConflict(['secadmin', 'clerk'])).toContain('书记员');
    expect(roleConflict(['judge', 'auditor'])).toContain('安全审计员');
  });
});
