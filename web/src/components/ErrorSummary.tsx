/**
 * The error summary at the top of a form (GOV.UK / デジタル庁 pattern): focused after a failed
 * submit, each field's problem a link to the field, and a problem of the whole form (with a link
 * to sign in when the session has ended). Empty, but present, when there is nothing to say, so
 * that the form can focus it.
 */
import type { RefObject } from 'react';
import { Link } from 'wouter';
import { useI18n } from '../i18n/I18nProvider.tsx';

export interface ErrorSummaryProps {
  summaryRef: RefObject<HTMLDivElement | null>;
  /** the heading, given the number of problems */
  heading: (n: number) => string;
  fields: ReadonlyArray<{ id: string; label: string; message: string }>;
  /** a problem of the whole form; `loginHref` when signing in again is the way out */
  formError: { text: string; loginHref: string | null } | null;
}

export function ErrorSummary({ summaryRef, heading, fields, formError }: ErrorSummaryProps) {
  const { t } = useI18n();
  const shown = fields.length > 0 || formError !== null;
  return (
    <div ref={summaryRef} tabIndex={-1} className={shown ? 'notice notice-error' : undefined} role={shown ? 'alert' : undefined}>
      {shown ? (
        <>
          <p className="notice-label">{heading(fields.length + (formError ? 1 : 0))}</p>
          <ul>
            {fields.map((f) => (
              <li key={f.id}>
                <a href={`#${f.id}`}>
                  {f.label}: <span lang="ja">{f.message}</span>
                </a>
              </li>
            ))}
            {formError ? (
              <li lang="ja">
                {formError.text}
                {formError.loginHref ? (
                  <>
                    {' '}
                    <Link href={formError.loginHref}>{t('auth.toLogin')}</Link>
                  </>
                ) : null}
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
    </div>
  );
}
