import type { AuditQuery } from '../../../common/api';

export const auditPageSize = 20;

/** The audit log's filters as they live in the URL query string. */
export interface AuditFilters {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  /** 'YYYY-MM-DD', inclusive. */
  from?: string;
  to?: string;
}

const keys = ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function parseAuditParams(params: URLSearchParams): { filters: AuditFilters; page: number } {
  const filters: AuditFilters = {};
  for (const key of keys) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if ((key === 'from' || key === 'to') && !isoDate.test(value)) continue;
    filters[key] = value;
  }
  const page = Number(params.get('page'));
  return { filters, page: Number.isInteger(page) && page > 1 ? page : 1 };
}

export function toAuditParams(filters: AuditFilters, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  if (page > 1) params.set('page', String(page));
  return params;
}

export function toAuditQuery(filters: AuditFilters, page: number): AuditQuery {
  return { ...filters, limit: auditPageSize, offset: (page - 1) * auditPageSize };
}
