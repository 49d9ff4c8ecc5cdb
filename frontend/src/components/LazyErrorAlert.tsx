import { Suspense, type ComponentProps } from 'react';
import type { ErrorAlert as ErrorAlertType } from './ErrorAlert';
import { lazyAntd } from './lazy-antd';

const ErrorAlert = lazyAntd(async () => (await import('./ErrorAlert')).ErrorAlert);

/** `ErrorAlert` for the plain-HTML first page: Ant Design's Alert is loaded only when an error shows. */
export function LazyErrorAlert(props: ComponentProps<typeof ErrorAlertType>) {
  return (
    <Suspense fallback={<div role="alert">{props.error instanceof Error ? props.error.message : null}</div>}>
      <ErrorAlert {...props} />
    </Suspense>
  );
}
