import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../api/people';

const COLORS: Record<Rating, string> = { HTXSNV: 'gold', HTTNV: 'green', HTNV: 'blue', KHTNV: 'red' };

export function RatingTag({ rating }: { rating: Rating }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[rating]}>{t(`enums.rating.${rating}`)}</Tag>;
}
