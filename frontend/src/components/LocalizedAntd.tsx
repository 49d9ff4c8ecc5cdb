// Lets antd's static methods (message, Modal.confirm) render with React 19; loaded with the first antd component.
import '@ant-design/v5-patch-for-react-19';
import { App as AntApp, ConfigProvider } from 'antd';
import type { FormProps } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import type { TFunction } from 'i18next';
import { useMemo, type ReactNode } from 'react';
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

type ValidateMessages = NonNullable<FormProps['validateMessages']>;

/**
 * Form messages in the user's language, from our dictionaries rather than Ant Design's: plain sentences (antd's
 * own show the regular expression of a pattern rule to the user). `${label}` etc. are antd's placeholders.
 */
export function validateMessages(t: TFunction): ValidateMessages {
  const type = t('validation.types.default');
  return {
    default: t('validation.default'),
    required: t('validation.required'),
    whitespace: t('validation.whitespace'),
    enum: t('validation.enum'),
    date: { format: t('validation.date.format'), parse: t('validation.date.parse'), invalid: t('validation.date.invalid') },
    types: {
      string: type,
      method: type,
      array: type,
      object: type,
      date: type,
      boolean: type,
      regexp: type,
      hex: type,
      number: t('validation.types.number'),
      integer: t('validation.types.integer'),
      float: t('validation.types.number'),
      email: t('validation.types.email'),
      url: t('validation.types.url'),
    },
    string: { len: t('validation.string.len'), min: t('validation.string.min'), max: t('validation.string.max'), range: t('validation.string.range') },
    number: { len: t('validation.number.len'), min: t('validation.number.min'), max: t('validation.number.max'), range: t('validation.number.range') },
    array: { len: t('validation.array.len'), min: t('validation.array.min'), max: t('validation.array.max'), range: t('validation.array.range') },
    pattern: { mismatch: t('validation.pattern') },
  };
}

/** Ant Design follows the language chosen in i18next (dayjs and the page's lang: `DocumentLanguage`). */
export function LocalizedAntd({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const form = useMemo(() => ({ validateMessages: validateMessages(t) }), [t]);

  return (
    <ConfigProvider locale={english ? enUS : viVN} theme={THEME} form={form}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
