import { Result } from 'antd';
import { Navigate } from 'react-router';
import { useMe } from '../../api/auth.hooks';
import { homePath } from '../../components/nav-items';

/** "/" goes to the first section the user may open. */
export function HomeRedirect() {
  const { data: me } = useMe();
  const home = homePath(me?.permissions ?? []);
  if (home) return <Navigate to={home} replace />;
  return <Result status="info" title="您的账号尚未分配任何功能" subTitle="请联系安全保密管理员分配角色。" />;
}
