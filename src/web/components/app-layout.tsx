import { LogoutOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Divider, Layout, Menu, Space, Tag, Typography } from 'antd';
import { Suspense } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { roleLabels } from '../../common/roles';
import { useLogout, useMe } from '../api/auth.hooks';
import { errorMessage } from '../api/client';
import { allowedNavItems, navItemFor } from './nav-items';
import { FullPageSpin } from './page-state';
import styles from './app-layout.module.css';

const { Sider, Header, Content } = Layout;

/** The signed-in frame: a menu fitted to the user's permissions, who is signed in, and the page. */
export function AppLayout() {
  const { data: me } = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = App.useApp();
  if (!me) return null;

  const items = allowedNavItems(me.permissions);
  const selected = navItemFor(location.pathname, items);

  const onLogout = () =>
    logout.mutate(undefined, {
      onSuccess: () => void navigate('/login', { replace: true }),
      onError: (error) => {
        void message.warning(errorMessage(error));
        void navigate('/login', { replace: true });
      },
    });

  return (
    <Layout className={styles.root}>
      <Sider width={200} theme="dark" className={styles.sider}>
        <div className={styles.brand}>
          <div className={styles.brandName}>卷宗库</div>
          <div className={styles.brandSub}>CaseVault</div>
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected.path] : []}
          items={items.map((i) => ({ key: i.path, icon: i.icon, label: i.label }))}
          onClick={({ key }) => void navigate(key)}
          data-testid="nav-menu"
        />
      </Sider>
      <Layout>
        <Header className={styles.header}>
          <Typography.Text type="secondary">电子诉讼档案单套制管理平台</Typography.Text>
          <Space size={4} className={styles.user} data-testid="current-user">
            <UserOutlined />
            <Typography.Text strong>{me.displayName}</Typography.Text>
            {me.department && <Typography.Text type="secondary">{me.department.name}</Typography.Text>}
            {me.roles.map((r) => (
              <Tag key={r} color="blue" variant="outlined">
                {roleLabels[r]}
              </Tag>
            ))}
            <Divider orientation="vertical" />
            {me.permissions.includes('signature.use') && (
              <Button type="text" icon={<SafetyCertificateOutlined />} onClick={() => void navigate('/me/certificates')} data-testid="my-certificates-link">
                我的签名证书
              </Button>
            )}
            <Button type="text" icon={<LogoutOutlined />} loading={logout.isPending} onClick={onLogout} data-testid="logout">
              退出登录
            </Button>
          </Space>
        </Header>
        <Content className={styles.content}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
