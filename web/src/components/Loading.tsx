import { useI18n } from '../i18n/I18nProvider.tsx';
import './Loading.css';

/** A spinner with its words in a polite live region, so long work is announced, never silent. */
export function Loading({ label, inline = false }: { label?: string; inline?: boolean }) {
  const { t } = useI18n();
  return (
    <div className={inline ? 'loading loading-inline' : 'loading'} role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('app.loading')}</span>
    </div>
  );
}
