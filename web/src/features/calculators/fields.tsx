/**
 * The calculators' form fields: an amount in 円 typed as people write it (「1,000万」「３億」) with
 * the amount read back beside it, a rate as a percentage or fraction, the evaluation date with its
 * 和暦, and a yes / no / not answered question. Each label is tied to its input; a field's
 * problem is announced with it (aria-describedby) and linked from the error summary.
 */
import type { ReactNode } from 'react';
import { formatValueExact } from '../../format/number.ts';
import { formatDay, isIsoDay } from '../../format/period.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatRatio } from '../rules/rule-format.ts';
import { readRate, readYen } from './inputs.ts';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  hint?: string;
  error?: string;
  optional?: boolean;
}

function FieldFrame({
  id,
  label,
  hint,
  error,
  optional,
  info,
  children,
}: Omit<TextFieldProps, 'value' | 'onChange'> & { info: ReactNode; children: (describedBy: string | undefined) => ReactNode }) {
  const { t } = useI18n();
  const described = [hint ? `${id}-hint` : null, `${id}-info`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {optional ? <span className="optional-mark">（{t('calc.optional')}）</span> : null}
      </label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children(described || undefined)}
      <p className="field-info" id={`${id}-info`}>
        {info}
      </p>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** An amount in 円: sent as typed (the server reads it); the reading is shown as 「＝ 1,000万円」. */
export function YenField(p: TextFieldProps) {
  const { lang } = useI18n();
  const r = readYen(p.value);
  // A reading that fails is said here until the server's own reason takes its place.
  const info = r.ok ? (r.value === null ? '' : `＝ ${formatValueExact(r.value, '円', lang)}`) : p.error ? '' : r.reason;
  return (
    <FieldFrame {...p} info={info}>
      {(describedBy) => (
        <input
          id={p.id}
          name={p.id}
          type="text"
          inputMode="text"
          autoComplete="off"
          value={p.value}
          onChange={(e) => p.onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={p.error ? true : undefined}
        />
      )}
    </FieldFrame>
  );
}

/** A rate as a percentage (「30」「30%」) or a fraction (「8/10」), read back as %. */
export function RateField(p: TextFieldProps) {
  const { lang } = useI18n();
  const r = readRate(p.value);
  const info = r.ok ? (r.value === null ? '' : `＝ ${formatRatio(r.value, lang)}`) : p.error ? '' : r.reason;
  return (
    <FieldFrame {...p} info={info}>
      {(describedBy) => (
        <input
          id={p.id}
          name={p.id}
          type="text"
          className="calc-input-short"
          autoComplete="off"
          value={p.value}
          onChange={(e) => p.onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={p.error ? true : undefined}
        />
      )}
    </FieldFrame>
  );
}

/** The evaluation date (the rules in force that day), with its 和暦. */
export function DateField(p: TextFieldProps) {
  const { lang } = useI18n();
  return (
    <FieldFrame {...p} info={isIsoDay(p.value) ? formatDay(p.value, lang) : ''}>
      {(describedBy) => (
        <input
          id={p.id}
          name={p.id}
          type="date"
          value={p.value}
          onChange={(e) => p.onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={p.error ? true : undefined}
        />
      )}
    </FieldFrame>
  );
}

export type Answer = 'yes' | 'no' | '';

/** A question answered yes, no, or left unanswered (then the result lists it to confirm). */
export function AnswerField({ name, legend, value, onChange, yes, no }: { name: string; legend: string; value: Answer; onChange: (v: Answer) => void; yes: string; no: string }) {
  const { t } = useI18n();
  const options: ReadonlyArray<[Answer, string]> = [
    ['yes', yes],
    ['no', no],
    ['', t('calc.answer.unknown')],
  ];
  return (
    <fieldset className="field calc-answer">
      <legend>{legend}</legend>
      {options.map(([v, label]) => (
        <label key={v || 'unknown'} className="calc-radio">
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} /> {label}
        </label>
      ))}
    </fieldset>
  );
}
