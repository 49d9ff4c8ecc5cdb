import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignStatus, Registration } from '../api/campaigns';

const CAMPAIGN_COLORS: Record<CampaignStatus, string> = {
  DRAFT: 'default',
  LAUNCHED: 'blue',
  IN_PROGRESS: 'processing',
  FINAL_REVIEW: 'purple',
  CLOSED: 'green',
};

const REGISTRATION_COLORS: Record<Registration['status'], string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  APPROVED: 'green',
  RETURNED: 'orange',
};

export function CampaignStatusTag({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  return <Tag color={CAMPAIGN_COLORS[status]}>{t(`enums.campaignStatus.${status}`)}</Tag>;
}

export function RegistrationStatusTag({ status }: { status: Registration['status'] }) {
  const { t } = useTranslation();
  return <Tag color={REGISTRATION_COLORS[status]}>{t(`enums.registrationStatus.${status}`)}</Tag>;
}
