import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's `lang` (screen readers, hyphenation) and dayjs follow the language chosen in i18next. */
export function DocumentLanguage({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  useEffect(() => {
    dayjs.locale(english ? 'en' : 'vi');
    document.documentElement.lang = english ? 'en' : 'vi';
  }, [english]);
  return <>{children}</>;
}
