import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** An error from the API, in its own (Japanese) words, with a retry when one makes sense. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <span className="notice-label">{t('app.error')}: </span>
        <span lang="ja">{errorText(error)}</span>
      </p>
      {onRetry ? (
        <button type="button" className="button button-secondary no-print" onClick={onRetry}>
          {t('app.retry')}
        </button>
      ) : null}
    </div>
  );
}
