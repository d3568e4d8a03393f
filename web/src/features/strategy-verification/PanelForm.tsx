/**
 * The owner names a panel member (while draft or open): an existing user's e-mail, the name the
 * report shows, the sector (産官学金労言士) and a conflict-of-interest declaration with the KPIs
 * it excludes. The server checks everything and names the refused field.
 */
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { type RoundView, setMember } from './api.ts';

export const SECTORS = ['industry', 'government', 'academia', 'finance', 'labour', 'media', 'law'] as const;

export function PanelForm({ view, onDone }: { view: RoundView; onDone: () => void }) {
  const { t } = useI18n();
  const [f, setF] = useState({ email: '', name: '', sector: 'industry', organisation: '', conflict: '' });
  const [excluded, setExcluded] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!view.me.can.manage || view.round.status === 'closed') return null;
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await setMember(view.round.id, { ...f, excluded_kpis: excluded });
      onDone();
    } catch (e) {
      setError([e instanceof Error ? e.message : String(e), ...(e instanceof ApiError ? e.issues.map((i) => i.reason) : [])].join(' '));
    } finally {
      setBusy(false);
    }
  };
  const text = (k: 'email' | 'name' | 'organisation' | 'conflict', type = 'text') => (
    <div className="field">
      <label htmlFor={`sv-m-${k}`}>{t(`sv.member.${k}`)}</label>
      <input id={`sv-m-${k}`} type={type} value={f[k]} onChange={(e) => setF({ ...f, [k]: e.target.value })} />
    </div>
  );
  return (
    <section className="panel" aria-labelledby="sv-panel-form">
      <h2 id="sv-panel-form">{t('sv.member.title')}</h2>
      <p>{t('sv.member.intro')}</p>
      {text('email', 'email')}
      {text('name')}
      <div className="field">
        <label htmlFor="sv-m-sector">{t('sv.col.sector')}</label>
        <select id="sv-m-sector" value={f.sector} onChange={(e) => setF({ ...f, sector: e.target.value })}>
          {SECTORS.map((s) => (
            <option key={s} value={s}>
              {t(`sv.sector.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {text('organisation')}
      {text('conflict')}
      <fieldset className="sv-excluded">
        <legend>{t('sv.member.excluded')}</legend>
        {view.kpis.map((k) => (
          <label key={k.id} className="sv-check">
            <input type="checkbox" checked={excluded.includes(k.id)} onChange={(e) => setExcluded(e.target.checked ? [...excluded, k.id] : excluded.filter((x) => x !== k.id))} />
            {k.name}（{k.id}）
          </label>
        ))}
      </fieldset>
      <button type="button" className="button button-primary" disabled={busy} onClick={() => void submit()}>
        {t('sv.member.save')}
      </button>
      {error ? (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
