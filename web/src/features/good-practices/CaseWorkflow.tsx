/**
 * The workflow on a case's page: its status, the reason a returned case was returned (to its
 * owner), 「編集」「提出する」 for the owner's editors (what is missing listed when the server
 * refuses the submission), 「確認して公開」「差し戻す」 (with a required reason) for the
 * secretariat; and 「この事例を導入した」 for an editor of another government, with its outcome.
 */
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { ApiError } from '../../api/client.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useSession } from '../auth/SessionContext.tsx';
import { fiscalYearLabel } from '../grants/GrantChecks.tsx';
import { type CaseDetail, goodPracticePaths, recordAdoption, transitionCase, type Vocabulary } from './api.ts';

type Action = 'submit' | 'return' | 'validate';

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return (
    <span className={`gp-status gp-status-${status}`} data-testid="gp-status">
      {label}
    </span>
  );
}

function Refusal({ error, caseId, canEdit }: { error: unknown; caseId: string; canEdit: boolean }) {
  const { t } = useI18n();
  const missing = error instanceof ApiError && error.status === 400 ? error.issues.filter((i) => i.column?.startsWith('content.')) : [];
  if (missing.length === 0) return <ErrorMessage error={error} />;
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-label">{t('gp.flow.missing')}</p>
      <ul>
        {missing.map((i) => (
          <li key={i.column} lang="ja">
            {i.reason}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <p>
          <Link href={goodPracticePaths.edit(caseId)}>{t('gp.flow.toEdit')}</Link>
        </p>
      ) : null}
    </div>
  );
}

export function WorkflowPanel({ d, vocab, reload }: { d: CaseDetail; vocab: Vocabulary | undefined; reload: () => void }) {
  const { t } = useI18n();
  const c = d.case;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const editable = c.status === 'draft' || c.status === 'returned';
  const waiting = c.status === 'submitted';
  const lastReturn = [...d.history].reverse().find((h) => h.action === 'return');
  const act = async (action: Action) => {
    if (action === 'return' && reason.trim() === '') {
      setReasonMissing(true);
      document.getElementById('gp-return-reason')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    setReasonMissing(false);
    try {
      const r = await transitionCase(c.id, action, action === 'return' ? reason : undefined);
      setDone(t('gp.flow.done', { status: vocab?.statuses[r.status] ?? r.status }));
      setReason('');
      reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const owner = d.may.edit || d.may.submit;
  const secretariat = d.may.validate || d.may.return;
  return (
    <section aria-labelledby="gp-flow-h" className="panel">
      <h2 id="gp-flow-h">{t('gp.flow.title')}</h2>
      <p>
        {t('gp.case.status')}: <StatusBadge status={c.status} label={c.status_label} />
      </p>
      {c.status === 'returned' && lastReturn && owner ? (
        <p className="notice" data-testid="gp-returned">
          {t('gp.flow.returned', { reason: lastReturn.comment })}
        </p>
      ) : null}
      {error ? <Refusal error={error} caseId={c.id} canEdit={d.may.edit} /> : null}
      <div className="gp-actions">
        {d.may.edit && editable ? (
          <Link className="button" href={goodPracticePaths.edit(c.id)}>
            {t('gp.flow.edit')}
          </Link>
        ) : null}
        {d.may.submit && editable ? (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void act('submit')}>
            {t('gp.flow.submit')}
          </button>
        ) : null}
        {d.may.validate && waiting ? (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void act('validate')}>
            {t('gp.flow.validate')}
          </button>
        ) : null}
      </div>
      {d.may.return && waiting && secretariat ? (
        <div className="field">
          <label htmlFor="gp-return-reason">{t('gp.flow.reason')}</label>
          <textarea
            id="gp-return-reason"
            rows={3}
            value={reason}
            required
            aria-invalid={reasonMissing ? true : undefined}
            aria-describedby={reasonMissing ? 'gp-return-reason-error' : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
          {reasonMissing ? (
            <p className="field-error" id="gp-return-reason-error">
              {t('gp.flow.reasonMissing')}
            </p>
          ) : null}
          <button type="button" className="button" disabled={busy} onClick={() => void act('return')}>
            {t('gp.flow.return')}
          </button>
        </div>
      ) : null}
      <p role="status" aria-live="polite" className="inline-status">
        {busy ? t('gp.flow.busy') : done}
      </p>
    </section>
  );
}

/** The current 年度 (April–March) of the browser's day. */
const currentFiscalYear = (now = new Date()) => (now.getMonth() >= 3 ? now.getFullYear() : now.getFullYear() - 1);

export function AdoptionForm({ d, vocab, reload }: { d: CaseDetail; vocab: Vocabulary | undefined; reload: () => void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const mine = d.used_by.find((u) => u.code === user?.org_code);
  const [v, setV] = useState({
    year: String(mine?.adopted_year ?? currentFiscalYear()),
    note: mine?.note ?? '',
    outcome: mine?.outcome ?? 'pending',
    outcome_note: mine?.outcome_note ?? '',
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  if (!d.may.record_adoption || !user) return null;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await recordAdoption(d.case.id, user.org_code, { adopted_year: Number(v.year), note: v.note, outcome: v.outcome, outcome_note: v.outcome_note });
      setSaved(true);
      reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const years = Array.from({ length: 12 }, (_, i) => currentFiscalYear() + 1 - i);
  return (
    <section aria-labelledby="gp-adopt-h" className="panel">
      <h2 id="gp-adopt-h">{t('gp.adopt.title')}</h2>
      <p>{t('gp.adopt.intro', { name: user.org_name ?? user.org_code })}</p>
      {error ? <ErrorMessage error={error} /> : null}
      <form onSubmit={(e) => void onSubmit(e)} className="gp-adopt-form">
        <div className="field">
          <label htmlFor="gp-adopt-year">{t('gp.adopt.year')}</label>
          <select id="gp-adopt-year" value={v.year} onChange={(e) => setV({ ...v, year: e.target.value })}>
            {years.map((y) => (
              <option key={y} value={y}>
                {fiscalYearLabel(y)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="gp-adopt-note">{t('gp.adopt.note')}</label>
          <textarea id="gp-adopt-note" rows={2} value={v.note} onChange={(e) => setV({ ...v, note: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="gp-adopt-outcome">{t('gp.adopt.outcome')}</label>
          <select id="gp-adopt-outcome" value={v.outcome} onChange={(e) => setV({ ...v, outcome: e.target.value })}>
            {Object.entries(vocab?.adoption_outcomes ?? { pending: '実施中（結果はこれから）' }).map(([k, l]) => (
              <option key={k} value={k}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="gp-adopt-outcome-note">{t('gp.adopt.outcomeNote')}</label>
          <textarea id="gp-adopt-outcome-note" rows={2} value={v.outcome_note} onChange={(e) => setV({ ...v, outcome_note: e.target.value })} />
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('gp.adopt.submit')}
        </button>
        <span role="status" aria-live="polite" className="inline-status">
          {saved ? t('gp.adopt.saved') : null}
        </span>
      </form>
    </section>
  );
}
