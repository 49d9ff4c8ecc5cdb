import { Alert, Flex, Skeleton, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatDate } from '@/lib/format';
import { todayInVietnam } from '@/lib/today';
import { useHistoryChoices } from '../api/history';
import { CampaignEntry } from '../components/CampaignEntry';
import { ClusterEntry } from '../components/ClusterEntry';
import { DecisionEntry } from '../components/DecisionEntry';
import { DossierEntry } from '../components/DossierEntry';
import { ElectionEntry } from '../components/ElectionEntry';
import { FinalScoresEntry } from '../components/FinalScoresEntry';
import { RegistrationEntry } from '../components/RegistrationEntry';

/**
 * Nhập dữ liệu năm cũ: the secretariat enters an ended period's clusters, campaign, registrations, final scores,
 * election result, approved dossiers and decisions, one tab each in the order the year ran.
 */
export function PastYearEntryPage() {
  const { t } = useTranslation();
  const { periodId = '' } = useParams();
  const choices = useHistoryChoices(periodId);
  const c = choices.data;
  const ended = c ? c.period.endDate < todayInVietnam() : false;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {c ? t('pastYear.titleOf', { period: c.period.label }) : t('pastYear.title')}
      </Typography.Title>
      <Link to="/dashboard">{t('pastYear.back')}</Link>
      {choices.isPending && <Skeleton active />}
      {choices.isError && <ErrorAlert error={choices.error} />}
      {c && (
        <>
          <Typography.Text type="secondary">
            {t('pastYear.intro', { from: formatDate(c.period.startDate), to: formatDate(c.period.endDate) })}
          </Typography.Text>
          {!ended && <Alert type="warning" showIcon message={t('pastYear.live')} />}
          <Tabs
            items={[
              { key: 'clusters', label: t('pastYear.clusterEntry.title'), children: <ClusterEntry periodId={periodId} choices={c} /> },
              { key: 'campaign', label: t('pastYear.campaign.title'), children: <CampaignEntry periodId={periodId} choices={c} /> },
              { key: 'registration', label: t('pastYear.registration.title'), children: <RegistrationEntry periodId={periodId} choices={c} /> },
              { key: 'scores', label: t('pastYear.scores.title'), children: <FinalScoresEntry periodId={periodId} choices={c} /> },
              { key: 'election', label: t('pastYear.election.title'), children: <ElectionEntry periodId={periodId} choices={c} /> },
              { key: 'dossiers', label: t('pastYear.dossier.title'), children: <DossierEntry periodId={periodId} choices={c} /> },
              { key: 'decision', label: t('pastYear.decision.title'), children: <DecisionEntry periodId={periodId} /> },
            ]}
          />
        </>
      )}
    </Flex>
  );
}
