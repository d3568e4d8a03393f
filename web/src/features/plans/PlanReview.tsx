/**
 * The requirement checklist of the shown version (pass / fail / needs judgement, with its evidence
 * and what is missing) and, for the secretariat, the verdict form (PUT …/verdicts): one verdict
 * per numbered requirement, with its grounds. Verdicts belong to the current version.
 */
import { type FormEvent, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { putVerdicts, type PlanView, type PlanVocabulary, type RequirementCheck } from './api.ts';

interface Props {
  view: PlanView;
  vocab: PlanVocabulary | undefined;
  isSecretariat: boolean;
  onChanged: () => void;
}

export function PlanReview({ view, isSecretariat, onChanged }: Props) {
  const { t } = useI18n();
  const reqs = view.requirements ?? [];
  return (
    <section className="plan-section" aria-labelledby="plan-req-h">
      <h2 id="plan-req-h">{t('plans.req.title')}</h2>
      <ul className="plan-reqs">
        {reqs.map((r) => (
          <RequirementItem key={r.key} r={r} />
        ))}
      </ul>
      {isSecretariat && view.version === view.plan.current_version ? <VerdictForm view={view} onChanged={onChanged} /> : null}
    </section>
  );
}

function RequirementItem({ r }: { r: RequirementCheck }) {
  const { t } = useI18n();
  return (
    <li className={`plan-req plan-req-${r.result}`}>
      <strong>{r.label}</strong> <span className="plan-req-result">{t(`plans.req.${r.result}`)}</span>
      {r.evidence.length > 0 ? (
        <p>
          {t('plans.req.evidence')}: {r.evidence.join('／')}
        </p>
      ) : null}
      {r.missing.length > 0 ? (
        <p className="plan-req-missing">
          {t('plans.req.missing')}: {r.missing.join('／')}
        </p>
      ) : null}
    </li>
  );
}

function VerdictForm({ view, onChanged }: { view: PlanView; onChanged: () => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const numbered = (view.requirements ?? []).filter((r) => r.no !== null);
  const stored = new Map((view.verdicts ?? []).map((v) => [v.requirement_no, v]));

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const verdicts = numbered.flatMap((r) => {
      const v = String(fd.get(`verdict-${r.no}`) ?? '');
      return v === 'met' || v === 'not_met' ? [{ requirement_no: r.no!, verdict: v, evidence: String(fd.get(`evidence-${r.no}`) ?? '') }] : [];
    });
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const r = await putVerdicts(view.plan.id, verdicts as Parameters<typeof putVerdicts>[1]);
      setDone(r.recorded);
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel plan-verdicts" onSubmit={onSubmit} noValidate aria-labelledby="plan-verdict-h">
      <h3 id="plan-verdict-h">{t('plans.verdict.title')}</h3>
      {numbered.map((r) => {
        const s = stored.get(r.no!);
        return (
          <fieldset key={r.key} className="plan-verdict">
            <legend>{r.label}</legend>
            {s ? <p className="hint">{t('plans.verdict.current', { verdict: t(`plans.verdict.${s.verdict}`) })}</p> : null}
            <div className="plan-radios">
              {(['', 'met', 'not_met'] as const).map((v) => (
                <label key={v || 'none'}>
                  <input type="radio" name={`verdict-${r.no}`} value={v} defaultChecked={(s?.verdict ?? '') === v} /> {t(v ? `plans.verdict.${v}` : 'plans.verdict.none')}
                </label>
              ))}
            </div>
            <div className="field">
              <label htmlFor={`plan-evidence-${r.no}`}>{t('plans.verdict.evidence')}</label>
              <textarea id={`plan-evidence-${r.no}`} name={`evidence-${r.no}`} rows={2} defaultValue={s?.evidence ?? r.evidence.join('\n')} />
            </div>
          </fieldset>
        );
      })}
      {error ? <ErrorMessage error={error} /> : null}
      <div role="status" aria-live="polite">
        {done !== null ? <p className="notice notice-success">{t('plans.verdict.done', { n: done })}</p> : null}
      </div>
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('plans.verdict.submit')}
      </button>
    </form>
  );
}
