import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/context';
import { unwrap } from '@/lib/api/problem';
import type { Schemas } from '@/lib/api/types';
import { inboxKeys } from './keys';

export type Inbox = Schemas['Inbox'];
export type InboxItem = Schemas['InboxItem'];

export function useInbox() {
  const api = useApi();
  return useQuery({
    queryKey: inboxKeys.all,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/inbox', { signal })),
  });
}
