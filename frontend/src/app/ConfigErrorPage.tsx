import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { LocalizedAntd } from '@/components/LocalizedAntd';

/** Shown when config.json is missing or wrong: nothing else can work without it. */
export function ConfigErrorPage({ error }: { error: unknown }) {
  return (
    <LocalizedAntd>
      <ConfigErrorMessage error={error} />
    </LocalizedAntd>
  );
}

function ConfigErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh', padding: 16 }}>
      <Alert type="error" showIcon message={t('config.error')} description={error instanceof Error ? error.message : String(error)} />
    </Flex>
  );
}
