/**
 * 「計画を作成」: the type, the owner (the user's own government for B and C; a bureau or the
 * secretariat drafts A) and a title. The server decides who may (403 in its own words); the new
 * plan opens in the editor.
 */
import { type FormEvent, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { ApiError } from '../../api/client.ts';
import type { SessionUser } from '../../api/types.ts';
import { paths } from '../../app/paths.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SubmitActions } from '../../components/SubmitActions.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { createPlan, type PlanType } from './api.ts';

export function CreatePlanForm({ user, types }: { user: SessionUser; types: Record<PlanType, string> | undefined }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | Error | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const { plan } = await createPlan({ type: String(fd.get('type')) as PlanType, owner_org_id: String(fd.get('owner')).trim(), title: String(fd.get('title')).trim() });
      navigate(paths.plans.edit(plan.id));
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
      setBusy(false);
      summary.current?.focus();
    }
  };

  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <details className="panel plans-create">
      <summary>{t('plans.create.title')}</summary>
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary
          summaryRef={summary}
          heading={(n) => t('plans.edit.errors', { n })}
          fields={[]}
          formError={error ? { text: [error.message, ...issues.map((i) => `${i.column ?? ''} ${i.reason}`)].join(' '), loginHref: null } : null}
        />
        <div className="field-row">
          <div className="field">
            <label htmlFor="plan-create-type">{t('plans.create.type')}</label>
            <select id="plan-create-type" name="type" defaultValue="B">
              {(['A', 'B', 'C'] as const).map((k) => (
                <option key={k} value={k}>
                  {k} {types?.[k] ?? ''}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="plan-create-owner">{t('plans.create.owner')}</label>
            <p className="hint" id="plan-create-owner-hint">
              {t('plans.create.ownerHint')}
            </p>
            <input id="plan-create-owner" name="owner" type="text" defaultValue={user.org_code} aria-describedby="plan-create-owner-hint" />
          </div>
        </div>
        <div className="field">
          <label htmlFor="plan-create-title">{t('plans.create.name')}</label>
          <input id="plan-create-title" name="title" type="text" required maxLength={200} />
        </div>
        <SubmitActions busy={busy} label={t('plans.create.submit')} busyLabel={t('plans.create.busy')} />
      </form>
    </details>
  );
}
