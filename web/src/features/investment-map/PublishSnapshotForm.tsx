/**
 * Publishing a dated snapshot (the secretariat's editors; anyone else signed in gets the
 * server's 403 message). Shown only to signed-in writers; the list reloads after publication.
 */
import { type FormEvent, useId, useState } from 'react';
import { request } from '../../api/client.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useSession } from '../auth/SessionContext.tsx';

export function PublishSnapshotForm({ onPublished }: { onPublished: () => void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const titleId = useId();
  const dateId = useId();
  const [title, setTitle] = useState('');
  const [asOf, setAsOf] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!user || (user.role !== 'admin' && user.role !== 'editor')) return null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const r = await request<{ title: string }>('/api/v1/investment-map/snapshots', { method: 'POST', json: { title, ...(asOf ? { as_of: asOf } : {}) } });
      setDone(t('invmap.publish.done', { title: r.title }));
      setTitle('');
      onPublished();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="stats-controls invmap-publish" onSubmit={submit} aria-label={t('invmap.publish')}>
      <div className="stats-field">
        <label htmlFor={titleId}>{t('invmap.publish.title')}</label>
        <input id={titleId} value={title} required maxLength={200} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="stats-field">
        <label htmlFor={dateId}>{t('invmap.publish.asOf')}</label>
        <input id={dateId} type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {t('invmap.publish')}
      </button>
      {done ? (
        <p role="status" className="notice">
          {done}
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}
