import { Select } from 'antd';
import { useMemo, useState, type CSSProperties } from 'react';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useUnit, useUnits } from '../api/units';

type Props = {
  value?: string;
  onChange: (unitId: string | undefined) => void;
  placeholder?: string;
  style?: CSSProperties;
};

/** Picks a unit by typing part of its name; the server searches (accent-insensitive). */
export function UnitSelect({ value, onChange, placeholder, style }: Props) {
  const [term, setTerm] = useState('');
  const q = useDebouncedValue(term.trim(), 300);
  const units = useUnits({ q: q || undefined, size: 20, sort: 'name' });
  const selected = useUnit(value);

  const options = useMemo(() => {
    const found = (units.data?.items ?? []).map((unit) => ({ value: unit.id, label: unit.name }));
    if (value && selected.data && !found.some((o) => o.value === value)) {
      found.unshift({ value, label: selected.data.name });
    }
    return found;
  }, [units.data, value, selected.data]);

  return (
    <Select
      showSearch
      allowClear
      filterOption={false}
      value={value}
      placeholder={placeholder}
      aria-label={placeholder}
      loading={units.isFetching}
      onSearch={setTerm}
      onChange={(id: string | undefined) => {
        setTerm('');
        onChange(id);
      }}
      options={options}
      style={style}
      popupMatchSelectWidth={false}
    />
  );
}
