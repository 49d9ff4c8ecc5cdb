import { Flex, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useListParams } from '@/hooks/use-list-params';
import { usePeople } from '../api/people';
import { PeopleTable } from '../components/PeopleTable';
import { PersonDetailDrawer } from '../components/PersonDetailDrawer';
import { UnitSelect } from '../components/UnitSelect';

export function PeoplePage() {
  const { t } = useTranslation();
  const { params, get, update } = useListParams({ size: 20, sort: 'fullName' });
  const unitId = get('unitId');
  const selected = get('selected');
  const people = usePeople({ ...params, unitId });

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('people.title')}
      </Typography.Title>
      <Flex gap={8} wrap>
        <Input.Search
          key={params.q ?? ''}
          defaultValue={params.q}
          allowClear
          enterButton
          placeholder={t('people.searchPlaceholder')}
          aria-label={t('people.searchPlaceholder')}
          onSearch={(q) => update({ q: q.trim() })}
          style={{ width: 380, maxWidth: '100%' }}
        />
        <UnitSelect value={unitId} onChange={(id) => update({ unitId: id })} placeholder={t('people.unitPlaceholder')} style={{ width: 360 }} />
      </Flex>
      {people.isError && <ErrorAlert error={people.error} onRetry={() => void people.refetch()} />}
      <PeopleTable
        people={people.data?.items ?? []}
        total={people.data?.total ?? 0}
        totalCapped={people.data?.totalCapped}
        loading={people.isFetching}
        params={params}
        onParamsChange={update}
        onOpen={(id) => update({ selected: id })}
      />
      <PersonDetailDrawer id={selected} onClose={() => update({ selected: undefined })} />
    </Flex>
  );
}
