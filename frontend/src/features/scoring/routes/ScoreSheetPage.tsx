import { Skeleton } from 'antd';
import { useParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useScoreSheet } from '../api/scoring';
import { ScoreSheetEditor } from '../components/sheet/ScoreSheetEditor';

/** /scoring/sheets/:id — loads the sheet, then edits it. */
export function ScoreSheetPage() {
  const { id } = useParams();
  const query = useScoreSheet(id);
  if (query.isPending) return <Skeleton active />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <ScoreSheetEditor sheet={query.data.sheet} />;
}
