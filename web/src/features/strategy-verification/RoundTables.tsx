/**
 * The tables the round page and the report share: KPIs as the engine evaluated them on the
 * round's date (baseline, target, actual, 進捗率, class) with the members' comments and the
 * government's response and 改善策; the panel with sectors, declared interests and sign-offs.
 */
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatPercent } from '../../format/number.ts';
import { formatDay, formatFigureAt } from '../../format/period.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { RoundComment, RoundKpi, SignoffState } from './api.ts';

export function Comments({ comments }: { comments: readonly RoundComment[] }) {
  if (comments.length === 0) return <span>—</span>;
  return (
    <ul className="sv-comments">
      {comments.map((c) => (
        <li key={`${c.name}/${c.body}`}>
          <span className="sv-comment-by">
            {c.name}（{c.sector_label}）
          </span>
          {c.body}
        </li>
      ))}
    </ul>
  );
}

export function KpiTable({ kpis, evaluationDate }: { kpis: readonly RoundKpi[]; evaluationDate: string }) {
  const { t, lang } = useI18n();
  const caption = t('sv.round.kpisCaption', { day: formatDay(evaluationDate, lang) });
  return (
    <TableScroll label={caption}>
      <table className="data-table sv-kpis">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sv.col.kpi')}</th>
            <th scope="col">{t('sv.col.baseline')}</th>
            <th scope="col">{t('sv.col.target')}</th>
            <th scope="col">{t('sv.col.actual')}</th>
            <th scope="col">{t('sv.col.progress')}</th>
            <th scope="col">{t('sv.col.class')}</th>
            <th scope="col">{t('sv.col.comments')}</th>
            <th scope="col">{t('sv.col.response')}</th>
            <th scope="col">{t('sv.col.improvement')}</th>
          </tr>
        </thead>
        <tbody>
          {kpis.map((k) => (
            <tr key={k.id} data-kpi={k.id}>
              <th scope="row">
                {k.name}（{k.id}）
              </th>
              <td className="num">{formatFigureAt(k.baseline, k.unit, lang)}</td>
              <td className="num">{formatFigureAt(k.target, k.unit, lang)}</td>
              <td className="num" data-cell="actual">
                {formatFigureAt(k.actual, k.unit, lang)}
              </td>
              <td className="num" data-cell="progress">
                {k.progress === null ? '—' : formatPercent(k.progress)}
              </td>
              <td>
                <StatusBadge status={k.status} />
              </td>
              <td>
                <Comments comments={k.comments} />
                {k.excluded_members.length > 0 ? <p className="sv-note">{t('sv.excluded', { names: k.excluded_members.join('、') })}</p> : null}
              </td>
              <td>{k.response || '—'}</td>
              <td>{k.improvement || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export interface MemberRow {
  name: string;
  sector_label: string;
  organisation: string;
  conflict: string;
  excluded_kpis: readonly string[];
  state: SignoffState | null;
}

export function MembersTable({ members }: { members: readonly MemberRow[] }) {
  const { t } = useI18n();
  const caption = t('sv.membersCaption');
  const withState = members.some((m) => m.state !== null);
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sv.col.name')}</th>
            <th scope="col">{t('sv.col.sector')}</th>
            <th scope="col">{t('sv.col.organisation')}</th>
            <th scope="col">{t('sv.col.conflict')}</th>
            {withState ? <th scope="col">{t('sv.col.signoff')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.name} data-member={m.name}>
              <th scope="row">{m.name}</th>
              <td>{m.sector_label}</td>
              <td>{m.organisation || '—'}</td>
              <td>{m.conflict ? `${m.conflict}（${m.excluded_kpis.join('、')}）` : t('sv.none')}</td>
              {withState && m.state ? (
                <td data-signoff={m.state} className={`sv-signoff sv-signoff-${m.state}`}>
                  {t(`sv.signoff.${m.state}`)}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
