/**
 * The secretariat's view of the scores: one row per criterion, one column per reviewer, and the
 * summary of review-summary.ts (mean to one decimal, minimum, maximum, how many scored, the
 * spread flag); the total row counts reviewers who scored every criterion. Comments follow, by
 * reviewer, so the panel can read why.
 */
import { formatNumberText } from '../../../../src/shared/display-format.ts';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { GrantReviews } from './api.ts';

export function ReviewScores({ reviews }: { reviews: GrantReviews }) {
  const { t, lang } = useI18n();
  const summary = reviews.summary;
  const num = (v: number | null | undefined, digits = 0) => (v === null || v === undefined ? '—' : formatNumberText(v, lang, digits));
  const scoreOf = (userId: string, criterion: string) => reviews.reviewers.find((r) => r.user_id === userId)?.scores.find((s) => s.criterion === criterion)?.score;
  const scored = reviews.reviewers.some((r) => r.scores.length > 0);
  return (
    <section className="panel" aria-labelledby="grant-review-scores">
      <h2 id="grant-review-scores">{t('grantReview.scores.title')}</h2>
      {summary ? <p>{t('grantReview.scores.complete', { n: summary.complete_reviewers, of: summary.reviewers })}</p> : null}
      {!scored ? (
        <p>{t('grantReview.scores.none')}</p>
      ) : (
        <TableScroll label={t('grantReview.scores.caption')}>
          <table className="data-table" data-testid="grant-review-scores">
            <caption>{t('grantReview.scores.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('grantReview.scores.criterion')}</th>
                {reviews.reviewers.map((r) => (
                  <th scope="col" key={r.user_id}>
                    {r.name}
                  </th>
                ))}
                <th scope="col">{t('grantReview.scores.mean')}</th>
                <th scope="col">{t('grantReview.scores.min')}</th>
                <th scope="col">{t('grantReview.scores.max')}</th>
                <th scope="col">{t('grantReview.scores.count')}</th>
              </tr>
            </thead>
            <tbody>
              {reviews.criteria.map((c) => {
                const s = summary?.criteria.find((x) => x.criterion === c.id);
                return (
                  <tr key={c.id}>
                    <th scope="row">
                      {c.label}
                      {s?.spread ? <strong className="grant-review-spread">（{t('grantReview.scores.spread')}）</strong> : null}
                    </th>
                    {reviews.reviewers.map((r) => (
                      <td className="num" key={r.user_id}>
                        {num(scoreOf(r.user_id, c.id))}
                      </td>
                    ))}
                    <td className="num">{num(s?.mean, 1)}</td>
                    <td className="num">{num(s?.min)}</td>
                    <td className="num">{num(s?.max)}</td>
                    <td className="num">{num(s?.count)}</td>
                  </tr>
                );
              })}
              <tr>
                <th scope="row">{t('grantReview.scores.total', { max: summary?.total.max_possible ?? reviews.criteria.length * reviews.score_max })}</th>
                {reviews.reviewers.map((r) => (
                  <td className="num" key={r.user_id}>
                    {num(r.total)}
                  </td>
                ))}
                <td className="num">{num(summary?.total.mean, 1)}</td>
                <td className="num">{num(summary?.total.min)}</td>
                <td className="num">{num(summary?.total.max)}</td>
                <td className="num">{num(summary?.total.count)}</td>
              </tr>
            </tbody>
          </table>
        </TableScroll>
      )}
      {summary?.spread ? <p className="hint">{t('grantReview.scores.spreadNote')}</p> : null}
      {reviews.reviewers
        .filter((r) => r.scores.length > 0)
        .map((r) => {
          const comments = r.scores.filter((s) => s.comment.trim() !== '');
          return (
            <details key={r.user_id}>
              <summary>{t('grantReview.scores.comments', { name: r.name })}</summary>
              {comments.length === 0 ? (
                <p>{t('grantReview.scores.noComments')}</p>
              ) : (
                <dl>
                  {comments.map((s) => (
                    <div key={s.criterion}>
                      <dt>
                        {s.label}（{t('grantReview.rubric.points', { n: s.score })}）
                      </dt>
                      <dd lang="ja">{s.comment}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </details>
          );
        })}
    </section>
  );
}
