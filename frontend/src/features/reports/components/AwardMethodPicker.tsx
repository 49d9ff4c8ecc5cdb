import { Button, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { AWARD_METHODS, useSetAwardMethod, type AwardMethod } from '../api/statistics';

/** Records the award method (phương thức khen thưởng) of one unclassified ledger row, from the statistics form. */
export function AwardMethodPicker({ awardId }: { awardId: string }) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<AwardMethod>();
  const save = useSetAwardMethod();
  return (
    <Flex vertical gap={4}>
      <Flex gap={8} align="center">
        <Select<AwardMethod>
          size="small"
          style={{ minWidth: 200 }}
          aria-label={t('reporting.statistics.awardMethod')}
          placeholder={t('reporting.statistics.awardMethod')}
          value={method}
          onChange={setMethod}
          options={AWARD_METHODS.map((m) => ({ value: m, label: t(`enums.awardMethod.${m}`) }))}
        />
        <Button size="small" type="primary" disabled={!method} loading={save.isPending} onClick={() => method && save.mutate({ id: awardId, method })}>
          {t('reporting.statistics.classify')}
        </Button>
      </Flex>
      {save.error && <ErrorAlert error={save.error} />}
    </Flex>
  );
}
