import type { ReactNode } from 'react';
import type { Permission } from '../../common/roles';
import { useMe } from '../api/auth.hooks';
import { Forbidden } from './forbidden';

/**
 * Shows the page only to users holding the permission (or any one of several); the server enforces
 * it again on every call.
 */
export function RequirePermission({ permission, children }: { permission: Permission | readonly Permission[]; children: ReactNode }) {
  const { data: me } = useMe();
  const wanted: readonly Permission[] = typeof permission === 'string' ? [permission] : permission;
  if (!wanted.some((p) => me?.permissions.includes(p))) return <Forbidden />;
  return <>{children}</>;
}
