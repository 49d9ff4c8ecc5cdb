import { InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SheetCriterion } from '../api/scoring';

type Props = {
  criterion: SheetCriterion;
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  label: string;
};

/** The measured input of a criterion, shaped by its method: yes/no, a percentage, days, a count or points. */
export function CriterionInput({ criterion, value, onChange, label }: Props) {
  const { t } = useTranslation();
  if (criterion.method === 'BINARY') {
    return (
      <Select
        aria-label={label}
        value={value ?? undefined}
        allowClear
        onChange={(v: number | undefined) => onChange(v ?? null)}
        options={[
          { value: 1, label: t('scoring.yes') },
          { value: 0, label: t('scoring.no') },
        ]}
        style={{ width: 130 }}
      />
    );
  }
  const whole = criterion.method === 'LATENESS_BANDED' || criterion.method === 'DEDUCTION' || criterion.method === 'BONUS';
  const max = criterion.method === 'BANDED' ? 100 : criterion.method === 'MANUAL' ? criterion.maxPoints : undefined;
  return (
    <InputNumber
      aria-label={label}
      value={value ?? null}
      min={0}
      max={max}
      step={criterion.method === 'MANUAL' ? 0.5 : 1}
      precision={whole ? 0 : undefined}
      decimalSeparator=","
      placeholder={t(`scoring.hint.${criterion.method}`, { max: criterion.maxPoints })}
      onChange={(v) => onChange(typeof v === 'number' ? v : null)}
      style={{ width: 130 }}
    />
  );
}
