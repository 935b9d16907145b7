import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../api/auth.hooks';
import { FullPageError, FullPageSpin } from './page-state';

/** Renders the child routes only with a session; otherwise sends the user to /login and back. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <FullPageSpin />;
  if (me.isError) return <FullPageError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const from = location.pathname + location.search;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  return <Outlet />;
}
