import { Select } from 'antd';
import { useMemo, useState, type CSSProperties } from 'react';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useUnitSearch } from '../api/reports';

type Props = {
  value?: string;
  /** The chosen unit's name, shown while the search results do not hold it. */
  valueLabel?: string;
  onChange: (unitId: string | undefined, unitName: string | undefined) => void;
  placeholder: string;
  style?: CSSProperties;
};

/** Picks a unit by typing part of its name; the server searches without accents ("tu phap" finds "Tư pháp"). */
export function UnitPicker({ value, valueLabel, onChange, placeholder, style }: Props) {
  const [term, setTerm] = useState('');
  const q = useDebouncedValue(term.trim(), 300);
  const units = useUnitSearch(q);

  const options = useMemo(() => {
    const found = (units.data ?? []).map((u) => ({ value: u.id, label: u.name }));
    if (value && valueLabel && !found.some((o) => o.value === value)) found.unshift({ value, label: valueLabel });
    return found;
  }, [units.data, value, valueLabel]);

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
        const label = options.find((o) => o.value === id)?.label;
        setTerm('');
        onChange(id, label);
      }}
      options={options}
      style={style}
      popupMatchSelectWidth={false}
    />
  );
}
