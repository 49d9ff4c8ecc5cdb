import { PrinterOutlined } from '@ant-design/icons';
import { App, Button, Flex, Select, Switch, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatMoney } from '../components/money';
import { useAwards, useUnitOptions, type Award } from '../api/nominations';
import { useMe } from '@/lib/auth/me';
import { hasAnyRole } from '@/lib/auth/roles';
import { saveBlob } from '@/lib/download';
import { formatDate } from '@/lib/format';
import { useAwardCertificate, useDecisionsSigned } from '../api/papers';
import { SignedTag } from '../components/SignedDecisionPanel';

/**
 * The awards ledger of a unit — its predecessors' awards included — or of a person (`?personId=`): whether each
 * ThiĐua decision is signed, and a reprint of one certificate (marked revoked by the server for a revoked award).
 */
export function AwardsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const personId = params.get('personId') ?? undefined;
  const unitId = personId ? undefined : (params.get('unitId') ?? me.data?.unitId);
  const includeRevoked = params.get('includeRevoked') === 'true';
  const page = Number(params.get('page') ?? '0');
  const units = useUnitOptions();
  const awards = useAwards({ personId, unitId, includeRevoked, page, size: 50 }, !!(personId || unitId));
  const signed = useDecisionsSigned((awards.data?.items ?? []).map((a) => a.decisionId));
  const reprint = useAwardCertificate();
  const canPrint = hasAnyRole(me.data?.roles, ['admin', 'secretariat', 'unit-head', 'unit-officer']);
  const print = (a: Award) =>
    reprint.mutate(
      { id: a.id },
      {
        onSuccess: (blob) => {
          saveBlob(blob, `bang-khen-${(a.personName ?? a.unitName ?? a.id).replace(/\s+/g, '-')}-${a.year}.pdf`);
          if (a.revoked) void message.warning(t('certificates.reprintedRevoked'));
        },
      },
    );

  const columns: TableProps<Award>['columns'] = [
    { key: 'year', dataIndex: 'year', title: t('awards.year'), width: 80 },
    { key: 'award', dataIndex: 'awardTypeName', title: t('awards.award') },
    { key: 'subject', title: t('awards.subject'), render: (_: unknown, a) => a.personName ?? a.unitName },
    {
      key: 'decision',
      title: t('awards.decision'),
      render: (_: unknown, a) => (
        <>
          {`${a.decisionNumber} (${formatDate(a.decisionDate)})`} {a.decisionId && <SignedTag signed={signed.get(a.decisionId)} />}
        </>
      ),
    },
    {
      key: 'source',
      dataIndex: 'source',
      title: t('awards.source'),
      width: 130,
      render: (source: Award['source'], a) => (
        <>
          <Tag>{t(`awards.sources.${source}`)}</Tag>
          {a.revoked && <Tag color="red">{t('awards.revoked')}</Tag>}
        </>
      ),
    },
    { key: 'amount', dataIndex: 'amount', title: t('awards.amount'), align: 'right', width: 140, render: (v?: number) => formatMoney(v) },
    ...(canPrint
      ? [
          {
            key: 'certificate',
            title: t('certificates.column'),
            width: 150,
            render: (_: unknown, a: Award) => (
              <Button
                size="small"
                icon={<PrinterOutlined />}
                danger={a.revoked}
                loading={reprint.isPending && reprint.variables?.id === a.id}
                aria-label={t(a.revoked ? 'certificates.reprintRevokedOf' : 'certificates.reprintOf', { name: a.personName ?? a.unitName, award: a.awardTypeName })}
                title={a.revoked ? t('certificates.reprintRevokedHint') : undefined}
                onClick={() => print(a)}
              >
                {t('certificates.reprint')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('awards.title')}
      </Typography.Title>
      <Flex gap={16} align="center" wrap>
        <Select
          showSearch
          optionFilterProp="label"
          style={{ width: 420 }}
          aria-label={t('awards.unit')}
          placeholder={t('awards.unit')}
          value={unitId}
          options={units.data ?? []}
          onChange={(value: string) => setParams({ unitId: value })}
        />
        <Flex gap={8} align="center">
          <Switch
            aria-label={t('awards.includeRevoked')}
            checked={includeRevoked}
            onChange={(checked) => {
              const next = new URLSearchParams(params);
              next.set('includeRevoked', String(checked));
              setParams(next);
            }}
          />
          {t('awards.includeRevoked')}
        </Flex>
      </Flex>
      <Typography.Text type="secondary">{t('awards.lineageNote')}</Typography.Text>
      {awards.isError && <ErrorAlert error={awards.error} onRetry={() => void awards.refetch()} />}
      {reprint.isError && <ErrorAlert error={reprint.error} />}
      <Table<Award>
        rowKey="id"
        aria-label={t('awards.title')}
        loading={awards.isLoading}
        columns={columns}
        dataSource={awards.data?.items ?? []}
        pagination={{
          current: page + 1,
          pageSize: 50,
          total: awards.data?.total ?? 0,
          onChange: (p) => {
            const next = new URLSearchParams(params);
            next.set('page', String(p - 1));
            setParams(next);
          },
        }}
      />
    </Flex>
  );
}
