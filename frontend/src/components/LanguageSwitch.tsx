import { GlobalOutlined } from '@ant-design/icons';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '@/i18n';

/** Vietnamese first, English second; the choice is remembered in localStorage. */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      {!compact && <GlobalOutlined aria-hidden />}
      <Segmented<Language>
        size="small"
        aria-label={t('header.language')}
        value={i18n.language as Language}
        onChange={(language) => void changeLanguage(language)}
        options={LANGUAGES.map((language) => ({
          value: language,
          label: <span lang={language}>{language.toUpperCase()}</span>,
          title: t(`enums.language.${language}`),
        }))}
      />
    </span>
  );
}
