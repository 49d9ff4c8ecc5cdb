import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/auth/me';
import { isKnownRole } from '@/lib/auth/roles';
import { useRuntimeConfig } from '@/lib/config-context';

/** Administration starts small: what this browser session is connected to, for support calls. */
export function AdminPage() {
  const { t, i18n } = useTranslation();
  const config = useRuntimeConfig();
  const me = useMe();

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('admin.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('admin.description')}
      </Typography.Paragraph>
      <Card title={t('admin.config')}>
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'api', label: t('admin.apiBaseUrl'), children: <Typography.Text code>{config.apiBaseUrl}</Typography.Text> },
            { key: 'authority', label: t('admin.oidcAuthority'), children: <Typography.Text code>{config.oidcAuthority}</Typography.Text> },
            { key: 'client', label: t('admin.oidcClientId'), children: <Typography.Text code>{config.oidcClientId}</Typography.Text> },
            { key: 'language', label: t('admin.language'), children: i18n.language },
            {
              key: 'roles',
              label: t('home.roles'),
              children: (me.data?.roles ?? []).map((role) => <Tag key={role}>{isKnownRole(role) ? t(`enums.role.${role}`) : role}</Tag>),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
