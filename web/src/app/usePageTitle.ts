import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** document.title = 「page | Sousei（創生）」 */
export function usePageTitle(title: string | null | undefined): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = title ? `${title} | ${t('app.name')}` : `${t('app.name')} ${t('app.tagline')}`;
  }, [title, t]);
}
