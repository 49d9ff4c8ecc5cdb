import { Flex, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useMe } from '@/lib/auth/me';
import { hasAnyRole } from '@/lib/auth/roles';
import { useNominations, type Nomination, type NominationStatus } from '../api/nominations';
import { NewNominationButton } from '../components/NominationForm';
import { NominationImportButton } from '../components/NominationImport';
import { nominationColumns } from '../components/nominationColumns';

const STATUSES: NominationStatus[] = [
  'DRAFT', 'SUBMITTED', 'RECEIVED', 'APPRAISING', 'RETURNED', 'ON_AGENDA', 'PUBLIC_COMMENT', 'COUNCIL_VOTED', 'APPROVED', 'REJECTED',
  'DECIDED', 'REVOKED', 'WITHDRAWN',
];

/** The dossiers the caller may see (the server decides which): nominee, award, period, state and last appraisal. */
export function NominationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? undefined) as NominationStatus | undefined;
  const page = Number(params.get('page') ?? '0');
  const nominations = useNominations({ status, page, size: 20 });
  const me = useMe();
  const drafts = hasAnyRole(me.data?.roles, ['unit-officer', 'unit-head']) && !!me.data?.unitId;

  const columns = nominationColumns(t);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('nominations.title')}
        </Typography.Title>
        {drafts && (
          <Flex gap={8}>
            <NominationImportButton />
            <NewNominationButton />
          </Flex>
        )}
      </Flex>
      <Select
        allowClear
        style={{ width: 260 }}
        placeholder={t('nominations.filterStatus')}
        aria-label={t('nominations.filterStatus')}
        value={status}
        options={STATUSES.map((s) => ({ value: s, label: t(`nominations.statuses.${s}`) }))}
        onChange={(value?: string) => setParams(value ? { status: value } : {})}
      />
      {nominations.isError && <ErrorAlert error={nominations.error} onRetry={() => void nominations.refetch()} />}
      <Table<Nomination>
        rowKey="id"
        aria-label={t('nominations.title')}
        loading={nominations.isLoading}
        columns={columns}
        dataSource={nominations.data?.items ?? []}
        pagination={{
          current: page + 1,
          pageSize: 20,
          total: nominations.data?.total ?? 0,
          onChange: (p) => setParams({ ...(status ? { status } : {}), page: String(p - 1) }),
        }}
      />
    </Flex>
  );
}
