/**
 * /plans: the nationally published plans with filters (type, prefecture, field, status) and a
 * text search, all in the address (?q=…&type=…) so a filtered list can be shared. Signed-in
 * users also choose 「自分の組織の計画」 (scope=mine) and may create a plan.
 */
import type { FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { listAreas } from '../../api/statistics.ts';
import { paths } from '../../app/paths.ts';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useSession } from '../auth/SessionContext.tsx';
import { getPlanVocabulary, listPlans, type PlanFilters, type PlanListItem, type PlanVocabulary } from './api.ts';
import { CreatePlanForm } from './CreatePlanForm.tsx';
import { PlanBadges } from './PlanBadges.tsx';
import './plans.css';

const KEYS = ['q', 'type', 'pref_code', 'field', 'status', 'scope'] as const;

function filtersOf(search: string): PlanFilters {
  const sp = new URLSearchParams(search);
  const f: Record<string, string> = {};
  for (const k of KEYS) {
    const v = sp.get(k);
    if (v) f[k] = v;
  }
  return f as PlanFilters;
}

export function PlansListPage() {
  const { t } = useI18n();
  usePageTitle(t('plans.list.title'));
  const search = useSearch();
  const [, navigate] = useLocation();
  const { user } = useSession();
  const filters = filtersOf(search);
  const vocab = useAsync(() => getPlanVocabulary(), []);
  const prefs = useAsync(() => listAreas('prefecture'), []);
  const list = useAsync((signal) => listPlans(filters, signal), [search, user?.email]);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const sp = new URLSearchParams();
    for (const k of KEYS) {
      const v = String(fd.get(k) ?? '').trim();
      if (v && !(k === 'scope' && v === 'public')) sp.set(k, v);
    }
    const q = sp.toString();
    navigate(paths.plans.list(q ? `?${q}` : ''));
  };

  return (
    <>
      <h1>{t('plans.list.title')}</h1>
      <p>{t('plans.list.intro')}</p>
      <form className="panel plans-filters" onSubmit={onSubmit} key={search} aria-label={t('plans.list.filters')}>
        <div className="field">
          <label htmlFor="plans-q">{t('plans.list.q')}</label>
          <p className="hint" id="plans-q-hint">
            {t('plans.list.qHint')}
          </p>
          <input id="plans-q" name="q" type="search" defaultValue={filters.q ?? ''} aria-describedby="plans-q-hint" />
        </div>
        <div className="field-row">
          <SelectFilter name="type" label={t('plans.list.type')} value={filters.type} options={Object.entries(vocab.data?.types ?? {})} />
          <SelectFilter name="pref_code" label={t('plans.list.pref')} value={filters.pref_code} options={(prefs.data?.areas ?? []).map((a) => [a.code.slice(0, 2), a.name])} />
          <FieldFilter value={filters.field} vocab={vocab.data} />
          <SelectFilter name="status" label={t('plans.list.status')} value={filters.status} options={Object.entries(vocab.data?.statuses ?? {})} />
        </div>
        {user ? (
          <fieldset className="plans-scope">
            <legend>{t('plans.list.scope')}</legend>
            {(['public', 'mine'] as const).map((s) => (
              <label key={s}>
                <input type="radio" name="scope" value={s} defaultChecked={(filters.scope ?? 'public') === s} /> {t(`plans.list.scope.${s}`)}
              </label>
            ))}
          </fieldset>
        ) : null}
        <button type="submit" className="button button-primary">
          {t('plans.list.apply')}
        </button>
      </form>
      {user && (user.role === 'editor' || user.role === 'admin') ? <CreatePlanForm user={user} types={vocab.data?.types} /> : null}
      {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
      {list.loading && !list.data ? <Loading /> : null}
      {list.data ? (
        <PlanTable plans={list.data.plans} total={list.data.total} vocab={vocab.data} prefNames={new Map((prefs.data?.areas ?? []).map((a) => [a.code.slice(0, 2), a.name]))} />
      ) : null}
    </>
  );
}

function SelectFilter({ name, label, value, options }: { name: string; label: string; value: string | undefined; options: Array<[string, string]> }) {
  const { t } = useI18n();
  const id = `plans-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ''} key={`${options.length}`}>
        <option value="">{t('plans.list.any')}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

function FieldFilter({ value, vocab }: { value: string | undefined; vocab: PlanVocabulary | undefined }) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor="plans-field">{t('plans.list.field')}</label>
      <input id="plans-field" name="field" type="text" list="plans-field-list" defaultValue={value ?? ''} />
      <datalist id="plans-field-list">
        {(vocab?.strategic_fields ?? []).map((f) => (
          <option key={f} value={f} />
        ))}
      </datalist>
    </div>
  );
}

function PlanTable({ plans, total, vocab, prefNames }: { plans: PlanListItem[]; total: number; vocab: PlanVocabulary | undefined; prefNames: ReadonlyMap<string, string> }) {
  const { t } = useI18n();
  if (plans.length === 0) return <p role="status">{t('plans.list.none')}</p>;
  return (
    <>
      <p role="status">{t('plans.list.count', { n: total })}</p>
      <TableScroll label={t('plans.list.caption')}>
        <table className="data-table plans-table">
          <caption className="visually-hidden">{t('plans.list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plans.col.title')}</th>
              <th scope="col">{t('plans.col.type')}</th>
              <th scope="col">{t('plans.col.field')}</th>
              <th scope="col">{t('plans.col.prefs')}</th>
              <th scope="col">{t('plans.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {plans.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <Link href={paths.plans.plan(p.id)}>{p.title}</Link> <PlanBadges plan={p} />
                </th>
                <td>{vocab?.types[p.type] ?? p.type}</td>
                <td>{p.field}</td>
                <td>{p.pref_codes.map((c) => prefNames.get(c.slice(0, 2)) ?? c).join('・')}</td>
                <td>{vocab?.statuses[p.status] ?? p.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
