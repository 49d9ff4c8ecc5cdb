import { Flex, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CandidateResult, VotingResult } from '../api/voting';

/** Yes votes per candidate as bars (the ranking's bar style), with pass, elected and tie flags. */
export function ResultChart({ result }: { result: VotingResult }) {
  const { t } = useTranslation();
  const tally = result.tally!;
  const whole = Math.max(1, tally.baseCount);
  const columns: TableProps<CandidateResult>['columns'] = [
    { key: 'rank', dataIndex: 'rank', title: t('voting.rank'), width: 60, align: 'center' },
    {
      key: 'label',
      dataIndex: 'label',
      title: t('voting.candidate'),
      render: (label: string, row) => (
        <Flex gap={6} wrap align="center">
          <span>{label}</span>
          {row.elected && <Tag color="green">{t('voting.elected')}</Tag>}
          {!row.elected && row.passed && !row.tiedForLastSeat && <Tag color="blue">{t('voting.passed')}</Tag>}
          {row.tiedForLastSeat && <Tag color="orange">{t('voting.tiedForLastSeat')}</Tag>}
        </Flex>
      ),
    },
    {
      key: 'yes',
      dataIndex: 'yes',
      title: t('voting.yes'),
      width: 260,
      render: (yes: number, row) => (
        <Flex align="center" gap={8}>
          <div
            aria-hidden
            style={{ height: 12, width: `${Math.max(2, (yes / whole) * 160)}px`, background: row.elected ? '#237804' : '#1f4e8c', borderRadius: 3 }}
          />
          <Typography.Text strong>
            {yes}/{tally.baseCount}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'no', dataIndex: 'no', title: t('voting.no'), width: 90, align: 'right' },
    { key: 'abstain', dataIndex: 'abstain', title: t('voting.abstain'), width: 110, align: 'right' },
  ];
  return (
    <Flex vertical gap={8}>
      <Typography.Text>
        {t('voting.resultSummary', {
          counted: tally.ballotsCounted,
          present: tally.present,
          electorate: tally.electorate,
          threshold: result.rules?.threshold,
          base: t(`voting.base.${result.rules?.base ?? 'ALL_MEMBERS'}`),
        })}
      </Typography.Text>
      {tally.tieForLastSeat && <Typography.Text type="warning">{t('voting.tieNotice')}</Typography.Text>}
      <Table<CandidateResult>
        rowKey="ref"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={tally.candidates}
        aria-label={t('voting.resultTable')}
        scroll={{ x: true }}
      />
    </Flex>
  );
}
