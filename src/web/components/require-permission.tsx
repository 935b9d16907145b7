import type { ReactNode } from 'react';
import type { Permission } from '../../common/roles';
import { useMe } from '../api/auth.hooks';
import { Forbidden } from './forbidden';

/** Shows the page only to users holding the permission; the server enforces it again on every call. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { data: me } = useMe();
  if (!me?.permissions.includes(permission)) return <Forbidden />;
  return <>{children}</>;
}
