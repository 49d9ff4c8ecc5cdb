import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Avatar, Button, Flex, Layout, Menu, Spin, theme, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { useMe } from '@/lib/auth/me';
import { activeNavPath, visibleNavItems } from '../navigation';
import { Logo } from './Logo';

export function AppLayout() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const auth = useAuth();
  const queryClient = useQueryClient();
  const location = useLocation();
  const me = useMe();
  const [collapsed, setCollapsed] = useState(false);

  const items = visibleNavItems(me.data?.roles).map((item) => ({
    key: item.path,
    icon: item.icon,
    label: <Link to={item.path}>{t(item.labelKey)}</Link>,
  }));
  const displayName = me.data?.displayName ?? auth.user?.profile.name ?? auth.user?.profile.preferred_username;

  const logout = async () => {
    queryClient.clear();
    await auth.signoutRedirect();
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        theme="light"
        width={232}
        breakpoint="lg"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
      >
        <Flex align="center" gap={10} style={{ height: 64, paddingInline: collapsed ? 24 : 20 }}>
          <Logo size={32} />
          {!collapsed && (
            <Typography.Text strong style={{ fontSize: 18 }}>
              {t('app.name')}
            </Typography.Text>
          )}
        </Flex>
        <nav aria-label={t('app.name')}>
          <Menu mode="inline" selectedKeys={[activeNavPath(location.pathname)]} items={items} style={{ borderInlineEnd: 0 }} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            paddingInline: 24,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 16,
          }}
        >
          <Typography.Text type="secondary" ellipsis>
            {t('app.tagline')}
          </Typography.Text>
          <Flex align="center" gap={16}>
            <LanguageSwitch />
            <Flex align="center" gap={8}>
              <Avatar size="small" icon={<UserOutlined />} />
              <Typography.Text data-testid="current-user">{displayName}</Typography.Text>
            </Flex>
            <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
              {t('header.logout')}
            </Button>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          {me.isError && (
            <div style={{ marginBottom: 16 }}>
              <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
            </div>
          )}
          <Suspense fallback={<Spin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
