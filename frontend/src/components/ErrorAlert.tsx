import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';

/**
 * Shows why a request failed: the problem's title and detail, in the user's language (the API localises them and
 * names each faulty field in words). Raw field paths are never shown; forms put field messages under their fields
 * (`problemFields`).
 */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const problem = error instanceof ApiError ? error.problem : undefined;

  let description: string;
  if (error instanceof ApiError) {
    description = problem?.detail ?? problem?.title ?? t('errors.status', { status: error.status });
  } else if (error instanceof TypeError) {
    description = t('errors.network'); // fetch rejects with a TypeError when the server is unreachable
  } else {
    description = error instanceof Error ? error.message : String(error);
  }

  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={problem?.title ?? t('errors.title')}
      description={
<div>{description}</div>
      }
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        )
      }
    />
  );
}
