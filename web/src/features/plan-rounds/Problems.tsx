/**
 * A form's problems after a failed write: the summary that takes the focus, each problem linked
 * to the field it names (the API's issue columns mapped to field ids), and the messages beside
 * the fields. The server decides; nothing is checked here that it does not check again.
 */
import type { RefObject } from 'react';
import { ApiError } from '../../api/client.ts';
import { errorText } from '../../components/ErrorMessage.tsx';
import { fill, M } from './messages.ts';

export interface Problem {
  /** the field's element id, when the problem is one field's */
  fieldId: string | null;
  text: string;
}

export function problemsOf(err: unknown, fieldIdOf: (column: string) => string | null): Problem[] {
  const issues = err instanceof ApiError ? err.issues : [];
  if (err instanceof ApiError && err.status === 409) return [{ fieldId: null, text: `${M.conflict}（${err.message}）` }];
  if (issues.length === 0) return [{ fieldId: null, text: errorText(err) }];
  return issues.map((i) => ({ fieldId: i.column ? fieldIdOf(i.column) : null, text: i.reason }));
}

export function Problems({ problems, boxRef }: { problems: readonly Problem[]; boxRef: RefObject<HTMLDivElement | null> }) {
  const shown = problems.length > 0;
  return (
    <div ref={boxRef} tabIndex={-1} className={shown ? 'notice notice-error' : undefined} role={shown ? 'alert' : undefined}>
      {shown ? (
        <>
          <p className="notice-label">{fill(M.errorSummary, { n: problems.length })}</p>
          <ul>
            {problems.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity beyond their place in the list
              <li key={i}>{p.fieldId ? <a href={`#${p.fieldId}`}>{p.text}</a> : p.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** The message beside a field, when a problem names it. */
export function FieldProblem({ id, problems }: { id: string; problems: readonly Problem[] }) {
  const p = problems.find((x) => x.fieldId === id);
  return p ? (
    <p id={`${id}-error`} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {p.text}
    </p>
  ) : null;
}

export const hasProblem = (id: string, problems: readonly Problem[]): boolean => problems.some((p) => p.fieldId === id);
