import { Button, Descriptions, Flex, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EnteredAsHistory } from '@/components/EnteredAsHistory';
import { ErrorAlert } from '@/components/ErrorAlert';
import { saveBlob } from '@/lib/download';
import { formatDate } from '@/lib/format';
import { useMe } from '@/lib/auth/me';
import { hasAnyRole } from '@/lib/auth/roles';
import { type Award, useDecision, useDecisionListDownload } from '../api/nominations';
import { useSignedDecisionDocuments } from '../api/papers';
import { CertificatesPrint } from '../components/CertificatesPrint';
import { formatMoney } from '../components/money';
import { SignedDecisionPanel, SignedTag, decisionFileName } from '../components/SignedDecisionPanel';
import { isValidSignature } from '@/components/signatures/SignatureResult';
import { BackLink } from '@/components/BackLink';

/**
 * One decision: number, date, signer, whether it is signed, its awardees with amounts, the awardee list as PDF or
 * Excel, its sign-and-return and (secretariat, admin) its certificates.
 */
export function DecisionDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const decision = useDecision(id);
  const signed = useSignedDecisionDocuments(id);
  const download = useDecisionListDownload();

  if (decision.isError) return <ErrorAlert error={decision.error} onRetry={() => void decision.refetch()} />;
  const d = decision.data;
  if (!d) return null;

  const columns: TableProps<Award>['columns'] = [
    {
      key: 'subject',
      title: t('awards.subject'),
      render: (_: unknown, a) =>
        a.personId ? <Link to={`/awards?personId=${a.personId}`}>{a.personName}</Link> : <Link to={`/awards?unitId=${a.unitId}`}>{a.unitName}</Link>,
    },
    { key: 'award', dataIndex: 'awardTypeName', title: t('awards.award') },
    { key: 'year', dataIndex: 'year', title: t('awards.year'), width: 80 },
    { key: 'amount', dataIndex: 'amount', title: t('awards.amount'), align: 'right', width: 140, render: (v?: number) => formatMoney(v) },
  ];
  const get = (format: 'pdf' | 'xlsx') =>
    download.mutate({ id: d.id, format }, { onSuccess: ({ blob }) => saveBlob(blob, decisionFileName(d, '', format)) });
  const isSecretariat = hasAnyRole(me.data?.roles, ['secretariat']);
  const canPrint = hasAnyRole(me.data?.roles, ['secretariat', 'admin']);

  return (
    <Flex vertical gap={16}>
      <BackLink to="/decisions">{t('decisions.back')}</BackLink>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('decisions.detailTitle', { number: d.number })}
      </Typography.Title>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('decisions.date')}>{formatDate(d.decisionDate)}</Descriptions.Item>
        <Descriptions.Item label={t('decisions.status')}>
          <Tag color={d.status === 'ISSUED' ? 'green' : 'red'}>{t(`decisions.statuses.${d.status}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('decisions.signer')}>
          {d.signer} — {d.signerTitle}
        </Descriptions.Item>
        <Descriptions.Item label={t('decisions.baseAmount')}>{formatMoney(d.baseAmount)}</Descriptions.Item>
        <Descriptions.Item label={t('decisions.total')}>{formatMoney(d.totalAmount)}</Descriptions.Item>
        <Descriptions.Item label={t('signatures.state')}>
          <SignedTag signed={signed.data ? signed.data.some(isValidSignature) : undefined} />
        </Descriptions.Item>
        {d.revocationGrounds && <Descriptions.Item label={t('decisions.revocationGrounds')}>{d.revocationGrounds}</Descriptions.Item>}
        {d.enteredBy && (
          <Descriptions.Item label={t('common.history')}>
            <EnteredAsHistory by={d.enteredBy} at={d.enteredAt} />
          </Descriptions.Item>
        )}
      </Descriptions>
      {download.isError && <ErrorAlert error={download.error} />}
      <Space>
        <Button loading={download.isPending && download.variables?.format === 'pdf'} onClick={() => get('pdf')}>
          {t('decisions.downloadPdf')}
        </Button>
        <Button loading={download.isPending && download.variables?.format === 'xlsx'} onClick={() => get('xlsx')}>
          {t('decisions.downloadXlsx')}
        </Button>
      </Space>
      {canPrint && <CertificatesPrint decision={d} />}
      <SignedDecisionPanel decision={d} canUpload={isSecretariat} />
      <Table<Award> rowKey="id" aria-label={t('decisions.awardees')} size="small" pagination={false} columns={columns} dataSource={d.awardees} />
    </Flex>
  );
}
