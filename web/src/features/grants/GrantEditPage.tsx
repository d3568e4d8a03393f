/**
 * /grants/:id/edit: the builder. The content is held as typed (amounts as 「3億」) and checked
 * live by POST /grants/check (debounced), so the combination rule shows as soon as an インフラ
 * project stands alone. Save sends base_version (a 409 explains and offers a reload); submit
 * is refused while the checks have errors.
 */
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiError } from '../../api/client.ts';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { checkGrant, type GrantChecks, type GrantContent, type GrantView, getGrant, grantPaths, saveGrant, transitionGrant } from './api.ts';
import { ChecksPanel } from './GrantChecks.tsx';
import { BuilderErrors, locateBuilderField } from './builder-errors.tsx';
import { formErrors, NO_ERRORS } from './form-errors.tsx';
import { BasicsFields, ProjectsFields } from './GrantEditFields.tsx';
import './grants.css';

const CHECK_DELAY_MS = 500;

function useLiveChecks(content: GrantContent, initial: GrantChecks): { checks: GrantChecks; busy: boolean } {
  const [checks, setChecks] = useState(initial);
  const [busy, setBusy] = useState(false);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setBusy(true);
      checkGrant(content, controller.signal)
        .then(setChecks, () => undefined) // malformed drafts: the save names the fields
        .finally(() => setBusy(false));
    }, CHECK_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [content]);
  return { checks, busy };
}

function Editor({ view, reload }: { view: GrantView; reload: () => void }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [content, setContent] = useState<GrantContent>(view.content);
  const [version, setVersion] = useState(view.version);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const { checks, busy: checking } = useLiveChecks(content, view.checks);
  const update = (next: Partial<GrantContent>) => {
    setSaved(null);
    setContent((c) => ({ ...c, ...next }));
  };

  const save = async (): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      const r = await saveGrant(view.application.id, version, content);
      setVersion(r.version);
      setSaved(r.version);
      return true;
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
      summary.current?.focus();
      return false;
    } finally {
      setBusy(false);
    }
  };
  const submit = async () => {
    if (!(await save())) return;
    try {
      await transitionGrant(view.application.id, 'submit');
      navigate(grantPaths.application(view.application.id));
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
      summary.current?.focus();
    }
  };
  const conflict = error instanceof ApiError && error.status === 409;
  // a 409 is the form's own problem (reload), everything else is located where it can be
  const located = conflict ? NO_ERRORS : formErrors(error, (column) => locateBuilderField(column, content, t));
  const blocked = checks.errors > 0;
  return (
    <div className="grants-edit">
      <form onSubmit={(e) => e.preventDefault()} noValidate aria-labelledby="grant-edit-title">
        <ErrorSummary
          summaryRef={summary}
          heading={(n) => t('grants.edit.errors', { n })}
          fields={located.fields}
          formError={conflict ? { text: t('grants.edit.conflict', { version: String(error.current?.version ?? '') }), loginHref: null } : located.formError}
        />
        {conflict ? (
          <p>
            <button type="button" className="button" onClick={reload}>
              {t('grants.edit.reload')}
            </button>
          </p>
        ) : null}
        <BuilderErrors.Provider value={located}>
          <BasicsFields content={content} update={update} />
          <ProjectsFields content={content} update={update} />
        </BuilderErrors.Provider>
        <div className="grants-actions">
          <button type="button" className="button" disabled={busy} onClick={() => void save()}>
            {busy ? t('grants.edit.saving') : t('grants.edit.save')}
          </button>
          {view.may.submit ? (
            <button
              type="button"
              className="button button-primary"
              disabled={busy || blocked}
              aria-describedby={blocked ? 'grant-edit-blocked' : undefined}
              onClick={() => void submit()}
            >
              {t('grants.action.submit')}
            </button>
          ) : null}
          <span role="status" aria-live="polite" className="inline-status">
            {saved !== null ? t('grants.edit.saved', { version: saved }) : null}
          </span>
        </div>
        {view.may.submit && blocked ? (
          <p id="grant-edit-blocked" className="notice notice-error">
            {t('grants.action.submitBlocked')}
          </p>
        ) : null}
      </form>
      <aside className="grants-edit-aside" aria-label={t('grants.edit.live')}>
        <ChecksPanel checks={checks} busy={checking} />
      </aside>
    </div>
  );
}

export function GrantEditPage({ id }: { id: string }) {
  const { t } = useI18n();
  usePageTitle(t('grants.edit.title'));
  const grant = useAsync((signal) => getGrant(id, signal), [id]);
  if (grant.error && !grant.data) return <ErrorMessage error={grant.error} />;
  if (!grant.data) return <Loading />;
  return (
    <>
      <p>
        <Link href={grantPaths.application(id)}>{t('grants.edit.back')}</Link>
      </p>
      <h1 id="grant-edit-title">
        {t('grants.edit.title')}: {grant.data.application.title}
      </h1>
      <Editor key={grant.data.version} view={grant.data} reload={grant.reload} />
    </>
  );
}
