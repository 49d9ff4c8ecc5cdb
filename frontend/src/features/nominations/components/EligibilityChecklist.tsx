import { Flex, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { EligibilityReport, RuleVerdict } from '../api/nominations';
import { EligibilityReceiptPanel } from './EligibilityReceiptPanel';
import { VerdictTag } from './VerdictTag';

/**
 * The eligibility checklist of a dossier, rule by rule: the rule's name (its id below, small), the verdict, why with
 * the figures that decided it, and its legal sources — law as cited, a practice marked "tham khảo". The texts come
 * from the server in the UI language; dates are dd/MM/yyyy.
 */
export function EligibilityChecklist({ report }: { report: EligibilityReport }) {
  const { t } = useTranslation();

  const columns: TableProps<RuleVerdict>['columns'] = [
    {
      key: 'rule',
      title: t('nominations.rule'),
      width: 240,
      render: (_: unknown, r) => (
        <Flex vertical>
          <Typography.Text strong>{r.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.ruleId}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'verdict', dataIndex: 'verdict', title: t('nominations.verdict'), width: 150, render: (v: RuleVerdict['verdict']) => <VerdictTag verdict={v} /> },
    { key: 'why', dataIndex: 'explanation', title: t('nominations.explanation') },
    {
      key: 'source',
      title: t('nominations.legalSource'),
      render: (_: unknown, r) => (
        <Flex vertical gap={4}>
          {r.citations.map((c) => (
            <span key={c.text}>
              {c.text}
              {c.binding === 'PRACTICE' && (
                <Tag style={{ marginInlineStart: 6 }}>{t('nominations.citationPractice')}</Tag>
              )}
            </span>
          ))}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={8}>
      <Typography.Text>
        {t('nominations.overall')}: <VerdictTag verdict={report.overall} /> {report.awardTypeName}{' '}
        {t('nominations.parametersOn', { date: formatDate(report.parametersDate) })}
      </Typography.Text>
      <Table<RuleVerdict>
        rowKey="ruleId"
        aria-label={t('nominations.eligibilityReport')}
        size="small"
        pagination={false}
        columns={columns}
        dataSource={report.rules}
      />
      {(report.notes ?? []).map((note) => (
        <Typography.Text key={note} type="secondary">
          {note}
        </Typography.Text>
      ))}
      {report.receipt && <EligibilityReceiptPanel receipt={report.receipt} />}
    </Flex>
  );
}
