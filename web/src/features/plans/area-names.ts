/**
 * Names of 団体コード (prefectures and municipalities) from /api/v1/areas: the prefecture list,
 * and the municipality list of each prefecture the codes fall in (cached GETs, loaded once each).
 */
import { listAreas } from '../../api/statistics.ts';
import { useAsync } from '../../app/useAsync.ts';

export function useAreaNames(codes: readonly string[]): (code: string) => string | undefined {
  const prefsOfMunis = [...new Set(codes.filter((c) => /^\d{6}$/.test(c) && c.slice(2, 5) !== '000').map((c) => c.slice(0, 2)))].sort();
  const prefs = useAsync(() => listAreas('prefecture'), []);
  const munis = useAsync(() => Promise.all(prefsOfMunis.map((p) => listAreas('municipality', p))), [prefsOfMunis.join(',')]);
  const names = new Map<string, string>();
  for (const a of prefs.data?.areas ?? []) names.set(a.code, a.name);
  for (const l of munis.data ?? []) for (const a of l.areas) names.set(a.code, a.name);
  return (code) => names.get(code.padStart(6, '0'));
}
