/**
 * The editor's controls. Each is bound to a path of the draft (content-paths.ts), has a label, a
 * stable id (so the error summary can link to it) and shows the server's issue for its path.
 * Numbers and lists keep what is being typed locally and hand the draft a value once it reads.
 */
import { createContext, type ReactNode, use, useState } from 'react';
import { parseJapaneseNumber } from '../../../../src/shared/japanese-numbers.ts';
import { formatValueExact } from '../../format/number.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fieldId, getAt, splitCodes } from './content-paths.ts';

export interface EditorValue {
  draft: unknown;
  set: (path: string, value: unknown) => void;
  issues: ReadonlyMap<string, string>;
}

export const EditorContext = createContext<EditorValue | null>(null);

export function useEditor(): EditorValue {
  const v = use(EditorContext);
  if (!v) throw new Error('useEditor outside EditorContext');
  return v;
}

interface FieldProps {
  path: string;
  label: string;
  hint?: string;
}

/** Label, hint, the control and the issue at its path, wired with aria-describedby. */
function Field({ path, label, hint, children }: FieldProps & { children: (p: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode }) {
  const { issues } = useEditor();
  const id = fieldId(path);
  const issue = issues.get(path);
  const describedBy = [hint ? `${id}-hint` : '', issue ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${issue ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children({ id, describedBy, invalid: Boolean(issue) })}
      {issue ? (
        <p className="field-error" id={`${id}-error`} lang="ja">
          {issue}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({ multiline = false, ...p }: FieldProps & { multiline?: boolean }) {
  const { draft, set } = useEditor();
  const value = String(getAt(draft, p.path) ?? '');
  return (
    <Field {...p}>
      {({ id, describedBy, invalid }) =>
        multiline ? (
          <textarea id={id} value={value} rows={3} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set(p.path, e.target.value)} />
        ) : (
          <input id={id} type="text" value={value} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set(p.path, e.target.value)} />
        )
      }
    </Field>
  );
}

/** Empty means null (dates, corporate numbers). */
export function NullableTextField(p: FieldProps & { inputMode?: 'numeric' | 'text' }) {
  const { draft, set } = useEditor();
  const value = String(getAt(draft, p.path) ?? '');
  return (
    <Field {...p}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          inputMode={p.inputMode}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => set(p.path, e.target.value.trim() === '' ? null : e.target.value)}
        />
      )}
    </Field>
  );
}

/** A number (or null when empty). What does not read as a number goes to the server as typed, which names the problem. */
export function NumberField(p: FieldProps) {
  const { draft, set } = useEditor();
  const stored = getAt(draft, p.path);
  const [text, setText] = useState(stored === null || stored === undefined ? '' : String(stored));
  return (
    <Field {...p}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={text}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => {
            setText(e.target.value);
            const r = parseJapaneseNumber(e.target.value);
            set(p.path, e.target.value.trim() === '' ? null : r.ok && r.value !== null ? r.value : e.target.value);
          }}
        />
      )}
    </Field>
  );
}

/** An amount in 円 as people type it (「120億」): sent as typed, read by the server; the reading is shown beside it. */
export function AmountField(p: FieldProps) {
  const { draft, set } = useEditor();
  const { lang } = useI18n();
  const value = getAt(draft, p.path);
  const text = value === null || value === undefined ? '' : String(value);
  const r = parseJapaneseNumber(text.normalize('NFKC').replace(/円$/, ''));
  return (
    <Field {...p}>
      {({ id, describedBy, invalid }) => (
        <>
          <input id={id} type="text" value={text} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set(p.path, e.target.value)} />
          {r.ok && r.value !== null && text.trim() !== '' ? <p className="field-info">＝ {formatValueExact(r.value, '円', lang)}</p> : null}
        </>
      )}
    </Field>
  );
}

export function SelectField({ options, nullable = false, ...p }: FieldProps & { options: ReadonlyArray<readonly [string, string]>; nullable?: boolean }) {
  const { draft, set } = useEditor();
  const { t } = useI18n();
  const value = getAt(draft, p.path);
  return (
    <Field {...p}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={value === null || value === undefined ? '' : String(value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => set(p.path, nullable && e.target.value === '' ? null : e.target.value)}
        >
          {nullable ? <option value="">{t('plans.edit.none')}</option> : null}
          {options.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField({ path, label }: { path: string; label: string }) {
  const { draft, set, issues } = useEditor();
  const id = fieldId(path);
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" checked={getAt(draft, path) === true} onChange={(e) => set(path, e.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {issues.get(path) ? <p className="field-error">{issues.get(path)}</p> : null}
    </div>
  );
}

/** A list of 団体コード typed as 「160008, 162019」, with the names it resolves to. */
export function CodesField({ names, ...p }: FieldProps & { names: (code: string) => string | undefined }) {
  const { draft, set, issues } = useEditor();
  const stored = (getAt(draft, p.path) as string[] | undefined) ?? [];
  const [text, setText] = useState(stored.join(', '));
  const codes = splitCodes(text);
  const nested = [...issues.entries()].filter(([k]) => k.startsWith(`${p.path}[`)).map(([, v]) => v);
  return (
    <Field {...p}>
      {({ id, describedBy, invalid }) => (
        <>
          <input
            id={id}
            type="text"
            inputMode="numeric"
            value={text}
            aria-describedby={describedBy}
            aria-invalid={invalid || nested.length > 0 || undefined}
            onChange={(e) => {
              setText(e.target.value);
              set(p.path, splitCodes(e.target.value));
            }}
          />
          {codes.length > 0 ? <p className="field-info">{codes.map((c) => `${c} ${names(c) ?? '—'}`).join('、')}</p> : null}
          {nested.map((m) => (
            <p key={m} className="field-error" lang="ja">
              {m}
            </p>
          ))}
        </>
      )}
    </Field>
  );
}
