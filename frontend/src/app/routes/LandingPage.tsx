import { LoginOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { currentLocationAsReturnTo, type SigninState } from '@/lib/auth/oidc';
import { Logo } from '../layout/Logo';

/** What a signed-out visitor sees: who we are and one button to the identity provider. */
export function LandingPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const login = () => {
    const state: SigninState = { returnTo: currentLocationAsReturnTo() };
    void auth.signinRedirect({ state });
  };

  return (
    <Flex vertical style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <Flex justify="flex-end" style={{ padding: 16 }}>
        <LanguageSwitch />
      </Flex>
      <Flex flex={1} align="center" justify="center" style={{ padding: 16 }}>
        <Card style={{ width: 480, maxWidth: '100%' }}>
          <Flex vertical align="center" gap={16} style={{ textAlign: 'center' }}>
            <Logo size={56} />
            <div>
              <Typography.Title level={2} style={{ margin: 0 }}>
                {t('app.name')}
              </Typography.Title>
              <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
            </div>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('landing.title')}
            </Typography.Title>
            <Typography.Paragraph style={{ margin: 0 }}>{t('landing.description')}</Typography.Paragraph>
            {auth.error && <Alert type="error" showIcon message={t('auth.error')} description={auth.error.message} style={{ textAlign: 'start' }} />}
            <Button type="primary" size="large" icon={<LoginOutlined />} onClick={login} loading={!!auth.activeNavigator}>
              {auth.error ? t('auth.retry') : t('landing.login')}
            </Button>
            <Typography.Text type="secondary">{t('landing.hint')}</Typography.Text>
          </Flex>
        </Card>
      </Flex>
    </Flex>
  );
}
