/** /good-practices/:id — one case: what, where, who, cost and funding in 円, results before/after, lessons, sources and credit, "used by", history. */
import { formatNumberText } from '../../../../src/shared/display-format.ts';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fiscalYearLabel } from '../grants/GrantChecks.tsx';
import { type CaseDetail, getCase, getVocabulary, type Observation, type Vocabulary } from './api.ts';
import { AdoptionForm, StatusBadge, WorkflowPanel } from './CaseWorkflow.tsx';
import './good-practices.css';

/** 「2026/12/2 13:05」 in Japan's time, whatever the browser's zone */
const when = (iso: string) =>
  new Date(iso).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const yen = (n: number | undefined) => (n === undefined ? '—' : `${formatNumberText(n, 'ja', 0)}円`);
const obs = (o: Observation | undefined, unit: string) => (o ? `${formatNumberText(o.value, 'ja', 2)}${unit}（${o.period}）` : '—');

function Body({ d, vocab, reload }: { d: CaseDetail; vocab: Vocabulary | undefined; reload: () => void }) {
  const { t } = useI18n();
  const c = d.case;
  const k = c.content;
  return (
    <>
      <h1>{c.title}</h1>
      {c.reference ? <p className="gp-meta">{t('gp.case.reference')}</p> : null}
      <dl className="gp-dl">
        <dt>{t('gp.case.status')}</dt>
        <dd>
          <StatusBadge status={c.status} label={c.status_label} />
        </dd>
        <dt>{t('gp.case.field')}</dt>
        <dd>
          {c.field_label}
          {c.pillar_label ? `（${c.pillar_label}）` : ''}
        </dd>
        <dt>{t('gp.case.regions')}</dt>
        <dd>{c.regions.map((r) => `${r.name ?? ''}（${r.code}）`).join('、') || t('gp.case.none')}</dd>
        {c.actor ? (
          <>
            <dt>{t('gp.case.actor')}</dt>
            <dd>{c.actor}</dd>
          </>
        ) : null}
        {c.started_year_label ? (
          <>
            <dt>{t('gp.case.started')}</dt>
            <dd>{c.started_year_label}</dd>
          </>
        ) : null}
      </dl>
      {c.summary ? <p>{c.summary}</p> : null}
      {d.may.edit || d.may.submit || d.may.return || d.may.validate ? <WorkflowPanel d={d} vocab={vocab} reload={reload} /> : null}
      <h2>{t('gp.case.problem')}</h2>
      <p>{k.problem}</p>
      <h2>{t('gp.case.actions')}</h2>
      <p>{k.actions}</p>
      <h2>{t('gp.case.participants')}</h2>
      {k.participants.length === 0 ? <p>{t('gp.case.none')}</p> : null}
      <ul>
        {k.participants.map((p) => (
          <li key={`${p.sector}-${p.name}`}>{`${p.sector_label}${p.name ? `: ${p.name}` : ''}`}</li>
        ))}
      </ul>
      <h2>{t('gp.case.funding')}</h2>
      {k.cost?.total !== undefined ? <p>{`${t('gp.case.cost')}: ${yen(k.cost.total)}`}</p> : null}
      {k.funding.length === 0 && k.cost?.total === undefined ? <p>{t('gp.case.none')}</p> : null}
      <ul>
        {k.funding.map((f) => (
          <li key={`${f.kind}-${f.fiscal_year ?? ''}-${f.amount ?? ''}-${f.note}`}>{`${f.kind_label}: ${yen(f.amount)}${f.fiscal_year ? `（${f.fiscal_year}年度）` : ''}`}</li>
        ))}
      </ul>
      <h2>{t('gp.case.results')}</h2>
      {k.results.length === 0 ? (
        <p>{t('gp.case.none')}</p>
      ) : (
        <TableScroll label={t('gp.case.results')}>
          <table className="data-table">
            <caption>{t('gp.case.results')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('gp.case.result')}</th>
                <th scope="col">{t('gp.case.before')}</th>
                <th scope="col">{t('gp.case.after')}</th>
              </tr>
            </thead>
            <tbody>
              {k.results.map((r) => (
                <tr key={`${r.label}-${r.before?.period ?? ''}-${r.after?.period ?? ''}`}>
                  <th scope="row">{r.label}</th>
                  <td>{obs(r.before, r.unit)}</td>
                  <td>{obs(r.after, r.unit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h2>{t('gp.case.lessons')}</h2>
      <ul>
        {k.lessons.map((l) => (
          <li key={`${l.kind}-${l.text}`}>{`${l.kind === 'worked' ? t('gp.case.worked') : t('gp.case.didNotWork')}: ${l.text}`}</li>
        ))}
      </ul>
      <h2>{t('gp.case.sources')}</h2>
      <ul>
        {k.sources.map((s) => (
          <li key={`${s.document}-${s.lines}-${s.url ?? ''}`}>
            {s.url ? <a href={s.url}>{s.document}</a> : s.document}
            {s.lines ? ` ${s.lines}` : ''}
          </li>
        ))}
      </ul>
      {c.credit ? <p className="gp-meta">{c.credit}</p> : null}
      <h2>{t('gp.case.usedBy')}</h2>
      {d.used_by.length === 0 ? <p>{t('gp.case.usedByNone')}</p> : null}
      <ul data-testid="gp-used-by">
        {d.used_by.map((u) => (
          <li key={u.code}>
            {`${u.name ?? u.code}（${fiscalYearLabel(u.adopted_year)}）: ${u.outcome_label}${u.outcome_note ? ` — ${u.outcome_note}` : ''}`}
            {u.note ? <p className="gp-meta">{u.note}</p> : null}
          </li>
        ))}
      </ul>
      <AdoptionForm key={d.used_by.map((u) => `${u.code}${u.outcome}`).join()} d={d} vocab={vocab} reload={reload} />
      <h2>{t('gp.case.history')}</h2>
      <ol data-testid="gp-history">
        {d.history.map((h) => (
          <li key={`${h.at}-${h.action}`}>
            {t('gp.case.historyLine', {
              at: when(h.at),
              action: `${h.action_label}${h.to_status_label && h.action !== 'edit' ? ` → ${h.to_status_label}` : ''}`,
              by: h.actor_label ? `${h.by_label}・${h.actor_label}` : h.by_label,
            })}
            {h.comment ? <p className="gp-meta">{h.comment}</p> : null}
          </li>
        ))}
      </ol>
    </>
  );
}

export function GoodPracticePage({ id }: { id: string }) {
  const { t } = useI18n();
  const d = useAsync((s) => getCase(id, s), [id]);
  const vocab = useAsync((s) => getVocabulary(s), []);
  usePageTitle(d.data?.case.title ?? t('gp.list.title'));
  // a heading even when the case cannot be shown (unknown, or not public): the page keeps its outline
  if (d.error)
    return (
      <>
        <h1>{t('gp.list.title')}</h1>
        <ErrorMessage error={d.error} />
      </>
    );
  if (!d.data) return <Loading />;
  return <Body d={d.data} vocab={vocab.data} reload={d.reload} />;
}
