/** 「撤退基準に該当」: the owner's decision (continue with a reason, revise, withdraw) for one round's finding. */
import { useRef, useState, type FormEvent } from 'react';
import { decideWithdrawal } from './api.ts';
import { M } from './messages.ts';
import { type Problem, Problems, problemsOf } from './Problems.tsx';

interface Finding {
  criteria?: unknown;
}

export function WithdrawalDecision({ planId, roundId, criteria, onDone }: { planId: string; roundId: string; criteria: Finding; onDone: () => void }) {
  const [decision, setDecision] = useState('continue');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const box = useRef<HTMLDivElement>(null);
  const explanations = Array.isArray(criteria.criteria) ? (criteria.criteria as { explanation?: string }[]).map((c) => c.explanation ?? '') : [];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await decideWithdrawal(planId, roundId, { decision, reason });
      onDone();
    } catch (err) {
      setProblems(problemsOf(err, (c) => (c === 'reason' ? 'decision-reason' : null)));
      requestAnimationFrame(() => box.current?.focus());
    }
  };
  return (
    <section className="panel withdrawal" aria-labelledby="withdrawal-title">
      <h2 id="withdrawal-title">{M.withdrawalTitle}</h2>
      <p>{M.withdrawalIntro}</p>
      <ul>
        {explanations.map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
      <Problems problems={problems} boxRef={box} />
      <form onSubmit={submit} noValidate>
        <fieldset className="field">
          <legend>{M.decision}</legend>
          {(
            [
              ['continue', M.decisionContinue],
              ['revise', M.decisionRevise],
              ['withdraw', M.decisionWithdraw],
            ] as const
          ).map(([k, label]) => (
            <div key={k} className="field-checkbox">
              <input type="radio" id={`decision-${k}`} name="decision" value={k} checked={decision === k} onChange={() => setDecision(k)} />
              <label htmlFor={`decision-${k}`}>{label}</label>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="decision-reason">{M.decisionReason}</label>
          <textarea id="decision-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <button type="submit" className="button button-primary">
          {M.decide}
        </button>
      </form>
    </section>
  );
}
