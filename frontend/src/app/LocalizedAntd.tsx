import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const THEME = {
  token: {
    colorPrimary: '#1f4e8c',
    borderRadius: 6,
    // Each page's title is its one h1 (for screen readers), drawn at the size of an h3.
    fontSizeHeading1: 24,
    lineHeightHeading1: 1.33,
    // WCAG AA (4.5:1 on white): antd's default secondary grey and status text colours fall short.
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorErrorText: '#cf1322',
    colorSuccessText: '#237804',
    colorWarningText: '#ad4e00',
    // Links default to antd's blue (4.1:1 on white): follow the primary colour instead.
    colorLink: '#1f4e8c',
    // Coloured tags draw their text in shade 7 of the palette; a few shades 7 are too light on their tint.
    green7: '#237804',
    gold7: '#874d00',
    orange7: '#ad4e00',
    volcano7: '#ad2102',
    lime7: '#3f6600',
    cyan7: '#006d75',
  },
  components: {
    // "Không có dữ liệu" in lists is drawn in the disabled grey (1.8:1).
    List: { colorTextDisabled: 'rgba(0, 0, 0, 0.65)' },
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.65)' },
    Descriptions: { labelColor: 'rgba(0, 0, 0, 0.65)' },
    // "3/3" beside a complete progress bar is drawn in the success green (2.3:1).
    Progress: { colorSuccess: '#237804' },
  },
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
