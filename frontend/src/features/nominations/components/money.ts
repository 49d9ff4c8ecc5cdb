/** Đồng amounts with Vietnamese digit grouping (7.020.000). */
export function formatMoney(value: number | undefined | null): string {
  return value === undefined || value === null ? '' : new Intl.NumberFormat('vi-VN').format(value);
}
