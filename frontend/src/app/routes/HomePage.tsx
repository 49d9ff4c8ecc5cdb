import { Card, Descriptions, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/auth/me';
import { isKnownRole } from '@/lib/auth/roles';

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();

  if (me.isPending) return <Skeleton active />;
  if (!me.data) return null; // the layout shows the error

  const { displayName, username, roles, unitName } = me.data;
  const knownRoles = roles.filter(isKnownRole);
  return (
    <Flex vertical gap={16} style={{ maxWidth: 900 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('home.welcome', { name: displayName })}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('home.intro')}
      </Typography.Paragraph>
      <Card title={t('home.account')}>
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'username', label: t('home.username'), children: username },
            {
              key: 'roles',
              label: t('home.roles'),
              children: (
                <Flex gap={4} wrap>
                  {knownRoles.map((role) => (
                    <Tag key={role} color="blue">
                      {t(`enums.role.${role}`)}
                    </Tag>
                  ))}
                </Flex>
              ),
            },
            { key: 'unit', label: t('home.unit'), children: unitName ?? t('home.noUnit') },
          ]}
        />
      </Card>
    </Flex>
  );
}
