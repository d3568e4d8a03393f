/**
 * What a member and the owner write on the round page: the member's comments (per KPI and
 * overall) and sign-off with the fingerprint of the view they read; the owner's responses and
 * 改善策, and the round's transitions. The server decides who may do what (`me.can`) and refuses
 * with its own words, shown here.
 */
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { type RoundView, saveComments, saveResponses, signOff, transitionRound } from './api.ts';

function useAction(onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = async (fn: () => Promise<unknown>, doneText: string) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await fn();
      setDone(doneText);
      onDone();
    } catch (e) {
      const issues = e instanceof ApiError ? e.issues.map((i) => i.reason) : [];
      setError([e instanceof Error ? e.message : String(e), ...issues].join(' '));
    } finally {
      setBusy(false);
    }
  };
  const feedback = (
    <>
      {error ? (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      ) : null}
      <p role="status" className="sv-status">
        {done ?? ''}
      </p>
    </>
  );
  return { busy, run, feedback };
}

export function MemberForms({ view, onDone }: { view: RoundView; onDone: () => void }) {
  const { t } = useI18n();
  const own = (kpi: string) => (kpi ? (view.kpis.find((k) => k.id === kpi)?.comments ?? []) : view.overall.comments).find((c) => c.user_id === view.me.user_id)?.body ?? '';
  const [texts, setTexts] = useState<Record<string, string>>(() => Object.fromEntries(['', ...view.kpis.map((k) => k.id)].map((k) => [k, own(k)])));
  const comments = useAction(onDone);
  const sign = useAction(onDone);
  const excluded = new Set(view.me.excluded_kpis);
  const save = () =>
    saveComments(
      view.round.id,
      Object.entries(texts)
        .filter(([k]) => !excluded.has(k))
        .map(([k, body]) => ({ kpi_id: k || null, body })),
    );
  return (
    <>
      {view.me.can.comment ? (
        <section className="panel" aria-labelledby="sv-my-comments">
          <h2 id="sv-my-comments">{t('sv.myComments')}</h2>
          <p>{t('sv.myComments.intro')}</p>
          {view.kpis.map((k) => (
            <div className="field" key={k.id}>
              <label htmlFor={`sv-c-${k.id}`}>{excluded.has(k.id) ? t('sv.comment.excluded', { kpi: k.name }) : t('sv.comment.kpi', { kpi: k.name })}</label>
              <textarea id={`sv-c-${k.id}`} rows={2} disabled={excluded.has(k.id)} value={texts[k.id] ?? ''} onChange={(e) => setTexts({ ...texts, [k.id]: e.target.value })} />
            </div>
          ))}
          <div className="field">
            <label htmlFor="sv-c-overall">{t('sv.comment.overall')}</label>
            <textarea id="sv-c-overall" rows={3} value={texts[''] ?? ''} onChange={(e) => setTexts({ ...texts, '': e.target.value })} />
          </div>
          <button type="button" className="button button-primary" disabled={comments.busy} onClick={() => void comments.run(save, t('sv.comment.saved'))}>
            {t('sv.comment.save')}
          </button>
          {comments.feedback}
        </section>
      ) : null}
      {view.me.can.sign_off ? (
        <section className="panel" aria-labelledby="sv-signoff">
          <h2 id="sv-signoff">{t('sv.signoff.title')}</h2>
          <p>{t('sv.signoff.intro')}</p>
          <p data-my-signoff={view.me.signoff ?? ''}>{t('sv.signoff.yours', { state: t(`sv.signoff.${view.me.signoff ?? 'missing'}`) })}</p>
          {view.me.signoff !== 'current' ? (
            <button
              type="button"
              className="button button-primary"
              disabled={sign.busy}
              onClick={() => void sign.run(() => signOff(view.round.id, view.fingerprint), t('sv.signoff.done'))}
            >
              {view.me.signoff === 'stale' ? t('sv.signoff.again') : t('sv.signoff.button')}
            </button>
          ) : null}
          {sign.feedback}
        </section>
      ) : null}
    </>
  );
}

export function OwnerForms({ view, onDone }: { view: RoundView; onDone: () => void }) {
  const { t } = useI18n();
  const initial = Object.fromEntries([
    ['', { response: view.overall.response, improvement: view.overall.improvement }],
    ...view.kpis.map((k) => [k.id, { response: k.response, improvement: k.improvement }]),
  ]);
  const [texts, setTexts] = useState<Record<string, { response: string; improvement: string }>>(initial);
  const responses = useAction(onDone);
  const moves = useAction(onDone);
  const set = (k: string, field: 'response' | 'improvement', v: string) => setTexts({ ...texts, [k]: { ...(texts[k] ?? { response: '', improvement: '' }), [field]: v } });
  const save = () =>
    saveResponses(
      view.round.id,
      Object.entries(texts).map(([k, r]) => ({ kpi_id: k || null, ...r })),
    );
  const actions = ({ draft: ['open'], open: ['close'], closed: ['reopen', 'publish'], published: [] } as const)[view.round.status];
  const b = view.blockers;
  const blockers = [
    b.no_members ? t('sv.blockers.noMembers') : '',
    b.missing.length ? t('sv.blockers.missing', { names: b.missing.join('、') }) : '',
    b.stale.length ? t('sv.blockers.stale', { names: b.stale.join('、') }) : '',
  ]
    .filter(Boolean)
    .join('／');
  const field = (k: string, which: 'response' | 'improvement', label: string) => (
    <div className="field" key={`${k}-${which}`}>
      <label htmlFor={`sv-r-${which}-${k || 'overall'}`}>{label}</label>
      <textarea id={`sv-r-${which}-${k || 'overall'}`} rows={2} value={texts[k]?.[which] ?? ''} onChange={(e) => set(k, which, e.target.value)} />
    </div>
  );
  return (
    <>
      {view.me.can.respond ? (
        <section className="panel" aria-labelledby="sv-responses">
          <h2 id="sv-responses">{t('sv.responses')}</h2>
          {view.kpis.flatMap((k) => [field(k.id, 'response', t('sv.response.kpi', { kpi: k.name })), field(k.id, 'improvement', t('sv.improvement.kpi', { kpi: k.name }))])}
          {field('', 'response', t('sv.response.overall'))}
          {field('', 'improvement', t('sv.improvement.overall'))}
          <button type="button" className="button button-primary" disabled={responses.busy} onClick={() => void responses.run(save, t('sv.response.saved'))}>
            {t('sv.response.save')}
          </button>
          {responses.feedback}
        </section>
      ) : null}
      {view.me.can.manage ? (
        <section className="panel" aria-labelledby="sv-manage">
          <h2 id="sv-manage">{t('sv.manage')}</h2>
          {blockers ? <p>{t('sv.blockers', { text: blockers })}</p> : null}
          <div className="sv-actions">
            {actions.map((a) => (
              <button key={a} type="button" className="button" disabled={moves.busy} onClick={() => void moves.run(() => transitionRound(view.round.id, a), t(`sv.action.${a}`))}>
                {t(`sv.action.${a}`)}
              </button>
            ))}
          </div>
          {moves.feedback}
        </section>
      ) : null}
    </>
  );
}
