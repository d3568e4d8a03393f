/**
 * The selection of a statistics page lives in the query string (?indicator=&level=&period=…),
 * so every view can be bookmarked and shared (choices replace the history entry).
 */
import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';

export function useStatsParams(): [URLSearchParams, (patch: Record<string, string | null | undefined>) => void] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const update = useCallback(
    (patch: Record<string, string | null | undefined>) => {
      const next = new URLSearchParams(search);
      for (const [k, v] of Object.entries(patch)) {
        if (v === null || v === undefined || v === '') next.delete(k);
        else next.set(k, v);
      }
      const q = next.toString();
      navigate(`${location}${q ? `?${q}` : ''}`, { replace: true });
    },
    [search, location, navigate],
  );
  return [params, update];
}
