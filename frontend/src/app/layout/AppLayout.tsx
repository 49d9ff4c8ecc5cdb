import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Avatar, Button, Drawer, Dropdown, Flex, Grid, Layout, Menu, Spin, theme, Typography } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { useMe } from '@/lib/auth/me';
import { activeNavPath, visibleNavItems } from '../navigation';
import { Logo } from './Logo';

/**
 * The frame of every signed-in page. From Ant Design's `md` breakpoint up: a side menu and a header with the
 * user's name and "Đăng xuất". Below it (phones): the menu sits in a drawer behind a menu button and the
 * name and "Đăng xuất" in a dropdown, so the header fits 390 px.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const auth = useAuth();
  const queryClient = useQueryClient();
  const location = useLocation();
  const me = useMe();
  const screens = Grid.useBreakpoint();
  // Before the first measurement `md` is undefined: render the desktop frame rather than flash the phone one.
  const phone = screens.md === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);

  // A tap on a menu entry navigates: close the drawer behind it.
  useEffect(() => setDrawerOpen(false), [location.pathname]);

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

  const brand = (showName: boolean) => (
    <Flex align="center" gap={10} style={{ minWidth: 0 }}>
      <Logo size={32} />
      {showName && (
        <Typography.Text strong style={{ fontSize: 18, whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Typography.Text>
      )}
    </Flex>
  );
  const menu = (
    <nav aria-label={t('app.name')}>
      <Menu mode="inline" selectedKeys={[activeNavPath(location.pathname)]} items={items} style={{ borderInlineEnd: 0 }} />
    </nav>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!phone && (
        <Layout.Sider
          theme="light"
          width={232}
          breakpoint="lg"
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
        >
          <div style={{ height: 64, paddingInline: collapsed ? 24 : 20, display: 'flex', alignItems: 'center' }}>{brand(!collapsed)}</div>
          {menu}
        </Layout.Sider>
      )}
      {phone && (
        <Drawer
          placement="left"
          width={280}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={brand(true)}
          styles={{ body: { padding: 0 } }}
        >
          {menu}
        </Drawer>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            paddingInline: phone ? 12 : 24,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: phone ? 8 : 16,
          }}
        >
          {phone ? (
            <Flex align="center" gap={8} style={{ minWidth: 0 }}>
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('header.openMenu')}
                aria-expanded={drawerOpen}
                onClick={() => setDrawerOpen(true)}
              />
              {brand(true)}
            </Flex>
          ) : (
            <Typography.Text type="secondary" ellipsis style={{ minWidth: 0 }}>
              {t('app.tagline')}
            </Typography.Text>
          )}
          <Flex align="center" gap={phone ? 8 : 16} style={{ flex: 'none' }}>
            <LanguageSwitch compact={phone} />
            {phone ? (
              <Dropdown
                trigger={['click']}
                placement="bottomRight"
                menu={{
                  items: [
                    { key: 'name', label: <span data-testid="current-user">{displayName}</span>, disabled: true, style: { maxWidth: 260, whiteSpace: 'normal' } },
                    { type: 'divider' },
                    { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout'), onClick: () => void logout() },
                  ],
                }}
              >
                <Button type="text" shape="circle" aria-label={t('header.account', { name: displayName ?? '' })} icon={<Avatar size="small" icon={<UserOutlined />} />} />
              </Dropdown>
            ) : (
              <>
                <Flex align="center" gap={8} style={{ minWidth: 0 }}>
                  <Avatar size="small" icon={<UserOutlined />} />
                  {/* A long name stays on one line, cut with an ellipsis; the full name shows on hover. */}
                  <Typography.Text data-testid="current-user" ellipsis={{ tooltip: displayName }} style={{ maxWidth: 220 }}>
                    {displayName}
                  </Typography.Text>
                </Flex>
                <Button icon={<LogoutOutlined />} onClick={() => void logout()} style={{ flex: 'none' }}>
                  {t('header.logout')}
                </Button>
              </>
            )}
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
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
