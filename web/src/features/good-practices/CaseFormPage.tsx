/**
 * /good-practices/new and /good-practices/:id/edit: a government's editors write a case in the
 * case format and save it as a draft (作成中). What is typed stays as typed (「1億2,000万」) and is
 * read back beside the field; the server's 400 issues are listed in the error summary, each a
 * link to its field; a 409 says someone else saved first and keeps the typing on the screen.
 */
import { useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiError } from '../../api/client.ts';
import { paths } from '../../app/paths.ts';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useSession } from '../auth/SessionContext.tsx';
import { formErrors, NO_ERRORS } from '../grants/form-errors.tsx';
import { areaNameMap, type CaseDetail, createCase, getCase, getVocabulary, goodPracticePaths, saveCase, type Vocabulary } from './api.ts';
import { type CaseDraft, contentOf, draftOf, emptyDraft, locateCaseField, type StoredContent } from './case-form.ts';
import { CaseErrors, FundingFields, LessonAndSourceFields, OutlineFields, ParticipantFields, ProblemFields, RegionFields, ResultFields } from './CaseFormFields.tsx';
import './good-practices.css';

interface EditorProps {
  ownerCode: string;
  existing: CaseDetail | null;
  vocab: Vocabulary;
  names: ReadonlyMap<string, string>;
  reload: () => void;
}

function Editor({ ownerCode, existing, vocab, names, reload }: EditorProps) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState<CaseDraft>(() => (existing ? draftOf(existing.case.content as unknown as StoredContent) : emptyDraft()));
  const [version, setVersion] = useState(existing?.case.version ?? 0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const update = (next: Partial<CaseDraft>) => {
    setSaved(null);
    setDraft((d) => ({ ...d, ...next }));
  };
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      if (existing) {
        const r = await saveCase(existing.case.id, version, contentOf(draft));
        setVersion(r.version);
        setSaved(r.version);
      } else {
        const r = await createCase(ownerCode, contentOf(draft));
        navigate(goodPracticePaths.case(r.case.id));
      }
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
      summary.current?.focus();
    } finally {
      setBusy(false);
    }
  };
  const conflict = error instanceof ApiError && error.status === 409;
  const next = existing ? goodPracticePaths.edit(existing.case.id) : goodPracticePaths.create();
  const located = conflict ? NO_ERRORS : formErrors(error, (column) => locateCaseField(column, draft, t), [], next);
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate aria-labelledby="gp-form-title" className="gp-case-form">
      <ErrorSummary
        summaryRef={summary}
        heading={(n) => t('gp.form.errors', { n })}
        fields={located.fields}
        formError={conflict ? { text: t('gp.form.conflict', { version: String(error.current?.version ?? '') }), loginHref: null } : located.formError}
      />
      {conflict ? (
        <p>
          <button type="button" className="button" onClick={reload}>
            {t('gp.form.reload')}
          </button>
        </p>
      ) : null}
      <CaseErrors.Provider value={located}>
        <OutlineFields d={draft} update={update} vocab={vocab} />
        <RegionFields d={draft} update={update} names={names} />
        <ProblemFields d={draft} update={update} />
        <ParticipantFields d={draft} update={update} vocab={vocab} />
        <FundingFields d={draft} update={update} vocab={vocab} />
        <ResultFields d={draft} update={update} />
        <LessonAndSourceFields d={draft} update={update} />
      </CaseErrors.Provider>
      <div className="gp-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void save()}>
          {busy ? t('gp.form.saving') : t('gp.form.save')}
        </button>
        <span role="status" aria-live="polite" className="inline-status">
          {saved !== null ? t('gp.form.saved', { version: saved }) : null}
        </span>
      </div>
    </form>
  );
}

export function CaseFormPage({ id }: { id?: string }) {
  const { t } = useI18n();
  const { user, status } = useSession();
  usePageTitle(t(id ? 'gp.form.editTitle' : 'gp.form.newTitle'));
  const vocab = useAsync((s) => getVocabulary(s), []);
  const names = useAsync(() => areaNameMap(), []);
  const existing = useAsync((s) => (id ? getCase(id, s) : Promise.resolve(null)), [id]);
  const heading = (
    <h1 id="gp-form-title">
      {id ? t('gp.form.editTitle') : t('gp.form.newTitle')}
      {existing.data ? `: ${existing.data.case.title}` : ''}
    </h1>
  );
  const back = (
    <p>
      <Link href={id ? goodPracticePaths.case(id) : goodPracticePaths.list()}>{id ? t('gp.form.back') : t('gp.form.backList')}</Link>
    </p>
  );
  if (status === 'loading') return <Loading />;
  if (!user)
    return (
      <>
        {heading}
        <p>
          {t('gp.form.signIn')} <Link href={paths.login(id ? goodPracticePaths.edit(id) : goodPracticePaths.create())}>{t('auth.toLogin')}</Link>
        </p>
      </>
    );
  const failed = vocab.error ?? existing.error ?? names.error;
  if (failed)
    return (
      <>
        {back}
        {heading}
        <ErrorMessage error={failed} />
      </>
    );
  if (!vocab.data || !names.data || (id && !existing.data)) return <Loading />;
  const e = existing.data;
  const editable = !e || e.case.status === 'draft' || e.case.status === 'returned';
  return (
    <>
      {back}
      {heading}
      <p>{t('gp.form.intro')}</p>
      <p className="gp-meta">{t('gp.form.owner', { name: e?.case.owner_name ?? user.org_name ?? user.org_code, code: e?.case.owner_code ?? user.org_code })}</p>
      {editable ? (
        <Editor key={e?.case.version ?? 0} ownerCode={user.org_code} existing={e ?? null} vocab={vocab.data} names={names.data} reload={existing.reload} />
      ) : (
        <p className="notice">{t('gp.form.notEditable', { status: e.case.status_label })}</p>
      )}
    </>
  );
}
