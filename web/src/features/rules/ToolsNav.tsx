/** The 「制度・計算」 group's own navigation: the two calculators and the rule book, on each of their pages. */
import { Link, useLocation } from 'wouter';
import { paths } from '../../app/paths.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/dictionaries.ts';

const ITEMS: ReadonlyArray<{ href: string; label: MessageKey }> = [
  { href: paths.calc.kigyoFurusato(), label: 'tools.kigyoFurusato' },
  { href: paths.calc.proJinzai(), label: 'tools.proJinzai' },
  { href: paths.rules(), label: 'tools.rules' },
];

export function ToolsNav() {
  const { t } = useI18n();
  const [location] = useLocation();
  return (
    <nav className="tools-nav" aria-label={t('tools.nav')}>
      <ul>
        {ITEMS.map((i) => (
          <li key={i.href}>
            <Link href={i.href} aria-current={location === i.href ? 'page' : undefined}>
              {t(i.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
