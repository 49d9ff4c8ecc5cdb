import { App, Button, Flex, InputNumber, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useMe } from '@/lib/auth/me';
import { hasAnyRole } from '@/lib/auth/roles';
import { todayInVietnam } from '@/lib/today';
import { type DueListQuery, type DueListRow, useDueLists } from '../api/dueLists';
import { useCreateNomination } from '../api/nominations';

const KINDS = ['CSTD_NGANH', 'BK_TTG', 'BK_TTG_UNIT', 'TTLDXS'] as const;

/**
 * "Đủ điều kiện đề nghị": people and collectives whose records meet an award's rule this year (or miss one piece),
 * computed by the server from the ledger and ratings. A unit's officer drafts a dossier in one click.
 */
export function DueListsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useMe();
  const [query, setQuery] = useState<DueListQuery>({ year: Number(todayInVietnam().slice(0, 4)) - 1, page: 0, size: 20 });
  const list = useDueLists(query);
  const create = useCreateNomination();
  const drafts = hasAnyRole(me.data?.roles, ['unit-officer', 'unit-head']);

  const draft = (row: DueListRow) => {
    if (!list.data?.periodId) return;
    create.mutate(
      {
        awardTypeId: row.awardTypeId,
        periodId: list.data.periodId,
        personId: row.personId ?? undefined,
        nomineeUnitId: row.personId ? undefined : row.unitId,
        achievements: `${row.ruleName}: ${row.explanation}`,
        initiativeIds: [],
      },
      {
        onSuccess: (n) => {
          void message.success(t('dueLists.drafted'));
          void navigate(`/nominations/${n.id}`);
        },
      },
    );
  };

  const columns: TableProps<DueListRow>['columns'] = [
    {
      key: 'nominee',
      title: t('dueLists.nominee'),
      render: (_: unknown, r) => (
        <Flex vertical>
          <Typography.Text strong>{r.personName ?? r.unitName}</Typography.Text>
          {r.personName && <Typography.Text type="secondary">{r.unitName}</Typography.Text>}
          {r.frontline && <Tag color="green">{t('dueLists.frontline')}</Tag>}
        </Flex>
      ),
    },
    { key: 'award', title: t('dueLists.award'), dataIndex: 'awardTypeName' },
    {
      key: 'standing',
      title: t('dueLists.standing'),
      render: (_: unknown, r) => <Tag color={r.standing === 'ELIGIBLE' ? 'green' : 'gold'}>{t(`dueLists.standings.${r.standing}`)}</Tag>,
    },
    {
      key: 'rule',
      title: t('dueLists.rule'),
      render: (_: unknown, r) => (
        <Flex vertical gap={2}>
          <Typography.Text>
            {r.ruleId} — {r.ruleName}
          </Typography.Text>
          <Typography.Text type="secondary">{r.legalSource}</Typography.Text>
          <Typography.Text>{r.explanation}</Typography.Text>
          {r.missing && <Typography.Text type="warning">{t('dueLists.missing', { what: r.missing })}</Typography.Text>}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: t('dueLists.actions'),
      render: (_: unknown, r) =>
        r.dossierId ? (
          <Link to={`/nominations/${r.dossierId}`}>{t('dueLists.openDossier')}</Link>
        ) : (
          drafts &&
          r.standing === 'ELIGIBLE' && (
            <Button size="small" type="primary" loading={create.isPending && create.variables?.awardTypeId === r.awardTypeId} onClick={() => draft(r)}>
              {t('dueLists.draft')}
            </Button>
          )
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('dueLists.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('dueLists.intro')}
      </Typography.Paragraph>
      <Space wrap>
        <InputNumber
          aria-label={t('dueLists.year')}
          min={2000}
          max={2100}
          value={query.year}
          onChange={(year) => year && setQuery((q) => ({ ...q, year, page: 0 }))}
        />
        <Select
          aria-label={t('dueLists.kind')}
          allowClear
          placeholder={t('dueLists.allKinds')}
          style={{ minWidth: 240 }}
          value={query.kind}
          onChange={(kind) => setQuery((q) => ({ ...q, kind, page: 0 }))}
          options={KINDS.map((k) => ({ value: k, label: t(`dueLists.kinds.${k}`) }))}
        />
        <Select
          aria-label={t('dueLists.standing')}
          allowClear
          placeholder={t('dueLists.allStandings')}
          style={{ minWidth: 180 }}
          value={query.standing}
          onChange={(standing) => setQuery((q) => ({ ...q, standing, page: 0 }))}
          options={(['ELIGIBLE', 'ALMOST'] as const).map((s) => ({ value: s, label: t(`dueLists.standings.${s}`) }))}
        />
      </Space>
      {list.isError && <ErrorAlert error={list.error} />}
      {create.isError && <ErrorAlert error={create.error} />}
      {list.data && (
        <Space size={32} wrap>
          <Statistic title={t('dueLists.eligible')} value={list.data.eligible} />
          <Statistic title={t('dueLists.eligibleFrontline')} value={list.data.eligibleFrontline} />
          <Statistic title={t('dueLists.almost')} value={list.data.almost} />
        </Space>
      )}
      <Table<DueListRow>
        aria-label={t('dueLists.title')}
        rowKey={(r) => `${r.kind}-${r.personId ?? r.unitId}`}
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={columns}
        pagination={{
          current: (query.page ?? 0) + 1,
          pageSize: query.size ?? 20,
          total: list.data?.total ?? 0,
          onChange: (page, size) => setQuery((q) => ({ ...q, page: page - 1, size })),
        }}
      />
    </Flex>
  );
}
