import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '@/i18n';
import styles from './LanguageSwitch.module.css';

/**
 * Vietnamese first, English second; the choice is remembered in localStorage. Two toggle buttons in plain HTML
 * (it sits in the frame of the first page, which carries no Ant Design).
 */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <span className={styles.switch}>
      {!compact && <GlobalOutlined aria-hidden />}
      <span role="group" aria-label={t('header.language')} className={styles.group}>
        {LANGUAGES.map((language: Language) => (
          <button
            key={language}
            type="button"
            className={styles.option}
            aria-pressed={i18n.language === language}
            title={t(`enums.language.${language}`)}
            onClick={() => void changeLanguage(language)}
          >
            <span lang={language}>{language.toUpperCase()}</span>
          </button>
        ))}
      </span>
    </span>
  );
}
