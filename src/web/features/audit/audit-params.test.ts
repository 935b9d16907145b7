import { describe, expect, it } from 'vitest';
import { parseAuditParams, toAuditParams, toAuditQuery } from './audit-params';

describe('audit log URL parameters', () => {
  it('round-trips the filters and the page', () => {
    const filters = { actor: '徐丽', action: 'case.update', entityType: 'case', entityId: 'c1', from: '2025-01-01', to: '2025-01-31' };
    expect(parseAuditParams(new URLSearchParams(toAuditParams(filters, 2).toString()))).toEqual({ filters, page: 2 });
  });

  it('ignores dates that are not YYYY-MM-DD', () => {
    expect(parseAuditParams(new URLSearchParams('from=2025/01/01&to=yesterday')).filters).toEqual({});
  });

  it('turns the page into limit and offset', () => {
    expect(toAuditQuery({}, 2)).toEqual({ limit: 20, offset: 20 });
  });
});
