/**
 * Every address of the web application, built in one place (the routes that match them are in
 * App.tsx). Parts taken from data are URI-encoded; `q` arguments are query strings ('?…' or '').
 */
const enc = encodeURIComponent;
const strategy = (sid: string) => `/strategies/${enc(sid)}`;

export const paths = {
  /** the first stored strategy is the landing page */
  overview: (sid: string, firstId: string | undefined) => (sid === firstId ? '/' : strategy(sid)),
  node: (sid: string, nodeId: string) => `${strategy(sid)}/nodes/${enc(nodeId)}`,
  kpi: (sid: string, kpiId: string) => `${strategy(sid)}/kpis/${enc(kpiId)}`,
  report: (sid: string) => `${strategy(sid)}/report`,
  entry: (sid: string) => `${strategy(sid)}/entry`,
  search: (q: string) => `/search?q=${enc(q)}`,
  login: (next?: string) => (next ? `/login?next=${enc(next)}` : '/login'),
  account: () => '/account',
  /** the administrator's page: a government's strategy and its users */
  admin: () => '/admin',
  /** the 地域未来戦略 plans: the public list, one plan, its editor */
  plans: {
    list: (q = '') => `/plans${q}`,
    plan: (id: string) => `/plans/${enc(id)}`,
    edit: (id: string) => `/plans/${enc(id)}/edit`,
  },
  /** the 国内投資マップ and the plans' progress rounds */
  investmentMap: () => '/investment-map',
  planRounds: () => '/plan-rounds',
  /** 制度・計算: the calculators and the rule book */
  calc: {
    kigyoFurusato: () => '/calc/kigyo-furusato',
    proJinzai: () => '/calc/pro-jinzai',
  },
  rules: (q = '') => `/rules${q}`,
  /** the regional-statistics pages */
  stats: {
    map: (q = '') => `/stats${q}`,
    area: (code: string) => `/stats/areas/${enc(code)}`,
    series: (q = '') => `/stats/series${q}`,
    scatter: (q = '') => `/stats/scatter${q}`,
  },
};
