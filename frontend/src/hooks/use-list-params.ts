import type { SorterResult } from 'antd/es/table/interface';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export const MAX_PAGE_SIZE = 200;

export type ListParams = {
  /** 0-based, as the API counts. */
  page: number;
  size: number;
  /** `name` or `-name` (descending). */
  sort?: string;
  q?: string;
};

type Change = Record<string, string | number | undefined | null>;

/**
 * Paging, sorting, search and filters of a list page, kept in the address bar so a list can be
 * bookmarked, shared and restored with the Back button. Any change other than the page goes back to page 0.
 */
export function useListParams(defaults: { size?: number; sort?: string } = {}) {
  const [search, setSearch] = useSearchParams();

  const params: ListParams = useMemo(
    () => ({
      page: Math.max(0, toInt(search.get('page')) ?? 0),
      size: Math.min(MAX_PAGE_SIZE, Math.max(1, toInt(search.get('size')) ?? defaults.size ?? 20)),
      sort: search.get('sort') ?? defaults.sort,
      q: search.get('q') || undefined,
    }),
    [search, defaults.size, defaults.sort],
  );

  const get = useCallback((key: string) => search.get(key) || undefined, [search]);

  const update = useCallback(
    (change: Change) => {
      setSearch(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(change)) {
            if (value === undefined || value === null || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          const onlyPageOrSelection = Object.keys(change).every((key) => key === 'page' || key === 'size' || key === 'selected');
          if (!onlyPageOrSelection) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setSearch],
  );

  return { params, get, update };
}

/** The antd column `sortOrder` for a field under the current `sort` parameter. */
export function sortOrderOf(sort: string | undefined, field: string): 'ascend' | 'descend' | null {
  if (sort === field || sort === `+${field}`) return 'ascend';
  if (sort === `-${field}`) return 'descend';
  return null;
}

/** The API `sort` parameter for an antd table sorter (undefined when sorting is cleared). */
export function sortFromSorter<T>(sorter: SorterResult<T> | SorterResult<T>[]): string | undefined {
  const first = Array.isArray(sorter) ? sorter[0] : sorter;
  if (!first?.order) return undefined;
  const field = first.columnKey ?? (Array.isArray(first.field) ? first.field.join('.') : first.field);
  if (field === undefined) return undefined;
  return first.order === 'descend' ? `-${String(field)}` : String(field);
}

function toInt(value: string | null): number | undefined {
  if (value === null) return undefined;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}
