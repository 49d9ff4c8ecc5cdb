import { Descriptions, Drawer, Flex, Input, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useListParams } from '@/hooks/use-list-params';
import { useAwardTypes, type AwardType } from '../api/catalog';
import { VerifiedTag } from '../components/VerifiedTag';

const KINDS = ['TITLE', 'FORM'] as const;
const SUBJECTS = ['INDIVIDUAL', 'COLLECTIVE', 'ANY'] as const;
const LEVELS = ['UNIT', 'MINISTRY', 'GOVERNMENT', 'STATE'] as const;

function source(a: { legalInstrument: string; legalArticle?: string | null }) {
  return a.legalArticle ? `${a.legalArticle}, ${a.legalInstrument}` : a.legalInstrument;
}

/** The catalog of titles and award forms, each with who decides it and its legal source. */
export function AwardTypesPage() {
  const { t } = useTranslation();
  const { params, get, update } = useListParams({ size: 50 });
  const kind = get('kind') as AwardType['kind'] | undefined;
  const subject = get('subject') as AwardType['subject'] | undefined;
  const level = get('level') as AwardType['level'] | undefined;
  const types = useAwardTypes({ ...params, kind, subject, level });
  const selected = (types.data?.items ?? []).find((a) => a.id === get('selected'));

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('catalog.title')}
      </Typography.Title>
      <Flex gap={8} wrap>
        <Input.Search
          key={params.q ?? ''}
          defaultValue={params.q}
          allowClear
          enterButton
          placeholder={t('catalog.searchPlaceholder')}
          aria-label={t('catalog.searchPlaceholder')}
          onSearch={(q) => update({ q: q.trim() })}
          style={{ width: 320 }}
        />
        <Select
          allowClear
          value={kind}
          placeholder={t('catalog.kindPlaceholder')}
          aria-label={t('catalog.kindPlaceholder')}
          onChange={(v: string | undefined) => update({ kind: v })}
          options={KINDS.map((k) => ({ value: k, label: t(`enums.awardKind.${k}`) }))}
          style={{ width: 220 }}
        />
        <Select
          allowClear
          value={subject}
          placeholder={t('catalog.subjectPlaceholder')}
          aria-label={t('catalog.subjectPlaceholder')}
          onChange={(v: string | undefined) => update({ subject: v })}
          options={SUBJECTS.map((k) => ({ value: k, label: t(`enums.awardSubject.${k}`) }))}
          style={{ width: 220 }}
        />
        <Select
          allowClear
          value={level}
          placeholder={t('catalog.levelPlaceholder')}
          aria-label={t('catalog.levelPlaceholder')}
          onChange={(v: string | undefined) => update({ level: v })}
          options={LEVELS.map((k) => ({ value: k, label: t(`enums.awardLevel.${k}`) }))}
          style={{ width: 160 }}
        />
      </Flex>
      {types.isError && <ErrorAlert error={types.error} onRetry={() => void types.refetch()} />}
      <Table<AwardType>
        rowKey="id"
        size="middle"
        loading={types.isFetching}
        dataSource={types.data?.items ?? []}
        onRow={(a) => ({ onClick: () => update({ selected: a.id }), style: { cursor: 'pointer' } })}
        pagination={{
          current: params.page + 1,
          pageSize: params.size,
          total: types.data?.total ?? 0,
          onChange: (page, size) => update({ page: page - 1, size }),
          showTotal: (all, [from, to]) => t('common.total', { from, to, total: all }),
        }}
        columns={[
          { key: 'name', dataIndex: 'name', title: t('catalog.name') },
          { key: 'kind', dataIndex: 'kind', title: t('catalog.kind'), width: 180, render: (k: AwardType['kind']) => t(`enums.awardKind.${k}`) },
          { key: 'subject', dataIndex: 'subject', title: t('catalog.subject'), width: 170, render: (s: AwardType['subject']) => t(`enums.awardSubject.${s}`) },
          { key: 'level', dataIndex: 'level', title: t('catalog.level'), width: 110, render: (l: AwardType['level']) => t(`enums.awardLevel.${l}`) },
          { key: 'source', title: t('catalog.source'), render: (_v, a) => source(a) },
          { key: 'reward', dataIndex: 'rewardMultiple', title: t('catalog.reward'), width: 120, align: 'right', render: (m?: number) => m ?? t('common.none') },
          { key: 'verified', dataIndex: 'verified', title: t('catalog.verified'), width: 130, render: (v: boolean) => <VerifiedTag verified={v} /> },
        ]}
      />
      <Drawer open={!!selected} onClose={() => update({ selected: undefined })} width={640} title={selected?.name ?? t('catalog.detailTitle')}>
        {selected && (
          <Descriptions
            column={1}
            bordered
            size="small"
            items={[
              { key: 'code', label: t('catalog.code'), children: selected.code },
              { key: 'kind', label: t('catalog.kind'), children: t(`enums.awardKind.${selected.kind}`) },
              { key: 'subject', label: t('catalog.subject'), children: t(`enums.awardSubject.${selected.subject}`) },
              { key: 'level', label: t('catalog.level'), children: t(`enums.awardLevel.${selected.level}`) },
              { key: 'decidedBy', label: t('catalog.decidedBy'), children: selected.decidedBy },
              { key: 'source', label: t('catalog.source'), children: source(selected) },
              { key: 'reward', label: t('catalog.reward'), children: selected.rewardMultiple ?? t('common.none') },
              { key: 'rewardSource', label: t('catalog.rewardSource'), children: selected.rewardSource ?? t('common.none') },
              { key: 'verified', label: t('catalog.verified'), children: <VerifiedTag verified={selected.verified} /> },
              { key: 'notes', label: t('catalog.notes'), children: selected.notes ?? t('common.none') },
            ]}
          />
        )}
      </Drawer>
    </Flex>
  );
}
