import { Flex, Select, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useMe } from '@/lib/auth/me';
import { hasAnyRole } from '@/lib/auth/roles';
import { useNominations, type Nomination, type NominationStatus } from '../api/nominations';
import { NewNominationButton } from '../components/NominationForm';
import { NominationImportButton } from '../components/NominationImport';
import { NominationStatusTag, VerdictTag } from '../components/VerdictTag';

const STATUSES: NominationStatus[] = [
  'DRAFT', 'SUBMITTED', 'RECEIVED', 'APPRAISING', 'RETURNED', 'ON_AGENDA', 'PUBLIC_COMMENT', 'COUNCIL_VOTED', 'APPROVED', 'REJECTED',
  'DECIDED', 'REVOKED',
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

  const columns: TableProps<Nomination>['columns'] = [
    {
      key: 'nominee',
      title: t('nominations.nominee'),
      render: (_: unknown, n) => <Link to={`/nominations/${n.id}`}>{n.personName ?? n.nomineeUnitName}</Link>,
    },
    { key: 'award', dataIndex: 'awardTypeName', title: t('nominations.awardType') },
    { key: 'period', dataIndex: 'periodLabel', title: t('nominations.period'), width: 90 },
    { key: 'unit', dataIndex: 'unitName', title: t('nominations.proposingUnit') },
    { key: 'status', dataIndex: 'status', title: t('nominations.status'), width: 170, render: (s: NominationStatus) => <NominationStatusTag status={s} /> },
    {
      key: 'eligibility',
      dataIndex: 'eligibilityOverall',
      title: t('nominations.eligibility'),
      width: 150,
      render: (v: Nomination['eligibilityOverall']) => <VerdictTag verdict={v} />,
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
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
