import { Flex, Typography } from 'antd';

/** A horizontal bar in the ranking/voting style, with its figure beside it. */
export function ShareBar({ value, max, label, color = '#1f4e8c' }: { value: number; max: number; label: string; color?: string }) {
  const width = max > 0 ? Math.max(2, (value / max) * 160) : 2;
  return (
    <Flex align="center" gap={8}>
      <div aria-hidden style={{ height: 12, width: `${width}px`, background: color, borderRadius: 3 }} />
      <Typography.Text strong>{label}</Typography.Text>
    </Flex>
  );
}
