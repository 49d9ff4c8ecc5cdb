import { ClockCircleOutlined, ExclamationCircleFilled, RightOutlined } from '@ant-design/icons';
import { Empty, Flex, List, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import type { InboxItem } from '../api/inbox';

/** The caller's to-do items: overdue ones in red, each one click from its page. */
export function InboxList({ items, roles }: { items: InboxItem[]; roles: string[] }) {
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
  return (
    <List<InboxItem>
      aria-label={t('inbox.title')}
      dataSource={items}
      renderItem={(item) => (
        <List.Item
          key={`${item.kind}-${item.objectId}-${item.detail ?? ''}`}
          style={item.overdue ? { background: '#fff1f0', borderLeft: '4px solid #cf1322', paddingLeft: 12 } : { paddingLeft: 16 }}
          data-testid="inbox-item"
        >
          <Flex vertical gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Flex gap={8} wrap align="center">
              <Tag color={item.overdue ? 'red' : 'blue'}>{t(`inbox.kind.${item.kind}`)}</Tag>
              <Link to={item.route}>
                <Typography.Text strong>{item.title}</Typography.Text> <RightOutlined style={{ fontSize: 10 }} />
              </Link>
            </Flex>
            <Flex gap={12} wrap>
              {item.detail && <Typography.Text type="secondary">{detailText(item, t)}</Typography.Text>}
              {item.due && (
                <Typography.Text type={item.overdue ? 'danger' : 'secondary'}>
                  {item.overdue ? <ExclamationCircleFilled /> : <ClockCircleOutlined />}{' '}
                  {item.overdue ? t('inbox.overdueSince', { date: formatDate(item.due) }) : t('inbox.due', { date: formatDate(item.due) })}
                </Typography.Text>
              )}
            </Flex>
          </Flex>
        </List.Item>
      )}
    />
  );
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
      return t('inbox.state', { state: detail });
    default:
      return detail;
  }
}
