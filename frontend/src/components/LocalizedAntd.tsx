import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const THEME = {
  token: { colorPrimary: '#1f4e8c', borderRadius: 6 },
};

/** Ant Design (and dayjs) follow the language chosen in i18next. */
export function LocalizedAntd({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';

  useEffect(() => {
    dayjs.locale(english ? 'en' : 'vi');
    document.documentElement.lang = english ? 'en' : 'vi';
  }, [english]);

  return (
    <ConfigProvider locale={english ? enUS : viVN} theme={THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
