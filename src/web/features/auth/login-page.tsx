import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useLogin, useMe } from '../../api/auth.hooks';
import { errorMessage } from '../../api/client';
import { homePath, mayOpen, navItemFor } from '../../components/nav-items';
import styles from './login-page.module.css';

interface LoginForm {
  username: string;
  password: string;
}

/**
 * Where to go after signing in: back to the page that asked for it, if this user may open it (the
 * session may have expired under someone else), else the user's home.
 */
function target(from: unknown, permissions: readonly string[]): string {
  const home = homePath(permissions) ?? '/';
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/login')) return home;
  const section = navItemFor(from);
  return section && !mayOpen(section, permissions) ? home : from;
}

export function LoginPage() {
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;

  if (me.data) return <Navigate to={target(from, me.data.permissions)} replace />;

  const onFinish = (values: LoginForm) =>
    login.mutate(values, { onSuccess: (res) => void navigate(target(from, res.user.permissions), { replace: true }) });

  return (
    <div className={styles.page}>
      <Card className={styles.card} variant="borderless">
        <div className={styles.heading}>
          <Typography.Title level={2} className={styles.title}>
            卷宗库 <span className={styles.latin}>CaseVault</span>
          </Typography.Title>
          <Typography.Text type="secondary">电子诉讼档案单套制管理平台</Typography.Text>
        </div>
        {login.isError && (
          <Alert type="error" showIcon title={errorMessage(login.error)} className={styles.alert} data-testid="login-error" />
        )}
        <Form<LoginForm> layout="vertical" size="large" onFinish={onFinish} requiredMark={false} disabled={login.isPending}>
          <Form.Item name="username" label="用户名" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
            登录
          </Button>
        </Form>
      </Card>
      <Typography.Text className={styles.footer}>仅限授权人员使用 · 所有操作均记入审计日志</Typography.Text>
    </div>
  );
}
