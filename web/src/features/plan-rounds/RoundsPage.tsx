/** /plan-rounds: the progress rounds (signed in: every round and your own reports; public: published rounds), and the secretariat's form to open one. */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SubmitActions } from '../../components/SubmitActions.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useSession } from '../auth/SessionContext.tsx';
import { formatDay } from '../../format/period.ts';
import { listRounds, openRound, type RoundListItem } from './api.ts';
import { fill, M, REPORT_STATUS, TYPE_LABELS } from './messages.ts';
import { FieldProblem, hasProblem, type Problem, Problems, problemsOf } from './Problems.tsx';
import './rounds.css';

const day = (iso: string) => formatDay(iso, 'ja');

function OpenRoundForm({ onOpened }: { onOpened: () => void }) {
  const [v, setV] = useState({ title: '', start: '', end: '', deadline: '' });
  const [types, setTypes] = useState<string[]>(['B', 'C']);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const box = useRef<HTMLDivElement>(null);
  const ids: Record<string, string> = { title: 'round-title', plan_types: 'round-type-A', period_start: 'round-start', period_end: 'round-end', deadline: 'round-deadline' };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setDone('');
    try {
      const r = await openRound({ title: v.title, plan_types: types, period_start: v.start, period_end: v.end, deadline: v.deadline });
      setProblems([]);
      setDone(fill(M.opened, { title: r.round.title }));
      onOpened();
    } catch (err) {
      setProblems(problemsOf(err, (c) => ids[c] ?? null));
      requestAnimationFrame(() => box.current?.focus());
    } finally {
      setBusy(false);
    }
  };
  const field = (key: 'title' | 'start' | 'end' | 'deadline', label: string, type: 'text' | 'date', id: string, hint?: string) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        type={type}
        value={v[key]}
        onChange={(e) => setV({ ...v, [key]: e.target.value })}
        aria-invalid={hasProblem(id, problems) || undefined}
        aria-describedby={[hint ? `${id}-hint` : '', hasProblem(id, problems) ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
      />
      <FieldProblem id={id} problems={problems} />
    </div>
  );
  return (
    <section className="panel" aria-labelledby="open-round-title">
      <h2 id="open-round-title">{M.openTitle}</h2>
      <p className="hint">{M.openIntro}</p>
      <Problems problems={problems} boxRef={box} />
      {done ? (
        <p className="notice notice-success" role="status">
          {done}
        </p>
      ) : null}
      <form onSubmit={submit} noValidate>
        {field('title', M.fTitle, 'text', 'round-title', M.fTitleHint)}
        <fieldset className="field">
          <legend>{M.fTypes}</legend>
          {['A', 'B', 'C'].map((t) => (
            <div key={t} className="field-checkbox">
              <input
                id={`round-type-${t}`}
                type="checkbox"
                checked={types.includes(t)}
                onChange={(e) => setTypes(e.target.checked ? [...types, t] : types.filter((x) => x !== t))}
              />
              <label htmlFor={`round-type-${t}`}>
                {t}：{TYPE_LABELS[t]}
              </label>
            </div>
          ))}
          <FieldProblem id="round-type-A" problems={problems} />
        </fieldset>
        <div className="field-row">
          {field('start', M.fStart, 'date', 'round-start')}
          {field('end', M.fEnd, 'date', 'round-end')}
          {field('deadline', M.fDeadline, 'date', 'round-deadline')}
        </div>
        <SubmitActions busy={busy} label={M.openSubmit} busyLabel={M.openBusy} />
      </form>
    </section>
  );
}

function RoundsTable({ rounds }: { rounds: RoundListItem[] }) {
  if (rounds.length === 0) return <p>{M.noRounds}</p>;
  return (
    <TableScroll label={M.listTitle}>
      <table className="data-table rounds-table">
        <caption className="visually-hidden">{M.listTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{M.colRound}</th>
            <th scope="col">{M.colPeriod}</th>
            <th scope="col">{M.colDeadline}</th>
            <th scope="col">{M.colState}</th>
            <th scope="col">{M.colMine}</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link href={`/plan-rounds/${encodeURIComponent(r.id)}`}>{r.title}</Link>
                <div className="hint">{fill(M.reportsCount, { plans: r.plans, submitted: r.submitted, accepted: r.accepted })}</div>
              </th>
              <td>
                {day(r.period_start)}〜{day(r.period_end)}
              </td>
              <td>{day(r.deadline)}</td>
              <td>{r.published_at ? M.statePublished : M.stateOpen}</td>
              <td>
                <ul className="plain-list">
                  {r.my_reports.map((m) => (
                    <li key={m.plan_id}>
                      <Link href={`/plans/${encodeURIComponent(m.plan_id)}/reports/${encodeURIComponent(r.id)}`}>
                        {fill(M.toReport, { title: m.title, status: REPORT_STATUS[m.report_status] ?? m.report_status })}
                      </Link>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export default function RoundsPage() {
  usePageTitle(M.listTitle);
  const { user } = useSession();
  const [rounds, setRounds] = useState<RoundListItem[] | null>(null);
  const [canOpen, setCanOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    listRounds()
      .then((r) => {
        setRounds(r.rounds);
        setCanOpen(r.can_open_rounds);
      })
      .catch(setError);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the user signs in or out
  useEffect(load, [load, user]);
  return (
    <>
      <h1>{M.listTitle}</h1>
      <p>{M.listIntro}</p>
      {user ? null : (
        <p className="notice notice-info">
          {M.needLogin} <Link href={`/login?next=${encodeURIComponent('/plan-rounds')}`}>{M.login}</Link>
        </p>
      )}
      {error ? <ErrorMessage error={error} onRetry={load} /> : rounds === null ? <Loading /> : <RoundsTable rounds={rounds} />}
      {canOpen ? <OpenRoundForm onOpened={load} /> : null}
    </>
  );
}
