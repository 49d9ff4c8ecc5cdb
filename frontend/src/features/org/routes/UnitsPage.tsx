import { Flex, Input, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useListParams } from '@/hooks/use-list-params';
import { isUnitKind, UNIT_KINDS, useUnits } from '../api/units';
import { UnitDetailDrawer } from '../components/UnitDetailDrawer';
import { UnitsTable } from '../components/UnitsTable';

export function UnitsPage() {
  const { t } = useTranslation();
  const { params, get, update } = useListParams({ size: 20, sort: 'name' });
  const kindParam = get('kind');
  const kind = isUnitKind(kindParam) ? kindParam : undefined;
  const selected = get('selected');
  const units = useUnits({ ...params, kind });
  // The list follows the text as it is typed, once the typing pauses; Enter searches at once.
  const [term, setTerm] = useState(params.q ?? '');
  const settled = useDebouncedValue(term.trim(), 300);
  const q = params.q ?? '';
  useEffect(() => {
    if (settled !== q) update({ q: settled });
    // Only a change of the typed text searches; q changing from the address bar must not loop back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('units.title')}
      </Typography.Title>
      <Flex gap={8} wrap>
        <Input.Search
          value={term}
          onChange={(e) => setTerm(e.target.value)}
          allowClear
          enterButton
          placeholder={t('units.searchPlaceholder')}
          aria-label={t('units.searchPlaceholder')}
          onSearch={(text) => update({ q: text.trim() })}
          style={{ width: 420, maxWidth: '100%' }}
        />
        <Select
          allowClear
          value={kind}
          placeholder={t('units.kindPlaceholder')}
          aria-label={t('units.kindPlaceholder')}
          onChange={(value) => update({ kind: value })}
          options={UNIT_KINDS.map((k) => ({ value: k, label: t(`enums.unitKind.${k}`) }))}
          style={{ width: 280 }}
        />
      </Flex>
      {units.isError && <ErrorAlert error={units.error} onRetry={() => void units.refetch()} />}
      <UnitsTable
        units={units.data?.items ?? []}
        total={units.data?.total ?? 0}
        loading={units.isFetching}
        params={params}
        onParamsChange={update}
        onOpen={(id) => update({ selected: id })}
      />
      <UnitDetailDrawer id={selected} onClose={() => update({ selected: undefined })} onOpenUnit={(id) => update({ selected: id })} />
    </Flex>
  );
}
