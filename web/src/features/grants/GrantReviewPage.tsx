/**
 * /grants/:id/review: the review of an application as the reader takes part in it. A reviewer
 * (may.review) scores the criteria; the secretariat (assign_reviewers / see_reviews / decide)
 * names reviewers, reads every score with the summary and decides. The server decides who sees
 * what (its `may` flags and the review's `view`); the page only chooses what to offer by the
 * application's state, and shows a refusal (401/403/404) in the server's words.
 */
import { Link } from 'wouter';
import { ApiError } from '../../api/client.ts';
import { paths } from '../../app/paths.ts';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { getGrant, getReviews, type GrantReviews, type GrantView, grantPaths, grantReviewPath } from './api.ts';
import { fiscalYearLabel } from './GrantChecks.tsx';
import { ReviewAssign } from './GrantReviewAssign.tsx';
import { ReviewDecision } from './GrantReviewDecision.tsx';
import { ReviewRubric } from './GrantReviewRubric.tsx';
import { ReviewScores } from './GrantReviewScores.tsx';
import './grants.css';
import './GrantReview.css';

/** While reviewers may be named or taken off (the server's ASSIGNABLE). */
const ASSIGNABLE = ['submitted', 'under_review'];

function Secretariat({ view, reviews, reload }: { view: GrantView; reviews: GrantReviews; reload: () => void }) {
  const { t } = useI18n();
  const status = view.application.status;
  return (
    <>
      <ReviewAssign id={view.application.id} reviewers={reviews.reviewers} editable={view.may.assign_reviewers && ASSIGNABLE.includes(status)} onChanged={reload} />
      <ReviewScores reviews={reviews} />
      {view.may.decide && status === 'under_review' ? (
        <ReviewDecision view={view} />
      ) : view.may.decide && status === 'submitted' ? (
        <p className="notice">{t('grantReview.decision.notYet')}</p>
      ) : null}
    </>
  );
}

function Refusal({ error, id }: { error: unknown; id: string }) {
  const { t } = useI18n();
  return (
    <>
      <ErrorMessage error={error} />
      {error instanceof ApiError && error.status === 401 ? (
        <p>
          <Link href={paths.login(grantReviewPath(id))}>{t('auth.toLogin')}</Link>
        </p>
      ) : null}
    </>
  );
}

export function GrantReviewPage({ id }: { id: string }) {
  const { t } = useI18n();
  const grant = useAsync((signal) => getGrant(id, signal), [id]);
  const reviews = useAsync((signal) => getReviews(id, signal), [id]);
  const view = grant.data;
  usePageTitle(view ? `${t('grantReview.title')}: ${view.application.title}` : t('grantReview.title'));
  if (grant.error && !view)
    return (
      <>
        <h1>{t('grantReview.title')}</h1>
        <Refusal error={grant.error} id={id} />
      </>
    );
  if (!view || (reviews.loading && !reviews.data)) return <Loading />;
  const a = view.application;
  const r = reviews.data;
  return (
    <>
      <p>
        <Link href={grantPaths.application(id)}>{t('grantReview.back')}</Link>
      </p>
      <h1>
        {t('grantReview.title')}: {a.title}
      </h1>
      <dl className="grants-header">
        <dt>{t('grants.page.applicant')}</dt>
        <dd>
          {a.applicant_name ?? a.applicant_code}（{fiscalYearLabel(a.fiscal_year)}）
        </dd>
        <dt>{t('grantReview.status')}</dt>
        <dd data-testid="grant-review-status">{a.status_label}</dd>
      </dl>
      {!r ? (
        <Refusal error={reviews.error} id={id} />
      ) : r.view === 'reviewer' ? (
        <ReviewRubric id={id} reviews={r} editable={view.may.review && a.status === 'under_review'} onSaved={reviews.reload} />
      ) : (
        <Secretariat view={view} reviews={r} reload={reviews.reload} />
      )}
    </>
  );
}
