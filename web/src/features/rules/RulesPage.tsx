/**
 * /rules — 制度の規定値と根拠: the rule book as tables by programme, filtered by programme and by
 * the day in force; each parameter with its value (円, %, 年度), effective period (西暦 and 和暦),
 * whether it is a cap (上限) or a guideline (目安), its source and its note.
 */
import { type FormEvent, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { paths } from '../../app/paths.ts';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDay, isIsoDay } from '../../format/period.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { listRules, type RuleList, type RuleParameterJson, type RuleProgram } from './api.ts';
import { RuleSourceText } from './RuleSourceText.tsx';
import { formatEffectivePeriod, formatRuleValue } from './rule-format.ts';
import { ToolsNav } from './ToolsNav.tsx';
import './rules.css';

function ProgramTable({ label, rows }: { label: string; rows: RuleParameterJson[] }) {
  const { t, lang } = useI18n();
  const caption = t('rules.caption', { program: label });
  return (
    <section className="rules-program">
      <h2>{label}</h2>
      <TableScroll label={caption}>
        <table className="data-table rules-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rules.col.item')}</th>
              <th scope="col">{t('rules.col.value')}</th>
              <th scope="col">{t('rules.col.period')}</th>
              <th scope="col">{t('rules.col.binding')}</th>
              <th scope="col">{t('rules.col.source')}</th>
              <th scope="col">{t('rules.col.note')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={`${p.id}@${p.effective_from}`}>
                <th scope="row">
                  {p.label}
                  <br />
                  <code className="rule-id">{p.id}</code>
                </th>
                <td className="rules-value">{formatRuleValue(p.value, p.unit, lang)}</td>
                <td>{formatEffectivePeriod(p.effective_from, p.effective_to, lang)}</td>
                <td>{p.binding ? t(p.binding === 'hard' ? 'rules.binding.hard' : 'rules.binding.guideline') : t('rules.binding.none')}</td>
                <td>
                  <RuleSourceText source={p.source} />
                </td>
                <td className="rules-note">{p.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function RuleTables({ data }: { data: RuleList }) {
  const { t } = useI18n();
  if (data.parameters.length === 0) return <p>{t('rules.none')}</p>;
  const programs = Object.keys(data.programs).filter((k) => data.parameters.some((p) => p.program === k));
  return (
    <>
      <p role="status">{t('rules.count', { n: data.parameters.length })}</p>
      {programs.map((k) => (
        <ProgramTable key={k} label={data.programs[k] ?? k} rows={data.parameters.filter((p) => p.program === k)} />
      ))}
    </>
  );
}

export default function RulesPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('rules.title'));
  const [, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const program = (params.get('program') ?? '') as RuleProgram | '';
  const asOf = params.get('as_of') ?? '';
  const [dateText, setDateText] = useState(asOf);
  const [dateError, setDateError] = useState(false);
  const all = useAsync(() => listRules({}), []);
  const state = useAsync(() => listRules({ program: program || undefined, as_of: isIsoDay(asOf) ? asOf : undefined }), [program, asOf]);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const day = String(fd.get('as_of') ?? '').trim();
    if (day !== '' && !isIsoDay(day)) {
      setDateError(true);
      return;
    }
    setDateError(false);
    const q = new URLSearchParams();
    const p = String(fd.get('program') ?? '');
    if (p) q.set('program', p);
    if (day) q.set('as_of', day);
    navigate(paths.rules(q.size > 0 ? `?${q}` : ''));
  };

  return (
    <>
      <ToolsNav />
      <h1>{t('rules.title')}</h1>
      <p>{t('rules.intro')}</p>
      <form className="panel rules-filters" onSubmit={onSubmit} noValidate aria-label={t('rules.filters')}>
        <div className="field-row">
          <div className="field">
            <label htmlFor="rules-program">{t('rules.program')}</label>
            <select id="rules-program" name="program" defaultValue={program}>
              <option value="">{t('rules.program.all')}</option>
              {Object.entries(all.data?.programs ?? {}).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="rules-as-of">{t('rules.asOf')}</label>
            <p className="hint" id="rules-as-of-hint">
              {t('rules.asOf.hint')}
            </p>
            <input
              id="rules-as-of"
              name="as_of"
              type="date"
              value={dateText}
              onChange={(e) => setDateText(e.target.value)}
              aria-describedby={dateError ? 'rules-as-of-hint rules-as-of-error' : 'rules-as-of-hint'}
              aria-invalid={dateError || undefined}
            />
            {isIsoDay(dateText) ? <p className="field-info">{formatDay(dateText, lang)}</p> : null}
            {dateError ? (
              <p className="field-error" id="rules-as-of-error">
                {t('rules.badDate')}
              </p>
            ) : null}
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t('rules.apply')}
          </button>
        </div>
      </form>
      {state.error ? <ErrorMessage error={state.error} onRetry={state.reload} /> : state.data ? <RuleTables data={state.data} /> : <Loading />}
    </>
  );
}
