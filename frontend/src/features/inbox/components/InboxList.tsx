import { ClockCircleOutlined, ExclamationCircleFilled, RightOutlined } from '@ant-design/icons';
import { Collapse, Empty, Flex, List, Tag, theme, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WorkingDaysLeft } from '@/components/WorkingDaysLeft';
import { formatDate } from '@/lib/format';
import type { InboxItem } from '../api/inbox';
import { groupByHorizon, HORIZON_DAYS } from '../lib/horizon';

type Props = { items: InboxItem[]; roles: string[]; asOf: string };

/**
 * The caller's to-do items. What matters now (overdue, marked red, then due within two weeks, then undated)
 * is listed; later deadlines are folded under "Sắp tới". Each item is one tap from its page.
 */
export function InboxList({ items, roles, asOf }: Props) {
  const { t } = useTranslation();
  if (items.length === 0) {
    const hint = roles.includes('unit-officer')
      ? 'inbox.emptyOfficer'
      : roles.includes('secretariat')
        ? 'inbox.emptySecretariat'
        : roles.includes('viewer') || roles.includes('admin')
          ? 'inbox.emptyViewer'
          : 'inbox.emptyOther';
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span>{t('inbox.empty')} {t(hint)}</span>} />;
  }
  const { now, later } = groupByHorizon(items, asOf);
  return (
    <Flex vertical gap={12}>
      {now.length > 0 ? (
        <ItemList items={now} label={t('inbox.title')} />
      ) : (
        <Typography.Text type="secondary">{t('inbox.nothingSoon', { count: HORIZON_DAYS })}</Typography.Text>
      )}
      {later.length > 0 && (
        <Collapse
          size="small"
          items={[
            {
              key: 'later',
              label: t('inbox.upcoming', { count: later.length }),
              children: <ItemList items={later} label={t('inbox.upcomingLabel')} />,
            },
          ]}
        />
      )}
    </Flex>
  );
}

function ItemList({ items, label }: { items: InboxItem[]; label: string }) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  return (
    <List<InboxItem>
      aria-label={label}
      dataSource={items}
      renderItem={(item) => (
        <List.Item
          key={`${item.kind}-${item.objectId}-${item.detail ?? ''}`}
          style={
            item.overdue
              ? { background: token.colorErrorBg, borderInlineStart: `4px solid ${token.colorErrorText}`, paddingInline: 12 }
              : { paddingInline: 16 }
          }
          data-testid="inbox-item"
        >
          <Flex vertical gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Flex gap={8} wrap align="center">
              <Tag color={item.overdue ? 'red' : 'blue'}>{kindLabel(item.kind, t, i18n.exists.bind(i18n))}</Tag>
              <Link to={item.route} style={{ overflowWrap: 'anywhere' }}>
                <Typography.Text strong style={{ color: 'inherit' }}>
                  {item.title}
                </Typography.Text>{' '}
                <RightOutlined aria-hidden style={{ fontSize: 10 }} />
              </Link>
            </Flex>
            <Flex gap={12} wrap>
              {item.detail && <Typography.Text type="secondary">{detailText(item, t)}</Typography.Text>}
              {item.due && (
                <Typography.Text type={item.overdue ? 'danger' : 'secondary'}>
                  {item.overdue ? <ExclamationCircleFilled aria-hidden /> : <ClockCircleOutlined aria-hidden />}{' '}
                  {item.overdue ? t('inbox.overdueSince', { date: formatDate(item.due) }) : t('inbox.due', { date: formatDate(item.due) })}
                </Typography.Text>
              )}
              <WorkingDaysLeft workingDaysLeft={item.workingDaysLeft} overdue={item.overdue} />
            </Flex>
          </Flex>
        </List.Item>
      )}
    />
  );
}

/** Kinds this build does not know yet (the server may add some) get a generic label rather than a raw code. */
function kindLabel(kind: string, t: TFunction, exists: (key: string) => boolean): string {
  const key = `inbox.kind.${kind}`;
  return exists(key) ? t(key as 'inbox.kind.OTHER') : t('inbox.kind.OTHER');
}

function detailText(item: InboxItem, t: TFunction): string {
  const detail = item.detail ?? '';
  switch (item.kind) {
    case 'CAMPAIGN_REPORT_DUE':
      return t(`inbox.stage.${detail}`, detail);
    case 'REGISTRATIONS_TO_SUBMIT':
    case 'REGISTRATIONS_TO_APPROVE':
      return t('inbox.registrations', { count: Number(detail) });
    case 'BALLOT_TO_CAST':
      return t('inbox.round', { round: detail });
    case 'SHEET_TO_FILL':
    case 'SHEET_TO_SUBMIT':
      return t('inbox.state', { state: t(`enums.sheetStatus.${detail}`, detail) });
    case 'SESSION_TO_RUN':
      return t('inbox.state', { state: t(`voting.status.${detail}`, detail) });
    default:
      return detail;
  }
}
