import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Whether a source or value was checked against the law; UNVERIFIED defaults stand out. */
export function VerifiedTag({ verified }: { verified: boolean }) {
  const { t } = useTranslation();
  return verified ? <Tag color="green">{t('catalog.verified')}</Tag> : <Tag color="orange">{t('catalog.unverified')}</Tag>;
}
