/**
 * Page frame: skip link 「本文へ移動」, header (brand, language, user, search), main navigation,
 * <main> and footer. After every in-app navigation the focus moves to <main> so keyboard and
 * screen-reader users start reading the new page from its top.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useCurrentStrategyId, useStrategies } from '../app/StrategyContext.tsx';
import { paths } from '../app/paths.ts';
import { SearchBox } from '../features/search/SearchBox.tsx';
import { UserMenu } from '../features/auth/UserMenu.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import './Layout.css';

export function Layout({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const [location] = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);
  const sid = useCurrentStrategyId();
  const { strategies } = useStrategies();
  const firstId = strategies?.[0]?.id;

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation (the location), to move focus and scroll to the top
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [location]);

  const nav = [
    ...(sid
      ? [
          {
            href: paths.overview(sid, firstId),
            label: t('nav.overview'),
            match: (l: string) => l === '/' || l === `/strategies/${encodeURIComponent(sid)}` || l.includes('/nodes/') || l.includes('/kpis/'),
          },
          { href: paths.report(sid), label: t('nav.report'), match: (l: string) => l.endsWith('/report') },
          { href: paths.entry(sid), label: t('nav.entry'), match: (l: string) => l.endsWith('/entry') },
        ]
      : []),
    // Regional statistics (map, ranking, series, scatter, area profiles): for every visitor.
    { href: paths.stats.map(), label: t('nav.stats'), match: (l: string) => l === '/stats' || l.startsWith('/stats/') },
    { href: paths.plans.list(), label: t('nav.plans'), match: (l: string) => l === '/plans' || (l.startsWith('/plans/') && !l.includes('/reports/')) },
    { href: paths.investmentMap(), label: t('nav.investmentMap'), match: (l: string) => l === '/investment-map' },
    { href: '/grants', label: t('nav.grants'), match: (l: string) => l === '/grants' || l.startsWith('/grants/') },
    // 地方版総合戦略 across governments: the comparison by a bound indicator, and the outside panels' verification.
    { href: '/strategies/compare', label: t('nav.compare'), match: (l: string) => l === '/strategies/compare' },
    { href: '/verification-rounds', label: t('nav.verification'), match: (l: string) => l.startsWith('/verification-rounds') },
    { href: '/good-practices', label: t('nav.goodPractices'), match: (l: string) => l === '/good-practices' || l.startsWith('/good-practices/') },
    { href: paths.planRounds(), label: t('nav.planRounds'), match: (l: string) => l.startsWith('/plan-rounds') || l.includes('/reports/') },
    // 制度・計算: the calculators and the rule book (their pages link to each other).
    { href: paths.calc.kigyoFurusato(), label: t('tools.nav'), match: (l: string) => l.startsWith('/calc/') || l === '/rules' },
  ];
  const other = lang === 'ja' ? 'en' : 'ja';

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <div className="header-top">
            <Link href="/" className="brand">
              <span className="brand-mark" aria-hidden="true">
                創
              </span>
              <span className="brand-text">
                <span className="brand-name">{t('app.name')}</span>
                <span className="brand-tagline">{t('app.tagline')}</span>
              </span>
            </Link>
            <div className="header-tools">
              <button type="button" className="button button-text lang-switch" lang={other} onClick={() => setLang(other)} aria-label={t('lang.switchLabel')}>
                {t('lang.switch')}
              </button>
              <UserMenu />
            </div>
          </div>
          <SearchBox />
        </div>
        {nav.length > 0 ? (
          <nav className="site-nav" aria-label={t('nav.label')}>
            <ul>
              {nav.map((n) => {
                const current = n.match(location);
                return (
                  <li key={n.href}>
                    <Link href={n.href} aria-current={current ? 'page' : undefined}>
                      {n.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="footer-inner">
          <p>
            <strong>{t('app.name')}</strong> — {t('footer.about')}
          </p>
          <p>{t('footer.accessibility')}</p>
          <p>
            <a href="/api/openapi.json">{t('footer.api')}</a>
          </p>
        </div>
      </footer>
    </>
  );
}
