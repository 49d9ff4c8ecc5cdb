import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';

/**
 * Shows why a request failed: the problem's title and detail, in the user's language (the API localises them and
 * names each faulty field in words), then each of its messages — an import names every bad row this way. Raw field
 * paths are never shown; forms also put field messages under their fields (`problemFields`).
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

  // Messages the detail already quotes (a form's field problems) are not repeated; an import's rows are listed.
  const messages = (problem?.errors ?? [])
    .map((e) => e.message)
    .filter((m): m is string => !!m && !description.includes(m));

  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={problem?.title ?? t('errors.title')}
      description={
        <div>
          <div>{description}</div>
          {messages.length > 0 && (
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
              {messages.map((message, i) => (
                <li key={i}>{message}</li>
              ))}
            </ul>
          )}
        </div>
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
