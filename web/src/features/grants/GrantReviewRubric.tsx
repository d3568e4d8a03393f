/**
 * A reviewer's scoring form: per criterion of the rule book its label, the rubric (what a 1, a 3
 * and a 5 look like, from the API), a radio group 1..score_max (fieldset/legend) and a comment;
 * save replaces their earlier scores (PUT …/reviews). A criterion left unscored is simply not
 * sent, so a reviewer may save part-way. The server's issues (`scores[2].comment`) point at the
 * field of the criterion sent at that index.
 */
import { useRef, useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { type GrantReviews, grantReviewPath, type ReviewCriterionInfo, type ScoreInput, saveReview } from './api.ts';
import { describedBy, domId, FieldError, type FormErrors, formErrors, NO_ERRORS } from './form-errors.tsx';

interface Draft {
  score: number | null;
  comment: string;
}

const scoreFieldId = (criterion: string) => domId('review', criterion, 'score');
const commentFieldId = (criterion: string) => domId('review', criterion, 'comment');

function initialDrafts(reviews: GrantReviews): Record<string, Draft> {
  const mine = reviews.reviewers[0]?.scores ?? [];
  return Object.fromEntries(
    reviews.criteria.map((c) => {
      const s = mine.find((m) => m.criterion === c.id);
      return [c.id, { score: s?.score ?? null, comment: s?.comment ?? '' }];
    }),
  );
}

function CriterionFields({
  c,
  max,
  draft,
  disabled,
  errors,
  set,
}: {
  c: ReviewCriterionInfo;
  max: number;
  draft: Draft;
  disabled: boolean;
  errors: FormErrors;
  set: (d: Draft) => void;
}) {
  const { t } = useI18n();
  const fieldId = scoreFieldId(c.id);
  const commentId = commentFieldId(c.id);
  const points = Array.from({ length: max }, (_, i) => i + 1);
  return (
    <fieldset className="grants-project grant-review-criterion" aria-describedby={describedBy(fieldId, errors)} aria-invalid={errors.at(fieldId) ? true : undefined}>
      <legend>{c.label}</legend>
      {c.source ? (
        <p className="hint" lang="ja">
          {c.source.wording}（{c.source.lines}）
        </p>
      ) : null}
      <FieldError fieldId={fieldId} errors={errors} />
      <div className="grant-review-points">
        {points.map((n) => (
          <label key={n} className="grant-review-point">
            <input
              type="radio"
              id={n === 1 ? fieldId : `${fieldId}-${n}`}
              name={fieldId}
              value={n}
              checked={draft.score === n}
              disabled={disabled}
              onChange={() => set({ ...draft, score: n })}
            />{' '}
            <strong>{t('grantReview.rubric.points', { n })}</strong>
            {c.rubric?.[String(n)] ? (
              <span className="hint" lang="ja">
                {' '}
                {c.rubric[String(n)]}
              </span>
            ) : null}
          </label>
        ))}
      </div>
      <div className="field">
        <label htmlFor={commentId}>{t('grantReview.rubric.comment', { label: c.label })}</label>
        <textarea
          id={commentId}
          rows={3}
          value={draft.comment}
          disabled={disabled}
          aria-describedby={describedBy(commentId, errors)}
          aria-invalid={errors.at(commentId) ? true : undefined}
          onChange={(e) => set({ ...draft, comment: e.target.value })}
        />
        <FieldError fieldId={commentId} errors={errors} />
      </div>
    </fieldset>
  );
}

export function ReviewRubric({ id, reviews, editable, onSaved }: { id: string; reviews: GrantReviews; editable: boolean; onSaved: () => void }) {
  const { t } = useI18n();
  const [drafts, setDrafts] = useState(() => initialDrafts(reviews));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [sent, setSent] = useState<string[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  const labelOf = (c: string) => reviews.criteria.find((x) => x.id === c)?.label ?? c;
  const errors = error
    ? formErrors(
        error,
        (column) => {
          const m = /^scores\[(\d+)\]\.(score|comment|criterion)$/.exec(column);
          const criterion = m ? sent[Number(m[1])] : undefined;
          if (!m || !criterion) return null;
          return m[2] === 'comment'
            ? { id: commentFieldId(criterion), label: `${labelOf(criterion)}: ${t('grantReview.field.comment')}` }
            : { id: scoreFieldId(criterion), label: `${labelOf(criterion)}: ${t('grantReview.field.score')}` };
        },
        [],
        grantReviewPath(id),
      )
    : NO_ERRORS;
  const complete = reviews.criteria.every((c) => drafts[c.id]?.score != null);

  const save = async () => {
    const scores: ScoreInput[] = reviews.criteria.flatMap((c) => {
      const d = drafts[c.id];
      return d?.score != null ? [{ criterion: c.id, score: d.score, comment: d.comment }] : [];
    });
    setBusy(true);
    setError(null);
    setSaved(null);
    setSent(scores.map((s) => s.criterion));
    try {
      const r = await saveReview(id, scores);
      setSaved(r.scores.length);
      onSaved();
    } catch (err) {
      setError(err);
      summary.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="grant-review-rubric">
      <h2 id="grant-review-rubric">{t('grantReview.rubric.title')}</h2>
      <p>{t('grantReview.rubric.intro', { max: reviews.score_max, low: reviews.comment_required_max_score })}</p>
      {editable ? null : <p className="notice">{t('grantReview.rubric.readOnly')}</p>}
      <form
        noValidate
        aria-labelledby="grant-review-rubric"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <ErrorSummary summaryRef={summary} heading={(n) => t('grantReview.errors', { n })} fields={errors.fields} formError={errors.formError} />
        {reviews.criteria.map((c) => (
          <CriterionFields
            key={c.id}
            c={c}
            max={reviews.score_max}
            draft={drafts[c.id] ?? { score: null, comment: '' }}
            disabled={!editable || busy}
            errors={errors}
            set={(d) => {
              setSaved(null);
              setDrafts((all) => ({ ...all, [c.id]: d }));
            }}
          />
        ))}
        {editable ? (
          <div className="grants-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? t('grantReview.rubric.saving') : t('grantReview.rubric.save')}
            </button>
            <span className="inline-status">{complete ? t('grantReview.rubric.complete') : t('grantReview.rubric.incomplete')}</span>
            <span role="status" aria-live="polite" className="inline-status">
              {saved !== null ? t('grantReview.rubric.saved', { n: saved }) : null}
            </span>
          </div>
        ) : null}
      </form>
    </section>
  );
}
