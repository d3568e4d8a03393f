/** Comments on the plan or on one of its entry items (POST …/comments), oldest first. */
import { type FormEvent, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatTimestamp } from '../../format/period.ts';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { addPlanComment, type PlanView } from './api.ts';

/** The entry items a comment may point at (the editor's sections). */
export const COMMENT_PATHS = [
  'title',
  'area',
  'field',
  'vision',
  'pathway',
  'core_entities',
  'investments',
  'measures',
  'localisation',
  'support',
  'kgis',
  'kpis',
  'withdrawal_criteria',
] as const;

export function PlanComments({ view, onChanged }: { view: PlanView; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const label = (path: string) => t(`plans.f.${path.split(/[.[]/)[0]}` as MessageKey);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const fd = new FormData(form);
    setBusy(true);
    setError(null);
    try {
      await addPlanComment(view.plan.id, String(fd.get('body') ?? ''), String(fd.get('path') ?? '') || null);
      form.reset();
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const comments = view.comments ?? [];
  return (
    <section className="plan-section" aria-labelledby="plan-comments-h">
      <h2 id="plan-comments-h">{t('plans.comments.title')}</h2>
      {comments.length === 0 ? <p>{t('plans.comments.none')}</p> : null}
      <ol className="plan-comments">
        {comments.map((c) => (
          <li key={c.seq}>
            <p className="hint">
              {c.author} · {formatTimestamp(c.at, lang)} · {t('plans.page.version', { n: c.version })}
              {c.path ? ` · ${t('plans.comments.on', { path: label(c.path) })}` : ''}
            </p>
            <p className="plan-text">{c.body}</p>
          </li>
        ))}
      </ol>
      <form onSubmit={onSubmit} noValidate className="subpanel">
        <div className="field">
          <label htmlFor="plan-comment-path">{t('plans.comments.path')}</label>
          <select id="plan-comment-path" name="path" defaultValue="">
            <option value="">{t('plans.comments.whole')}</option>
            {COMMENT_PATHS.map((p) => (
              <option key={p} value={p}>
                {label(p)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="plan-comment-body">{t('plans.comments.body')}</label>
          <textarea id="plan-comment-body" name="body" rows={3} />
        </div>
        {error ? <ErrorMessage error={error} /> : null}
        <button type="submit" className="button button-secondary" disabled={busy}>
          {t('plans.comments.submit')}
        </button>
      </form>
    </section>
  );
}
