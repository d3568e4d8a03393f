/**
 * /calc/kigyo-furusato — 企業版ふるさと納税 計算 (for a company's tax department and a local
 * government's fund-raising team): the donation and the three taxes as typed (「1,000万」), the
 * effective tax rate (the rule book's default), the evaluation date, optional eligibility
 * answers; then the credits, relief and net burden, eligibility with reasons, the trace, and the
 * what-if table with its Excel download. Input problems come back from the server located and
 * are listed in the error summary, each linked to its field.
 */
import { type FormEvent, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SubmitActions } from '../../components/SubmitActions.tsx';
import { todayJst } from '../../format/period.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatRatio } from '../rules/rule-format.ts';
import { ToolsNav } from '../rules/ToolsNav.tsx';
import { calcKigyoFurusato, type KfnCompany, type KfnEligibility, type KfnInput, type KfnResult } from './api.ts';
import { AreaPicker } from './AreaPicker.tsx';
import { type Answer, AnswerField, DateField, RateField, YenField } from './fields.tsx';
import { type FieldProblem, issuesToFields, readLocalGovCode, readRate } from './inputs.ts';
import { KfnResultView } from './KfnResult.tsx';
import { percentText, useRuleRatio } from './rule-default.ts';
import { WhatIfSection } from './WhatIfSection.tsx';
import '../rules/rules.css';
import './calculators.css';

interface FormState {
  donation: string;
  juminzei: string;
  hojinzei: string;
  jigyozei: string;
  /** null until the person types: then the rule book's default is shown */
  rate: string | null;
  asOf: string;
  recipient: string;
  headOffice: string;
  certified: Answer;
  blue: Answer;
  economic: Answer;
}

/** The server's JSON paths → the form's fields. */
const FIELD_IDS = {
  donation: 'kfn-donation',
  juminzei_hojinzeiwari: 'kfn-juminzei',
  hojinzei: 'kfn-hojinzei',
  jigyozei: 'kfn-jigyozei',
  effective_tax_rate: 'kfn-rate',
  as_of: 'kfn-as-of',
  'eligibility.recipient_code': 'kfn-recipient',
  'eligibility.head_office_code': 'kfn-head-office',
} as const;

const answer = (a: Answer) => (a === '' ? undefined : a === 'yes');
const codeOf = (text: string) => {
  const r = readLocalGovCode(text);
  return r.ok && r.value !== null ? r.value : undefined;
};

function eligibilityOf(f: FormState): KfnEligibility | undefined {
  const e: KfnEligibility = {
    recipient_code: codeOf(f.recipient),
    head_office_code: codeOf(f.headOffice),
    certified_project: answer(f.certified),
    blue_return: answer(f.blue),
    economic_return: answer(f.economic),
  };
  const given = Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as KfnEligibility;
  return Object.keys(given).length > 0 ? given : undefined;
}

export default function KigyoFurusatoPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('kfn.title'));
  const [form, setForm] = useState<FormState>({
    donation: '',
    juminzei: '',
    hojinzei: '',
    jigyozei: '',
    rate: null,
    asOf: todayJst(),
    recipient: '',
    headOffice: '',
    certified: '',
    blue: '',
    economic: '',
  });
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [result, setResult] = useState<{ result: KfnResult; company: KfnCompany; donation: string } | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const defaultRate = useRuleRatio('kigyo_furusato', 'kfn.deduction.default_rate', form.asOf);
  const rateText = form.rate ?? (defaultRate === undefined ? '' : percentText(defaultRate));
  const set =
    <K extends keyof FormState>(k: K) =>
    (v: FormState[K]) =>
      setForm((f) => ({ ...f, [k]: v }));
  const labels: Record<keyof typeof FIELD_IDS, string> = {
    donation: t('calc.input.donation'),
    juminzei_hojinzeiwari: t('calc.input.juminzei'),
    hojinzei: t('calc.input.hojinzei'),
    jigyozei: t('calc.input.jigyozei'),
    effective_tax_rate: t('calc.input.effectiveRate'),
    as_of: t('calc.asOf'),
    'eligibility.recipient_code': t('kfn.recipient'),
    'eligibility.head_office_code': t('kfn.headOffice'),
  };
  const fields = Object.fromEntries(Object.entries(FIELD_IDS).map(([col, id]) => [col, { id, label: labels[col as keyof typeof FIELD_IDS] }]));
  const errorOf = (id: string) => problems.find((p) => p.id === id)?.message;

  // A result next to an error would read as the answer to the input shown: it goes.
  const fail = (p: FieldProblem[], rest: string | null) => {
    setResult(null);
    setProblems(p);
    setFormError(rest);
    setBusy(false);
    summary.current?.focus();
  };

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    // What the page reads itself (the rate it turns into a ratio, the codes it takes from the
    // candidates) is checked here; the amounts are read by the server.
    const rate = readRate(rateText);
    const local: FieldProblem[] = [];
    if (!rate.ok) local.push({ id: FIELD_IDS.effective_tax_rate, label: labels.effective_tax_rate, message: rate.reason });
    for (const [col, text] of [
      ['eligibility.recipient_code', form.recipient],
      ['eligibility.head_office_code', form.headOffice],
    ] as const) {
      const r = readLocalGovCode(text);
      if (!r.ok) local.push({ id: FIELD_IDS[col], label: labels[col], message: r.reason });
    }
    if (local.length > 0 || !rate.ok) return fail(local, null);
    const company: KfnCompany = {
      juminzei_hojinzeiwari: form.juminzei,
      hojinzei: form.hojinzei,
      jigyozei: form.jigyozei,
      ...(form.rate !== null && rate.value !== null ? { effective_tax_rate: rate.value } : {}),
      ...(form.asOf ? { as_of: form.asOf } : {}),
    };
    const body: KfnInput = { ...company, donation: form.donation, ...(eligibilityOf(form) ? { eligibility: eligibilityOf(form) } : {}) };
    setBusy(true);
    setProblems([]);
    setFormError(null);
    try {
      const r = await calcKigyoFurusato(body);
      setResult({ result: r, company, donation: form.donation });
      setBusy(false);
    } catch (err) {
      if (err instanceof ApiError && err.issues.length > 0) {
        const { fields: located, rest } = issuesToFields(err.issues, fields);
        return fail(located, rest.length > 0 ? rest.join(' ') : located.length === 0 ? err.message : null);
      }
      fail([], err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <>
      <ToolsNav />
      <h1>{t('kfn.title')}</h1>
      <p>{t('kfn.intro')}</p>
      <form className="panel calc-form" onSubmit={onSubmit} noValidate aria-label={t('kfn.form')}>
        <ErrorSummary summaryRef={summary} heading={(n) => t('calc.errors', { n })} fields={problems} formError={formError ? { text: formError, loginHref: null } : null} />
        <p className="hint">{t('calc.amountHint')}</p>
        <div className="field-row">
          <YenField id={FIELD_IDS.donation} label={labels.donation} value={form.donation} onChange={set('donation')} error={errorOf(FIELD_IDS.donation)} />
          <YenField
            id={FIELD_IDS.juminzei_hojinzeiwari}
            label={labels.juminzei_hojinzeiwari}
            value={form.juminzei}
            onChange={set('juminzei')}
            error={errorOf(FIELD_IDS.juminzei_hojinzeiwari)}
          />
        </div>
        <div className="field-row">
          <YenField id={FIELD_IDS.hojinzei} label={labels.hojinzei} value={form.hojinzei} onChange={set('hojinzei')} error={errorOf(FIELD_IDS.hojinzei)} />
          <YenField id={FIELD_IDS.jigyozei} label={labels.jigyozei} value={form.jigyozei} onChange={set('jigyozei')} error={errorOf(FIELD_IDS.jigyozei)} />
        </div>
        <div className="field-row">
          <RateField
            id={FIELD_IDS.effective_tax_rate}
            label={`${labels.effective_tax_rate}（%）`}
            hint={defaultRate === undefined ? undefined : t('kfn.rate.hint', { rate: formatRatio(defaultRate, lang) })}
            value={rateText}
            onChange={set('rate')}
            error={errorOf(FIELD_IDS.effective_tax_rate)}
          />
          <DateField id={FIELD_IDS.as_of} label={labels.as_of} hint={t('calc.asOf.hint')} value={form.asOf} onChange={set('asOf')} error={errorOf(FIELD_IDS.as_of)} />
        </div>
        <details
          className="calc-eligibility"
          open={problems.some((p) => p.id === FIELD_IDS['eligibility.recipient_code'] || p.id === FIELD_IDS['eligibility.head_office_code']) || undefined}
        >
          <summary>
            {t('kfn.eligibility')}（{t('calc.optional')}）
          </summary>
          <p className="hint">{t('kfn.eligibility.hint')}</p>
          <div className="field-row">
            <AreaPicker
              id={FIELD_IDS['eligibility.recipient_code']}
              label={labels['eligibility.recipient_code']}
              hint={t('kfn.area.hint')}
              value={form.recipient}
              onChange={set('recipient')}
              error={errorOf(FIELD_IDS['eligibility.recipient_code'])}
            />
            <AreaPicker
              id={FIELD_IDS['eligibility.head_office_code']}
              label={labels['eligibility.head_office_code']}
              hint={t('kfn.area.hint')}
              value={form.headOffice}
              onChange={set('headOffice')}
              error={errorOf(FIELD_IDS['eligibility.head_office_code'])}
            />
          </div>
          <AnswerField name="kfn-certified" legend={t('kfn.certified')} value={form.certified} onChange={set('certified')} yes={t('kfn.yes')} no={t('kfn.no')} />
          <AnswerField name="kfn-blue" legend={t('kfn.blue')} value={form.blue} onChange={set('blue')} yes={t('kfn.yes')} no={t('kfn.no')} />
          <AnswerField name="kfn-economic" legend={t('kfn.economic')} value={form.economic} onChange={set('economic')} yes={t('kfn.yes')} no={t('kfn.no')} />
        </details>
        <SubmitActions busy={busy} label={t('calc.submit')} busyLabel={t('calc.busy')} />
      </form>
      {result ? (
        <>
          <KfnResultView result={result.result} donationText={result.donation} />
          <WhatIfSection company={result.company} donation={result.result.trace.find((s) => 'donation' in s.inputs)?.inputs.donation ?? null} />
        </>
      ) : null}
    </>
  );
}
