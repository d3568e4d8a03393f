/**
 * The evaluation date (as_of) shared by every page: today in Japan time unless the URL says
 * ?as_of=YYYY-MM-DD. Changing it keeps ?as_of in the address so the view can be shared.
 */
import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import { isIsoDay, todayJst } from '../format/period.ts';

interface AsOfValue {
  asOf: string;
  today: string;
  setAsOf: (day: string) => void;
}

const AsOfContext = createContext<AsOfValue | null>(null);

function fromUrl(): string | null {
  const v = new URLSearchParams(window.location.search).get('as_of');
  return v && isIsoDay(v) ? v : null;
}

/** The evaluation date the application starts with (for prefetching before React renders). */
export function initialAsOf(): string {
  return fromUrl() ?? todayJst();
}

export function AsOfProvider({ children }: { children: ReactNode }) {
  const today = useMemo(() => todayJst(), []);
  const [asOf, setState] = useState<string>(() => fromUrl() ?? today);

  const setAsOf = useCallback(
    (day: string) => {
      if (!isIsoDay(day)) return;
      setState(day);
      const url = new URL(window.location.href);
      if (day === today) url.searchParams.delete('as_of');
      else url.searchParams.set('as_of', day);
      window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    },
    [today],
  );

  const value = useMemo(() => ({ asOf, today, setAsOf }), [asOf, today, setAsOf]);
  return <AsOfContext value={value}>{children}</AsOfContext>;
}

export function useAsOf(): AsOfValue {
  const v = use(AsOfContext);
  if (!v) throw new Error('useAsOf outside AsOfProvider');
  return v;
}
