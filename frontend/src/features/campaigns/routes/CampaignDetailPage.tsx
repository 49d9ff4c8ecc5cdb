import { App, Button, Descriptions, Flex, List, Popconfirm, Skeleton, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { EnteredAsHistory } from '@/components/EnteredAsHistory';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useMe } from '@/lib/auth/me';
import { hasAnyRole } from '@/lib/auth/roles';
import { formatDate, formatDateTime } from '@/lib/format';
import { useCampaign, useCampaignAction, useCampaignHistory, type CampaignAction, type CampaignDetail } from '../api/campaigns';
import { DocumentsPanel } from '../components/DocumentsPanel';
import { HistoryTable } from '../components/HistoryTable';
import { ParticipationPanel } from '../components/ParticipationPanel';
import { RegistrationsPanel } from '../components/RegistrationsPanel';
import { ReportsPanel } from '../components/ReportsPanel';
import { CampaignStatusTag } from '../components/StatusTags';
import { TotalsPanel } from '../components/TotalsPanel';
import { BackLink } from '@/components/BackLink';

const SECTOR_READERS = ['secretariat', 'admin', 'viewer', 'council-member', 'integration'] as const;

/** One campaign: its details and actions, registrations, totals, participation, reports and history. */
export function CampaignDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const me = useMe();
  const campaign = useCampaign(id);

  if (campaign.isPending) return <Skeleton active />;
  if (campaign.isError) return <ErrorAlert error={campaign.error} onRetry={() => void campaign.refetch()} />;
  const c = campaign.data;
  const isSecretariat = hasAnyRole(me.data?.roles, ['secretariat']);
  const readsAll = hasAnyRole(me.data?.roles, [...SECTOR_READERS]);

  const tabs = [
    { key: 'info', label: t('campaigns.info'), children: <InfoTab campaign={c} canEdit={isSecretariat} /> },
    ...(c.status !== 'DRAFT'
      ? [
          { key: 'registrations', label: t('registrations.title'), children: <RegistrationsPanel campaign={c} me={me.data} /> },
          { key: 'totals', label: t('registrations.totals'), children: <TotalsPanel campaignId={c.id} /> },
          ...(readsAll ? [{ key: 'participation', label: t('participation.title'), children: <ParticipationPanel campaignId={c.id} /> }] : []),
          { key: 'reports', label: t('reports.title'), children: <ReportsPanel campaign={c} me={me.data} /> },
        ]
      : []),
    { key: 'history', label: t('campaigns.history'), children: <HistoryTab id={c.id} /> },
  ];

  return (
    <Flex vertical gap={16}>
      <BackLink to="/campaigns">{t('campaigns.back')}</BackLink>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <Flex vertical gap={4}>
          <Typography.Title level={1} style={{ margin: 0 }}>
            {c.title}
          </Typography.Title>
          {c.slogan && <Typography.Text italic>“{c.slogan}”</Typography.Text>}
        </Flex>
        <Flex gap={8} align="center">
          <CampaignStatusTag status={c.status} />
          {isSecretariat && <ActionButtons campaign={c} />}
        </Flex>
      </Flex>
      <Tabs activeKey={search.get('tab') ?? 'info'} onChange={(tab) => setSearch({ tab }, { replace: true })} items={tabs} destroyOnHidden />
    </Flex>
  );
}

function ActionButtons({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const act = useCampaignAction(campaign.id);
  return (
    <Flex gap={8} vertical align="end">
      <Flex gap={8}>
        {(campaign.allowedActions as CampaignAction[]).map((action) => (
          <Popconfirm
            key={action}
            title={t('campaigns.confirmAction', { action: t(`actions.${action}`) })}
            onConfirm={() => act.mutateAsync(action).then(() => void message.success(t('campaigns.done')), () => undefined)}
          >
            <Button type="primary" loading={act.isPending}>
              {t(`actions.${action}`)}
            </Button>
          </Popconfirm>
        ))}
      </Flex>
      {act.isError && <ErrorAlert error={act.error} />}
    </Flex>
  );
}

function InfoTab({ campaign: c, canEdit }: { campaign: CampaignDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'type', label: t('campaigns.type'), children: t(`enums.campaignType.${c.type}`) },
          { key: 'scope', label: t('campaigns.scope'), children: t(`enums.campaignScope.${c.scope}`) },
          { key: 'launchingUnit', label: t('campaigns.launchingUnit'), children: c.launchingUnitName },
          { key: 'period', label: t('campaigns.period'), children: `${formatDate(c.startDate)} – ${formatDate(c.endDate)}` },
          { key: 'deadline', label: t('campaigns.registrationDeadline'), children: formatDate(c.registrationDeadline) || t('common.none') },
          { key: 'interim', label: t('campaigns.interimReportDue'), children: formatDate(c.interimReportDue) || t('common.none') },
          { key: 'final', label: t('campaigns.finalReportDue'), children: formatDate(c.finalReportDue) || t('common.none') },
          { key: 'launchedAt', label: t('campaigns.launchedAt'), children: c.launchedAt ? formatDateTime(c.launchedAt) : t('common.none') },
          { key: 'selector', label: t('campaigns.targetSelector'), children: t(`enums.targetSelector.${c.targetSelector}`) },
          ...(c.enteredBy
            ? [{ key: 'entered', label: t('common.history'), children: <EnteredAsHistory by={c.enteredBy} at={c.enteredAt} /> }]
            : []),
        ]}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('campaigns.goals')}
      </Typography.Title>
      <List
        size="small"
        bordered
        dataSource={c.goals}
        renderItem={(g) => (
          <List.Item>
            {g.text}
            {g.quantity != null && (
              <strong>
                {' '}
                — {g.quantity} {g.measure ?? ''}
              </strong>
            )}
          </List.Item>
        )}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('campaigns.targetUnits')} ({c.targetUnits.length})
      </Typography.Title>
      <List size="small" bordered dataSource={c.targetUnits} renderItem={(u) => <List.Item>{u.unitName ?? u.unitId}</List.Item>} />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('campaigns.documents')}
      </Typography.Title>
      <DocumentsPanel campaign={c} canEdit={canEdit} />
    </Flex>
  );
}

function HistoryTab({ id }: { id: string }) {
  const history = useCampaignHistory(id);
  if (history.isError) return <ErrorAlert error={history.error} />;
  return <HistoryTable entries={history.data ?? []} loading={history.isPending} />;
}
