/**
 * The secretariat names reviewers (users with the reviewer role, by e-mail or user id, as the API
 * takes them — there is no endpoint listing reviewers to pick from) and takes them off again;
 * taking one off deletes their scores, which the note beside the buttons says.
 */
import { useRef, useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { assignReviewers, type GrantReviewer, grantReviewPath, unassignReviewer } from './api.ts';
import { describedBy, FieldError, formErrors, NO_ERRORS } from './form-errors.tsx';

const FIELD = 'grant-review-assign';

export function ReviewAssign({ id, reviewers, editable, onChanged }: { id: string; reviewers: GrantReviewer[]; editable: boolean; onChanged: () => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const fieldLabel = t('grantReview.assign.field');
  // every issue is about the text typed (reviewers[1] is its second entry): point at the field
  const errors = error ? formErrors(error, (column) => (column.startsWith('reviewers') ? { id: FIELD, label: fieldLabel } : null), [], grantReviewPath(id)) : NO_ERRORS;

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await action());
      onChanged();
    } catch (err) {
      setError(err);
      summary.current?.focus();
    } finally {
      setBusy(false);
    }
  };
  const add = () =>
    run(async () => {
      const refs = text
        .split(/[,、\s]+/)
        .map((s) => s.trim())
        .filter(Boolean);
      const r = await assignReviewers(id, refs);
      setText('');
      return t('grantReview.assign.added', { n: r.reviewers.length });
    });
  const remove = (r: GrantReviewer) =>
    run(async () => {
      const out = await unassignReviewer(id, r.user_id);
      return t('grantReview.assign.removed', { name: r.name, n: out.scores_removed });
    });

  return (
    <section className="panel" aria-labelledby="grant-review-assign-title">
      <h2 id="grant-review-assign-title">{t('grantReview.assign.title')}</h2>
      <ErrorSummary summaryRef={summary} heading={(n) => t('grantReview.errors', { n })} fields={errors.fields} formError={errors.formError} />
      {reviewers.length === 0 ? (
        <p>{t('grantReview.assign.none')}</p>
      ) : (
        <ul className="grant-review-reviewers" aria-label={t('grantReview.assign.caption')}>
          {reviewers.map((r) => (
            <li key={r.user_id}>
              <span>{r.name}</span>
              {editable ? (
                <button type="button" className="button button-secondary" disabled={busy} aria-describedby="grant-review-remove-note" onClick={() => void remove(r)}>
                  {t('grantReview.assign.remove', { name: r.name })}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editable && reviewers.length > 0 ? (
        <p className="hint" id="grant-review-remove-note">
          {t('grantReview.assign.removeNote')}
        </p>
      ) : null}
      {editable ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <div className="field">
            <label htmlFor={FIELD}>{t('grantReview.assign.add')}</label>
            <textarea
              id={FIELD}
              rows={2}
              value={text}
              aria-describedby={describedBy(FIELD, errors, `${FIELD}-hint`)}
              aria-invalid={errors.at(FIELD) ? true : undefined}
              onChange={(e) => setText(e.target.value)}
            />
            <p className="hint" id={`${FIELD}-hint`}>
              {t('grantReview.assign.hint')}
            </p>
            <FieldError fieldId={FIELD} errors={errors} />
          </div>
          <button type="submit" className="button" disabled={busy}>
            {t('grantReview.assign.submit')}
          </button>
        </form>
      ) : null}
      <p role="status" aria-live="polite" className="inline-status">
        {done}
      </p>
    </section>
  );
}
