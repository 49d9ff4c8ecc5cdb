import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Segmented, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useListParams } from '@/hooks/use-list-params';
import { useMe } from '@/lib/auth/me';
import { hasAnyRole } from '@/lib/auth/roles';
import { formatDate } from '@/lib/format';
import { useCampaigns, type Campaign, type CampaignStatus } from '../api/campaigns';
import { CampaignStatusTag } from '../components/StatusTags';

const STATUSES: CampaignStatus[] = ['DRAFT', 'LAUNCHED', 'IN_PROGRESS', 'FINAL_REVIEW', 'CLOSED'];

/** All campaigns, or those delivered to the caller's unit (its inbox). */
export function CampaignsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const isSecretariat = hasAnyRole(me.data?.roles, ['secretariat']);
  const hasUnit = !!me.data?.unitId;
  const { params, get, update } = useListParams({ size: 20 });
  const inbox = get('view') === 'inbox';
  const status = get('status') as CampaignStatus | undefined;
  const campaigns = useCampaigns({ ...params, status }, inbox);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('campaigns.title')}
        </Typography.Title>
        {isSecretariat && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/campaigns/new')}>
            {t('campaigns.create')}
          </Button>
        )}
      </Flex>
      <Flex gap={8} wrap align="center">
        {hasUnit && (
          <Segmented
            value={inbox ? 'inbox' : 'all'}
            onChange={(v) => update({ view: v === 'inbox' ? 'inbox' : undefined })}
            options={[
              { value: 'all', label: t('campaigns.all') },
              { value: 'inbox', label: t('campaigns.inbox') },
            ]}
          />
        )}
        {!inbox && (
          <Input.Search
            key={params.q ?? ''}
            defaultValue={params.q}
            allowClear
            enterButton
            placeholder={t('campaigns.searchPlaceholder')}
            aria-label={t('campaigns.searchPlaceholder')}
            onSearch={(q) => update({ q: q.trim() })}
            style={{ width: 340 }}
          />
        )}
        <Select
          allowClear
          value={status}
          placeholder={t('campaigns.statusPlaceholder')}
          aria-label={t('campaigns.statusPlaceholder')}
          onChange={(v: string | undefined) => update({ status: v })}
          options={STATUSES.filter((s) => isSecretariat || s !== 'DRAFT').map((s) => ({ value: s, label: t(`enums.campaignStatus.${s}`) }))}
          style={{ width: 200 }}
        />
      </Flex>
      {campaigns.isError && <ErrorAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} />}
      <Table<Campaign>
        rowKey="id"
        size="middle"
        loading={campaigns.isFetching}
        dataSource={campaigns.data?.items ?? []}
        pagination={{
          current: params.page + 1,
          pageSize: params.size,
          total: campaigns.data?.total ?? 0,
          onChange: (page, size) => update({ page: page - 1, size }),
          showTotal: (all, [from, to]) => t('common.total', { from, to, total: all }),
        }}
        columns={[
          { key: 'title', dataIndex: 'title', title: t('campaigns.titleLabel'), render: (title: string, c) => <Link to={`/campaigns/${c.id}`}>{title}</Link> },
          { key: 'type', dataIndex: 'type', title: t('campaigns.type'), width: 130, render: (v: Campaign['type']) => t(`enums.campaignType.${v}`) },
          { key: 'launchingUnitName', dataIndex: 'launchingUnitName', title: t('campaigns.launchingUnit'), width: 200 },
          { key: 'period', title: t('campaigns.period'), width: 210, render: (_v, c) => `${formatDate(c.startDate)} – ${formatDate(c.endDate)}` },
          { key: 'targetUnitCount', dataIndex: 'targetUnitCount', title: t('campaigns.targetUnitCount'), width: 100, align: 'right' },
          { key: 'status', dataIndex: 'status', title: t('campaigns.status'), width: 150, render: (s: CampaignStatus) => <CampaignStatusTag status={s} /> },
        ]}
      />
    </Flex>
  );
}
