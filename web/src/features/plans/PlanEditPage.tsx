/**
 * /plans/:id/edit — structured forms for every entry item. Save sends the version the edit was
 * made on; a 409 shows who changed what and reloads the latest version without losing the input
 * (items the user did not touch take the other person's values); a 400's issues are shown at their
 * fields (issue.column is the JSON path) and in the error summary, which links to them.
 */
import { type FormEvent, useCallback, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { ApiError } from '../../api/client.ts';
import { paths } from '../../app/paths.ts';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SubmitActions } from '../../components/SubmitActions.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useSession } from '../auth/SessionContext.tsx';
import { type ContentChange, getPlan, getPlanVocabulary, type PlanView, savePlan } from './api.ts';
import { fieldId, setAt } from './content-paths.ts';
import { en as planFieldsEn, ja as planFieldsJa } from './field-messages.ts';
import { issueLabel } from './issue-label.ts';
import { CriteriaEditor, EntitiesEditor, InvestmentsEditor, KgisEditor, KpisEditor, MeasuresEditor } from './EditorLists.tsx';
import { EditorSection, MeansTextSection, OutlineSection, TextGroup } from './EditorSections.tsx';
import { EditorContext } from './editor-fields.tsx';
import { ChangeTable } from './PlanVersions.tsx';
import './plans.css';

export function PlanEditPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const plan = useAsync((signal) => getPlan(id, undefined, signal), [id, user?.email]);
  usePageTitle(plan.data ? t('plans.edit.title', { title: plan.data.plan.title }) : t('plans.page.loading'));
  if (plan.error && !plan.data) return <ErrorMessage error={plan.error} onRetry={plan.reload} />;
  if (!plan.data) return <Loading />;
  if (plan.data.view !== 'full' || !plan.data.can_edit) {
    return (
      <>
        <h1>{plan.data.plan.title}</h1>
        <p className="notice notice-info">{t('plans.edit.noEdit')}</p>
        <Link href={paths.plans.plan(id)}>{t('plans.edit.back')}</Link>
      </>
    );
  }
  return <Editor key={id} initial={plan.data} />;
}

/** Top-level items the user left as they were take the latest version's value; the rest keep the user's input. */
function mergeDraft(base: Record<string, unknown>, draft: Record<string, unknown>, latest: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...draft };
  for (const k of Object.keys(latest)) if (JSON.stringify(draft[k]) === JSON.stringify(base[k])) out[k] = latest[k];
  return out;
}

function Editor({ initial }: { initial: PlanView }) {
  const { t, lang } = useI18n();
  const fieldLabels = lang === 'en' ? planFieldsEn : planFieldsJa;
  const id = initial.plan.id;
  const type = initial.plan.type;
  const vocab = useAsync(() => getPlanVocabulary(), []);
  const [draft, setDraft] = useState<Record<string, unknown>>(initial.content as unknown as Record<string, unknown>);
  const [base, setBase] = useState({ version: initial.version, content: initial.content as unknown as Record<string, unknown> });
  const [issues, setIssues] = useState<ReadonlyMap<string, string>>(new Map());
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ContentChange[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const set = useCallback((path: string, value: unknown) => setDraft((d) => setAt(d, path, value)), []);
  const editor = useMemo(() => ({ draft, set, issues }), [draft, set, issues]);

  const onSave = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    setStatus(null);
    setFormError(null);
    try {
      const r = await savePlan(id, base.version, draft);
      setIssues(new Map());
      setConflict(null);
      const fresh = await getPlan(id);
      setBase({ version: fresh.version, content: fresh.content as unknown as Record<string, unknown> });
      setDraft(fresh.content as unknown as Record<string, unknown>);
      setStatus(r.changes === 0 ? t('plans.edit.unchanged') : t('plans.edit.saved', { n: r.version, changes: r.changes }));
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) setConflict((err.current?.changes as ContentChange[] | undefined) ?? []);
      const located = err instanceof ApiError ? err.issues.filter((i) => i.column) : [];
      setIssues(new Map(located.map((i) => [i.column!, i.reason])));
      setFormError(err instanceof ApiError && err.status === 409 ? null : located.length > 0 ? null : err instanceof Error ? err.message : String(err));
      requestAnimationFrame(() => summary.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  const onReload = async () => {
    const fresh = await getPlan(id);
    const latest = fresh.content as unknown as Record<string, unknown>;
    setDraft((d) => mergeDraft(base.content, d, latest));
    setBase({ version: fresh.version, content: latest });
    setConflict(null);
    setStatus(t('plans.edit.reloaded', { n: fresh.version }));
  };

  const summaryFields = [...issues.entries()].map(([path, message]) => ({
    id: fieldId(path),
    label: issueLabel(path, (key, n) => (n === undefined ? (fieldLabels[key as keyof typeof fieldLabels] ?? null) : t('plans.edit.item', { n }))),
    message,
  }));
  return (
    <EditorContext value={editor}>
      <p>
        <Link href={paths.plans.plan(id)}>{t('plans.edit.back')}</Link>
      </p>
      <h1>{t('plans.edit.title', { title: initial.plan.title })}</h1>
      <p>{t('plans.edit.intro')}</p>
      <p className="hint">{t('plans.page.version', { n: base.version })}</p>
      <form onSubmit={onSave} noValidate className="plan-editor">
        <ErrorSummary
          summaryRef={summary}
          heading={(n) => t('plans.edit.errors', { n })}
          fields={summaryFields}
          formError={formError ? { text: formError, loginHref: null } : null}
        />
        {conflict ? (
          <div className="notice notice-error" role="alert">
            <p className="notice-label">{t('plans.edit.conflict')}</p>
            <p>{t('plans.edit.conflictChanges')}</p>
            <ChangeTable changes={conflict} />
            <button type="button" className="button button-secondary" onClick={() => void onReload()}>
              {t('plans.edit.reload')}
            </button>
          </div>
        ) : null}
        {/* Remounted per version: the number and code inputs re-read the draft after a save or reload. */}
        <div key={base.version}>
          <OutlineSection type={type} fields={vocab.data?.strategic_fields ?? []} />
          <EditorSection id="ed-goal" title={t('plans.sec.goal')}>
            <TextGroup group="vision" keys={['current_state', 'target', 'basis', 'verification_method']} />
            <KgisEditor />
            <KpisEditor />
          </EditorSection>
          <EditorSection id="ed-pathway" title={t('plans.sec.pathway')}>
            <TextGroup group="pathway" keys={['strategy', 'investment_picture', 'regional_impact', 'export_or_substitution']} />
            <InvestmentsEditor isA={type === 'A'} />
            <EntitiesEditor kinds={vocab.data?.core_entity_kinds ?? { company: '企業' }} />
          </EditorSection>
          <EditorSection id="ed-means" title={t('plans.sec.means')}>
            <MeasuresEditor />
            <MeansTextSection type={type} />
            <CriteriaEditor />
          </EditorSection>
        </div>
        <div className="plan-save-bar">
          <div role="status" aria-live="polite">
            {status ? <p className="notice notice-success">{status}</p> : null}
          </div>
          <SubmitActions busy={busy} label={t('plans.edit.save')} busyLabel={t('plans.edit.saving')} />
        </div>
      </form>
    </EditorContext>
  );
}
