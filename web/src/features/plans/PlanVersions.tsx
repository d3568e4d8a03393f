/** The plan's versions, two of them compared field by field (GET …/compare), and its audit trail (GET …/history). */
import { type FormEvent, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatTimestamp } from '../../format/period.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { comparePlanVersions, type ContentChange, type HistoryEntry, planHistory, type PlanView } from './api.ts';

const shown = (v: unknown): string => (v === null || v === undefined || v === '' ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

export function PlanVersions({ view }: { view: PlanView }) {
  const { t, lang } = useI18n();
  const versions = view.versions ?? [];
  const [changes, setChanges] = useState<ContentChange[] | null>(null);
  const [history, setHistory] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const last = versions.at(-1)?.version ?? view.version;

  const onCompare = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    setError(null);
    try {
      setChanges((await comparePlanVersions(view.plan.id, Number(fd.get('from')), Number(fd.get('to')))).changes);
    } catch (err) {
      setError(err);
    }
  };
  const onHistory = async () => {
    setError(null);
    try {
      setHistory((await planHistory(view.plan.id)).entries);
    } catch (err) {
      setError(err);
    }
  };

  const select = (name: string, label: string, initial: number) => (
    <div className="field">
      <label htmlFor={`plan-cmp-${name}`}>{label}</label>
      <select id={`plan-cmp-${name}`} name={name} defaultValue={String(initial)}>
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            {t('plans.page.version', { n: v.version })}（{formatTimestamp(v.created_at, lang)}）
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="plan-section" aria-labelledby="plan-versions-h">
      <h2 id="plan-versions-h">{t('plans.versions.title')}</h2>
      <form onSubmit={onCompare} className="subpanel">
        <div className="field-row">
          {select('from', t('plans.versions.from'), Math.max(1, last - 1))}
          {select('to', t('plans.versions.to'), last)}
        </div>
        <button type="submit" className="button button-secondary">
          {t('plans.versions.compare')}
        </button>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {changes ? <ChangeTable changes={changes} /> : null}
      <h3>{t('plans.history.title')}</h3>
      {history === null ? (
        <button type="button" className="button button-secondary" onClick={onHistory}>
          {t('plans.history.show')}
        </button>
      ) : history.length === 0 ? (
        <p>{t('plans.history.none')}</p>
      ) : (
        <ol className="plan-events">
          {history.map((h) => (
            <li key={String(h.id)}>
              {h.at ? formatTimestamp(String(h.at), lang) : ''} <strong>{h.action_label ?? h.action}</strong> {h.actor_label ?? ''}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function ChangeTable({ changes }: { changes: ContentChange[] }) {
  const { t } = useI18n();
  if (changes.length === 0) return <p role="status">{t('plans.versions.noChange')}</p>;
  return (
    <TableScroll label={t('plans.versions.title')}>
      <table className="data-table plan-changes">
        <caption className="visually-hidden">{t('plans.versions.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.versions.item')}</th>
            <th scope="col">{t('plans.versions.before')}</th>
            <th scope="col">{t('plans.versions.after')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.path}>
              <th scope="row">{c.label}</th>
              <td className="plan-text">{shown(c.before)}</td>
              <td className="plan-text">{shown(c.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
