import { Collapse, Descriptions, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { Schemas } from '@/lib/api/types';

type Receipt = Schemas['EligibilityReceipt'];
type Version = Schemas['RuleParameterVersionRead'];

/**
 * The receipt of an eligibility report, collapsed: the evaluation date (dd/MM/yyyy), every rule version read, the
 * rule set's SHA-256 hash and what changed since the dossier's previous rule set.
 */
export function EligibilityReceiptPanel({ receipt }: { receipt: Receipt }) {
  const { t } = useTranslation();

  const version = (v: Version | null | undefined) => {
    if (!v) return t('nominations.receiptNone');
    const range = v.versionId
      ? `${formatDate(v.effectiveFrom)} – ${v.effectiveTo ? formatDate(v.effectiveTo) : t('nominations.receiptOpenEnd')}`
      : t('nominations.receiptDefault');
    return `${v.value} (${range})`;
  };

  const body = (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('nominations.receiptDate')}>{formatDate(receipt.evaluationDate)}</Descriptions.Item>
      <Descriptions.Item label={t('nominations.receiptVersions')}>
        <List
          size="small"
          dataSource={receipt.parameters}
          renderItem={(p) => (
            <List.Item key={`${p.ruleId}/${p.key}`}>
              <Typography.Text code>{`${p.ruleId}/${p.key}`}</Typography.Text> {version(p)}
              {p.legalSource ? <Typography.Text type="secondary"> — {p.legalSource}</Typography.Text> : null}
            </List.Item>
          )}
        />
      </Descriptions.Item>
      <Descriptions.Item label={t('nominations.receiptHash')}>
        <Typography.Text code copyable>
          {receipt.ruleSetHash}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('nominations.receiptChanges')}>
        {receipt.changes.length === 0 ? (
          t('nominations.receiptNoChange')
        ) : (
          <List
            size="small"
            header={receipt.previousHash ? t('nominations.receiptPrevious', { hash: receipt.previousHash.slice(0, 12) }) : undefined}
            dataSource={receipt.changes}
            renderItem={(c) => (
              <List.Item key={`${c.ruleId}/${c.key}`}>
                <Typography.Text code>{`${c.ruleId}/${c.key}`}</Typography.Text> {version(c.before)} → {version(c.after)}
              </List.Item>
            )}
          />
        )}
      </Descriptions.Item>
    </Descriptions>
  );

  return <Collapse size="small" items={[{ key: 'receipt', label: t('nominations.receiptTitle'), children: body }]} />;
}
