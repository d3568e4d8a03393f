/**
 * The secretariat's decision (交付決定): one amount per project and 年度 of the submitted
 * version, prefilled with the national share requested (the checks' by_year), typed as people
 * write amounts (「2,500万」) and read back in 円; a reason beside each, which the server requires
 * wherever the amount is lower (its 400 issues are shown beside the fields); a comment. Done,
 * the application page shows the decision.
 */
import { useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { formatNumberText } from '../../../../src/shared/display-format.ts';
import { parseYen } from '../../../../src/shared/yen-amount.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { type DecisionAmount, decideGrant, type GrantView, grantPaths, grantReviewPath } from './api.ts';
import { fiscalYearLabel, useYen } from './GrantChecks.tsx';
import { describedBy, domId, FieldError, type FormErrors, formErrors, NO_ERRORS } from './form-errors.tsx';

interface Line {
  project_id: string;
  project_name: string;
  fiscal_year: number;
  requested: number;
}
interface Draft {
  amount: string;
  reason: string;
}

const key = (l: Pick<Line, 'project_id' | 'fiscal_year'>) => `${l.project_id}/${l.fiscal_year}`;
const amountId = (l: Line) => domId('decision', l.project_id, l.fiscal_year, 'amount');
const reasonId = (l: Line) => domId('decision', l.project_id, l.fiscal_year, 'reason');

function linesOf(view: GrantView): Line[] {
  return view.checks.projects.flatMap((p) =>
    Object.entries(p.by_year)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([fy, share]) => ({ project_id: p.id, project_name: p.name, fiscal_year: Number(fy), requested: share })),
  );
}

function LineFields({ line, draft, errors, set }: { line: Line; draft: Draft; errors: FormErrors; set: (d: Draft) => void }) {
  const { t } = useI18n();
  const yen = useYen();
  const year = fiscalYearLabel(line.fiscal_year);
  const aId = amountId(line);
  const rId = reasonId(line);
  const parsed = draft.amount.trim() === '' ? null : parseYen(draft.amount);
  return (
    <div className="grant-review-line">
      <p className="hint" id={`${aId}-requested`}>
        {year} {t('grantReview.decision.requested', { amount: yen(line.requested) })}
      </p>
      <div className="field">
        <label htmlFor={aId}>{t('grantReview.decision.amount', { year })}</label>
        <input
          id={aId}
          inputMode="numeric"
          value={draft.amount}
          aria-describedby={describedBy(aId, errors, `${aId}-requested ${aId}-read`)}
          aria-invalid={errors.at(aId) ? true : undefined}
          onChange={(e) => set({ ...draft, amount: e.target.value })}
        />
        <p className="hint" id={`${aId}-read`}>
          {parsed?.ok ? t('grantReview.decision.readBack', { amount: yen(parsed.yen) }) : parsed ? parsed.reason : t('grantReview.decision.amountHint')}
        </p>
        <FieldError fieldId={aId} errors={errors} />
      </div>
      <div className="field">
        <label htmlFor={rId}>{t('grantReview.decision.reason', { year })}</label>
        <input
          id={rId}
          value={draft.reason}
          aria-required={parsed?.ok && parsed.yen < line.requested ? true : undefined}
          aria-describedby={describedBy(rId, errors, `${rId}-hint`)}
          aria-invalid={errors.at(rId) ? true : undefined}
          onChange={(e) => set({ ...draft, reason: e.target.value })}
        />
        <p className="hint" id={`${rId}-hint`}>
          {t('grantReview.decision.reasonHint')}
        </p>
        <FieldError fieldId={rId} errors={errors} />
      </div>
    </div>
  );
}

export function ReviewDecision({ view }: { view: GrantView }) {
  const { t } = useI18n();
  const yen = useYen();
  const [, navigate] = useLocation();
  const lines = linesOf(view);
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() => Object.fromEntries(lines.map((l) => [key(l), { amount: formatNumberText(l.requested, 'ja', 0), reason: '' }])));
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<FormErrors['fields']>([]);
  const summary = useRef<HTMLDivElement>(null);
  const id = view.application.id;
  const draftOf = (l: Line) => drafts[key(l)] ?? { amount: '', reason: '' };
  const labelOf = (l: Line, field: 'amount' | 'reason') => `${l.project_id}「${l.project_name}」 ${t(`grantReview.decision.${field}`, { year: fiscalYearLabel(l.fiscal_year) })}`;
  const errors =
    error || local.length > 0
      ? formErrors(
          error,
          (column) => {
            const m = /^amounts\[(\d+)\](?:\.(amount|reason))?$/.exec(column);
            const l = m ? lines[Number(m[1])] : undefined;
            if (!m || !l) return null;
            return m[2] === 'reason' ? { id: reasonId(l), label: labelOf(l, 'reason') } : { id: amountId(l), label: labelOf(l, 'amount') };
          },
          local,
          grantReviewPath(id),
        )
      : NO_ERRORS;
  const read = lines.map((l) => parseYen(draftOf(l).amount));
  const total = read.reduce((s, r) => s + (r.ok ? r.yen : 0), 0);

  const submit = async () => {
    setError(null);
    // an amount that cannot be read is named here; nothing is sent
    const unreadable = lines.flatMap((l, i) => {
      const r = read[i];
      return r && !r.ok ? [{ id: amountId(l), label: labelOf(l, 'amount'), message: r.reason }] : [];
    });
    setLocal(unreadable);
    if (unreadable.length > 0) {
      summary.current?.focus();
      return;
    }
    const amounts: DecisionAmount[] = lines.map((l, i) => {
      const reason = draftOf(l).reason.trim();
      const r = read[i];
      return { project_id: l.project_id, fiscal_year: l.fiscal_year, amount: r?.ok ? r.yen : 0, ...(reason ? { reason } : {}) };
    });
    setBusy(true);
    try {
      await decideGrant(id, amounts, comment.trim() || undefined);
      navigate(grantPaths.application(id));
    } catch (err) {
      setError(err);
      summary.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const projects = view.checks.projects.filter((p) => Object.keys(p.by_year).length > 0);
  return (
    <section className="panel" aria-labelledby="grant-review-decision">
      <h2 id="grant-review-decision">{t('grantReview.decision.title')}</h2>
      <p>{t('grantReview.decision.intro')}</p>
      <form
        noValidate
        aria-labelledby="grant-review-decision"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <ErrorSummary summaryRef={summary} heading={(n) => t('grantReview.errors', { n })} fields={errors.fields} formError={errors.formError} />
        {projects.map((p) => (
          <fieldset key={p.id} className="grants-project">
            <legend>
              {p.id}「{p.name}」
            </legend>
            {lines
              .filter((l) => l.project_id === p.id)
              .map((l) => (
                <LineFields key={key(l)} line={l} draft={draftOf(l)} errors={errors} set={(d) => setDrafts((all) => ({ ...all, [key(l)]: d }))} />
              ))}
          </fieldset>
        ))}
        <p aria-live="polite">{t('grantReview.decision.total', { amount: yen(total) })}</p>
        <div className="field">
          <label htmlFor="decision-comment">{t('grantReview.decision.comment')}</label>
          <textarea id="decision-comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('grantReview.decision.busy') : t('grantReview.decision.submit')}
        </button>
      </form>
    </section>
  );
}
