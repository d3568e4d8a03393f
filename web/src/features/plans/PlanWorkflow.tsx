/**
 * The workflow actions open to the reader (the API's `actions`), each a small form asking for what
 * it needs — a comment for advice, return and withdrawal, the date and URL of the local
 * publication — and showing a refusal's reasons in the server's words.
 */
import { type FormEvent, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { errorText } from '../../components/ErrorMessage.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { transitionPlan, type PlanView, type PlanVocabulary } from './api.ts';

const NEEDS_COMMENT = new Set(['advise', 'return_formal', 'withdraw']);

export function PlanWorkflow({ view, vocab, onChanged }: { view: PlanView; vocab: PlanVocabulary | undefined; onChanged: () => void }) {
  const { t } = useI18n();
  const [done, setDone] = useState<string | null>(null);
  const actions = view.actions ?? [];
  return (
    <section className="plan-section panel" aria-labelledby="plan-workflow-h">
      <h2 id="plan-workflow-h">{t('plans.full.title')}</h2>
      <div role="status" aria-live="polite">
        {done ? <p className="notice notice-success">{t('plans.full.done', { action: vocab?.actions[done] ?? done })}</p> : null}
      </div>
      {actions.length === 0 ? <p>{t('plans.full.noActions')}</p> : null}
      <div className="plan-actions-list">
        {actions.map((a) => (
          <ActionForm
            key={a}
            planId={view.plan.id}
            action={a}
            label={vocab?.actions[a] ?? a}
            onDone={() => {
              setDone(a);
              onChanged();
            }}
          />
        ))}
      </div>
    </section>
  );
}

function ActionForm({ planId, action, label, onDone }: { planId: string; action: string; label: string; onDone: () => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errRef = useRef<HTMLDivElement>(null);
  const id = (k: string) => `plan-act-${action}-${k}`;

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const str = (k: string) => (fd.has(k) ? String(fd.get(k)).trim() : undefined);
    setBusy(true);
    setError(null);
    try {
      await transitionPlan(planId, { action, comment: str('comment'), published_on: str('published_on') || undefined, url: str('url') || undefined });
      onDone();
    } catch (err) {
      setError(err);
      requestAnimationFrame(() => errRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  const reasons = error instanceof ApiError ? error.issues.map((i) => i.reason).filter((r) => r && r !== errorText(error)) : [];
  return (
    <form className="subpanel plan-action" onSubmit={onSubmit} noValidate aria-label={label}>
      {NEEDS_COMMENT.has(action) ? (
        <div className="field">
          <label htmlFor={id('comment')}>{t('plans.full.comment')}</label>
          <textarea id={id('comment')} name="comment" rows={3} />
        </div>
      ) : null}
      {action === 'publish_local' ? (
        <div className="field-row">
          <div className="field">
            <label htmlFor={id('date')}>{t('plans.full.publishedOn')}</label>
            <input id={id('date')} name="published_on" type="date" />
          </div>
          <div className="field">
            <label htmlFor={id('url')}>{t('plans.full.url')}</label>
            <input id={id('url')} name="url" type="url" inputMode="url" />
          </div>
        </div>
      ) : null}
      <button type="submit" className="button button-primary" disabled={busy}>
        {label}
      </button>
      {error ? (
        <div ref={errRef} tabIndex={-1} className="notice notice-error" role="alert">
          <p className="notice-label">{t('plans.full.refused')}</p>
          <p lang="ja">{errorText(error)}</p>
          {reasons.length > 0 ? (
            <ul lang="ja">
              {reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
