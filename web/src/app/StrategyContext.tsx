/**
 * The stored strategies (GET /api/v1/strategies) and which one the page is about: the one in the
 * URL (/strategies/:sid/…) or, on the landing page, the first one.
 */
import { createContext, use, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { listStrategies } from '../api/endpoints.ts';
import type { StrategySummary } from '../api/types.ts';
import { useAsync } from './useAsync.ts';

interface StrategyValue {
  strategies: StrategySummary[] | undefined;
  loading: boolean;
  error: unknown;
  reload: () => void;
}

const StrategyContext = createContext<StrategyValue | null>(null);

export function StrategyProvider({ children }: { children: ReactNode }) {
  const { data, loading, error, reload } = useAsync(() => listStrategies(), []);
  return <StrategyContext value={{ strategies: data?.strategies, loading, error, reload }}>{children}</StrategyContext>;
}

export function useStrategies(): StrategyValue {
  const v = use(StrategyContext);
  if (!v) throw new Error('useStrategies outside StrategyProvider');
  return v;
}

/** The strategy id of the current URL, else the first stored strategy (undefined while loading). */
export function useCurrentStrategyId(): string | undefined {
  const [location] = useLocation();
  const { strategies } = useStrategies();
  const m = /^\/strategies\/([^/]+)/.exec(location);
  if (m) return decodeURIComponent(m[1]!);
  return strategies?.[0]?.id;
}
