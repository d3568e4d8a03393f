/** KPI links of a project, picked from the applicant's own strategies (GET /strategies, then each catalog). */
import { getCatalog, listStrategies } from '../../api/endpoints.ts';
import { useAsync } from '../../app/useAsync.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { ProjectDraft } from './api.ts';

export function useApplicantKpis(applicantCode: string) {
  return useAsync(async () => {
    const { strategies } = await listStrategies();
    const own = strategies.filter((s) => (s as { owner_code?: string }).owner_code === applicantCode);
    const catalogs = await Promise.all(own.map((s) => getCatalog(s.id)));
    return catalogs.flatMap((c, i) => c.kpis.map((k) => ({ strategy_id: own[i]?.id ?? '', kpi_id: k.id, name: k.name as string })));
  }, [applicantCode]);
}

export function KpiPicker({ p, kpis, set }: { p: ProjectDraft; kpis: { strategy_id: string; kpi_id: string; name: string }[]; set: (p: ProjectDraft) => void }) {
  const { t } = useI18n();
  const has = (s: string, k: string) => p.kpis.some((x) => x.strategy_id === s && x.kpi_id === k);
  return (
    <fieldset>
      <legend>{t('grants.edit.kpis')}</legend>
      {kpis.map((k) => (
        <label key={`${k.strategy_id}/${k.kpi_id}`} className="grants-kpi">
          <input
            type="checkbox"
            checked={has(k.strategy_id, k.kpi_id)}
            onChange={(e) =>
              set({
                ...p,
                kpis: e.target.checked
                  ? [...p.kpis, { strategy_id: k.strategy_id, kpi_id: k.kpi_id }]
                  : p.kpis.filter((x) => !(x.strategy_id === k.strategy_id && x.kpi_id === k.kpi_id)),
              })
            }
          />{' '}
          {k.name}（{k.kpi_id}）
        </label>
      ))}
    </fieldset>
  );
}
