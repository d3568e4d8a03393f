/**
 * Routes (path-based; the server answers index.html for every non-/api path). The overview is
 * in the initial bundle; every other page is its own chunk, loaded on first visit and
 * prefetched when the browser is idle.
 */
import { lazy, Suspense, useEffect } from 'react';
import { Link, Route, Switch } from 'wouter';
import { ChunkErrorBoundary } from '../components/ChunkErrorBoundary.tsx';
import { Layout } from '../components/Layout.tsx';
import { Loading } from '../components/Loading.tsx';
import { OverviewPage } from '../features/overview/OverviewPage.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { usePageTitle } from './usePageTitle.ts';

const loadNode = () => import('../features/node/NodePage.tsx');
const loadKpi = () => import('../features/kpi/KpiPage.tsx');
const loadReport = () => import('../features/report/ReportPage.tsx');
const loadEntry = () => import('../features/data-entry/EntryPage.tsx');
const loadSearch = () => import('../features/search/SearchPage.tsx');
const loadLogin = () => import('../features/auth/LoginPage.tsx');
const loadAccount = () => import('../features/account/AccountPage.tsx');
const loadAdmin = () => import('../features/admin/AdminPage.tsx');
// Regional statistics: each view its own chunk; ECharts (map, line, scatter) loads with the chart.
const loadStatsMap = () => import('../features/statistics/map/StatsMapPage.tsx');
const loadAreaProfile = () => import('../features/statistics/area/AreaProfilePage.tsx');
const loadStatsSeries = () => import('../features/statistics/series/SeriesPage.tsx');
const loadStatsScatter = () => import('../features/statistics/scatter/ScatterPage.tsx');
// Progress rounds of the 地域未来戦略 plans (進捗確認)
const RoundsPage = lazy(() => import('../features/plan-rounds/RoundsPage.tsx'));
const RoundPage = lazy(() => import('../features/plan-rounds/RoundPage.tsx'));
const ReportFormPage = lazy(() => import('../features/plan-rounds/ReportFormPage.tsx'));
/* investment map */
const loadInvestmentMap = () => import('../features/investment-map/InvestmentMapPage.tsx');

const NodePage = lazy(loadNode);
const KpiPage = lazy(loadKpi);
const ReportPage = lazy(loadReport);
const EntryPage = lazy(loadEntry);
const SearchPage = lazy(loadSearch);
const LoginPage = lazy(loadLogin);
const AccountPage = lazy(loadAccount);
const AdminPage = lazy(loadAdmin);
const StatsMapPage = lazy(loadStatsMap);
const AreaProfilePage = lazy(loadAreaProfile);
const StatsSeriesPage = lazy(loadStatsSeries);
const StatsScatterPage = lazy(loadStatsScatter);
// 地域未来戦略 plans: the public list, one plan, its editor.
const PlansListPage = lazy(() => import('../features/plans/PlansListPage.tsx').then((m) => ({ default: m.PlansListPage })));
const PlanPage = lazy(() => import('../features/plans/PlanPage.tsx').then((m) => ({ default: m.PlanPage })));
const PlanEditPage = lazy(() => import('../features/plans/PlanEditPage.tsx').then((m) => ({ default: m.PlanEditPage })));
/* investment map */
const InvestmentMapPage = lazy(loadInvestmentMap);
/* 制度・計算: the calculators and the rule book */
const KigyoFurusatoPage = lazy(() => import('../features/calculators/KigyoFurusatoPage.tsx'));
const ProJinzaiPage = lazy(() => import('../features/calculators/ProJinzaiPage.tsx'));
const RulesPage = lazy(() => import('../features/rules/RulesPage.tsx'));
// 第2世代交付金: the list, one application, its builder.
const GrantsListPage = lazy(() => import('../features/grants/GrantsListPage.tsx').then((m) => ({ default: m.GrantsListPage })));
const GrantPage = lazy(() => import('../features/grants/GrantPage.tsx').then((m) => ({ default: m.GrantPage })));
const GrantEditPage = lazy(() => import('../features/grants/GrantEditPage.tsx').then((m) => ({ default: m.GrantEditPage })));
const GrantReviewPage = lazy(() => import('../features/grants/GrantReviewPage.tsx').then((m) => ({ default: m.GrantReviewPage })));
const GrantVerificationPage = lazy(() => import('../features/grants/GrantVerificationPage.tsx').then((m) => ({ default: m.GrantVerificationPage })));
// 地方版総合戦略 from its document: upload, review beside the source, accept.
const StrategyFromDocumentPage = lazy(() => import('../features/strategy-documents/StrategyFromDocumentPage.tsx').then((m) => ({ default: m.StrategyFromDocumentPage })));
const StrategyComparisonPage = lazy(() => import('../features/strategy-comparison/StrategyComparisonPage.tsx').then((m) => ({ default: m.StrategyComparisonPage })));
const GoodPracticesPage = lazy(() => import('../features/good-practices/GoodPracticesPage.tsx').then((m) => ({ default: m.GoodPracticesPage })));
const GoodPracticePage = lazy(() => import('../features/good-practices/GoodPracticePage.tsx').then((m) => ({ default: m.GoodPracticePage })));
const GoodPracticeFormPage = lazy(() => import('../features/good-practices/CaseFormPage.tsx').then((m) => ({ default: m.CaseFormPage })));
const GrantRollupPage = lazy(() => import('../features/grants/GrantRollupPage.tsx').then((m) => ({ default: m.GrantRollupPage })));
const VerificationRoundsPage = lazy(() => import('../features/strategy-verification/RoundsListPage.tsx').then((m) => ({ default: m.RoundsListPage })));
const VerificationRoundPage = lazy(() => import('../features/strategy-verification/RoundPage.tsx').then((m) => ({ default: m.RoundPage })));
const VerificationReportPage = lazy(() => import('../features/strategy-verification/ReportPage.tsx').then((m) => ({ default: m.ReportPage })));

function usePrefetchRoutes() {
  useEffect(() => {
    const idle = (cb: () => void) => (typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(cb, { timeout: 4000 }) : setTimeout(cb, 1500));
    // The pages a visitor of the overview opens next (not ECharts: that waits for a KPI page).
    idle(() => {
      void loadNode();
      void loadKpi();
      void loadReport();
    });
  }, []);
}

function NotFound() {
  const { t } = useI18n();
  usePageTitle(t('app.notFound.title'));
  return (
    <>
      <h1>{t('app.notFound.title')}</h1>
      <p>{t('app.notFound.body')}</p>
      <p>
        <Link href="/">{t('app.toHome')}</Link>
      </p>
    </>
  );
}

export function App() {
  usePrefetchRoutes();
  return (
    <Layout>
      <ChunkErrorBoundary>
        <Suspense fallback={<Loading />}>
          <Switch>
            <Route path="/">{() => <OverviewPage />}</Route>
            <Route path="/strategies/compare">{() => <StrategyComparisonPage />}</Route>
            <Route path="/strategies/new/from-document">{() => <StrategyFromDocumentPage />}</Route>
            <Route path="/strategies/:sid">{(p) => <OverviewPage sid={p.sid} />}</Route>
            <Route path="/strategies/:sid/nodes/:nodeId">{(p) => <NodePage key={`${p.sid}/${p.nodeId}`} sid={p.sid} nodeId={p.nodeId} />}</Route>
            <Route path="/strategies/:sid/kpis/:kpiId">{(p) => <KpiPage key={`${p.sid}/${p.kpiId}`} sid={p.sid} kpiId={p.kpiId} />}</Route>
            <Route path="/strategies/:sid/report">{(p) => <ReportPage sid={p.sid} />}</Route>
            <Route path="/strategies/:sid/entry">{(p) => <EntryPage sid={p.sid} />}</Route>
            <Route path="/search">{() => <SearchPage />}</Route>
            <Route path="/login">{() => <LoginPage />}</Route>
            <Route path="/account">{() => <AccountPage />}</Route>
            <Route path="/admin">{() => <AdminPage />}</Route>
            <Route path="/stats">{() => <StatsMapPage />}</Route>
            <Route path="/stats/series">{() => <StatsSeriesPage />}</Route>
            <Route path="/stats/scatter">{() => <StatsScatterPage />}</Route>
            <Route path="/stats/areas/:code">{(p) => <AreaProfilePage key={p.code} code={p.code} />}</Route>
            {/* plan rounds */}
            <Route path="/plan-rounds">{() => <RoundsPage />}</Route>
            <Route path="/plan-rounds/:roundId">{(p) => <RoundPage key={p.roundId} roundId={p.roundId} />}</Route>
            <Route path="/plans/:planId/reports/:roundId">{(p) => <ReportFormPage key={`${p.planId}/${p.roundId}`} planId={p.planId} roundId={p.roundId} />}</Route>
            {/* end plan rounds */}
            {/* plans */}
            <Route path="/plans">{() => <PlansListPage />}</Route>
            <Route path="/plans/:id/edit">{(p) => <PlanEditPage key={p.id} id={p.id} />}</Route>
            <Route path="/plans/:id">{(p) => <PlanPage key={p.id} id={p.id} />}</Route>
            {/* end plans */}
            {/* investment map */}
            <Route path="/investment-map">{() => <InvestmentMapPage />}</Route>
            {/* 制度・計算 */}
            <Route path="/calc/kigyo-furusato">{() => <KigyoFurusatoPage />}</Route>
            <Route path="/calc/pro-jinzai">{() => <ProJinzaiPage />}</Route>
            <Route path="/rules">{() => <RulesPage />}</Route>
            <Route path="/good-practices">{() => <GoodPracticesPage />}</Route>
            <Route path="/good-practices/new">{() => <GoodPracticeFormPage />}</Route>
            <Route path="/good-practices/:id/edit">{(p) => <GoodPracticeFormPage key={p.id} id={p.id} />}</Route>
            <Route path="/good-practices/:id">{(p) => <GoodPracticePage key={p.id} id={p.id} />}</Route>
            <Route path="/grants">{() => <GrantsListPage />}</Route>
            <Route path="/grants/rollup">{() => <GrantRollupPage />}</Route>
            <Route path="/grants/:id/verification">{(p) => <GrantVerificationPage key={p.id} id={p.id} />}</Route>
            <Route path="/grants/:id/edit">{(p) => <GrantEditPage key={p.id} id={p.id} />}</Route>
            <Route path="/grants/:id/review">{(p) => <GrantReviewPage key={p.id} id={p.id} />}</Route>
            <Route path="/grants/:id">{(p) => <GrantPage key={p.id} id={p.id} />}</Route>
            {/* strategy verification (効果検証) */}
            <Route path="/verification-rounds">{() => <VerificationRoundsPage />}</Route>
            <Route path="/verification-rounds/:id/report">{(p) => <VerificationReportPage key={p.id} id={p.id} />}</Route>
            <Route path="/verification-rounds/:id">{(p) => <VerificationRoundPage key={p.id} id={p.id} />}</Route>
            <Route>{() => <NotFound />}</Route>
          </Switch>
        </Suspense>
      </ChunkErrorBoundary>
    </Layout>
  );
}
