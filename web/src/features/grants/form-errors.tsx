/**
 * The grant pages' forms (review, decision, builder) share one way of showing a refusal: the server's 400 issues (located by
 * JSON path: `scores[2].comment`, `amounts[1].reason`, `reviewers[0]`) become links in the
 * ErrorSummary to the field they name and a message beside that field; anything else (403, 409, a
 * refused transition) is the form's own problem, in the server's words.
 */
import { ApiError } from '../../api/client.ts';
import { paths } from '../../app/paths.ts';

/** A field the form can point at: its element id and its label. */
export interface LocatedField {
  id: string;
  label: string;
}

export interface FormErrors {
  /** for ErrorSummary */
  fields: { id: string; label: string; message: string }[];
  formError: { text: string; loginHref: string | null } | null;
  /** the message beside a field, by element id */
  at: (id: string) => string | undefined;
}

export const NO_ERRORS: FormErrors = { fields: [], formError: null, at: () => undefined };

/**
 * `locate` maps an issue's column to the field it names (null: the form as a whole). Client-side
 * problems (an amount that cannot be read) come as `local`, already located; `next` is where
 * signing in again returns to.
 */
export function formErrors(error: unknown, locate: (column: string) => LocatedField | null, local: FormErrors['fields'] = [], next?: string): FormErrors {
  const fields = [...local];
  const whole: string[] = [];
  if (error instanceof ApiError && error.status === 400 && error.issues.length > 0) {
    for (const issue of error.issues) {
      const f = issue.column ? locate(issue.column) : null;
      if (f) fields.push({ ...f, message: issue.reason });
      else whole.push(issue.reason);
    }
  } else if (error) {
    whole.push(error instanceof Error ? error.message : String(error));
  }
  const loginHref = error instanceof ApiError && error.status === 401 ? paths.login(next) : null;
  const byId = new Map<string, string>();
  for (const f of fields) byId.set(f.id, byId.has(f.id) ? `${byId.get(f.id)} ${f.message}` : f.message);
  return { fields, formError: whole.length > 0 ? { text: whole.join(' '), loginHref } : null, at: (id) => byId.get(id) };
}

/** The message beside a field (its id is `${fieldId}-error`, for aria-describedby). */
export function FieldError({ fieldId, errors }: { fieldId: string; errors: FormErrors }) {
  const message = errors.at(fieldId);
  return message ? (
    <p className="field-error" id={`${fieldId}-error`} lang="ja">
      {message}
    </p>
  ) : null;
}

/** aria-describedby for a field: its hint and, when there is one, its error. */
export const describedBy = (fieldId: string, errors: FormErrors, hint?: string): string | undefined =>
  [hint, errors.at(fieldId) ? `${fieldId}-error` : undefined].filter(Boolean).join(' ') || undefined;

/** A DOM id from free text (project ids allow letters, digits, - and _; criteria are snake_case). */
export const domId = (...parts: (string | number)[]): string => parts.map((p) => String(p).replace(/[^A-Za-z0-9_-]/g, '_')).join('-');
