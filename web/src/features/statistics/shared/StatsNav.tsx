/** The statistics pages' own menu: map & ranking, time series, scatter (an area profile is none of them). */
import { Link, useLocation } from 'wouter';
import { paths } from '../../../app/paths.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';

export function StatsNav() {
  const { t } = useI18n();
  const [location] = useLocation();
  const items = [
    { href: paths.stats.map(), label: t('stats.nav.map'), current: location === '/stats' },
    { href: paths.stats.series(), label: t('stats.nav.series'), current: location === '/stats/series' },
    { href: paths.stats.scatter(), label: t('stats.nav.scatter'), current: location === '/stats/scatter' },
  ];
  return (
    <nav className="stats-nav no-print" aria-label={t('stats.nav.label')}>
      <ul>
        {items.map((i) => (
          <li key={i.href}>
            <Link href={i.href} aria-current={i.current ? 'page' : undefined}>
              {i.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
