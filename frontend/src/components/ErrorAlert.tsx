import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';

/** Shows why a request failed: the problem's `detail` (and field errors) when the API sent one. */
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

  const fieldErrors = problem?.errors ?? [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={problem?.title ?? t('errors.title')}
      description={
        <>
          <div>{description}</div>
          {fieldErrors.length > 0 && (
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
              {fieldErrors.map((fieldError, i) => (
                <li key={`${fieldError.field}-${i}`}>
                  <strong>{fieldError.field}</strong>: {fieldError.message}
                </li>
              ))}
            </ul>
          )}
        </>
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
