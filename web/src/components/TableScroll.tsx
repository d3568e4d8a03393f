import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

/**
 * Wide tables on a phone: the region scrolls sideways and can be scrolled with the keyboard
 * (it is focusable and named after the table's caption).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useI18n();
  const hint = useId();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a scrollable region must be focusable to scroll by keyboard (axe scrollable-region-focusable)
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll by keyboard (axe scrollable-region-focusable)
    <div className="table-scroll" role="region" aria-label={t('table.region', { label })} aria-describedby={hint} tabIndex={0}>
      <span id={hint} className="table-hint">
        {t('table.scrollHint')}
        <span aria-hidden="true"> →</span>
      </span>
      {children}
    </div>
  );
}
