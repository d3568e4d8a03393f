/**
 * UI text in Japanese (the default) and English. Data from the API (strategy and KPI names, the
 * engine's reasons) stays as the API gives it; English names are used where the catalog has them.
 *
 * Each feature keeps its own messages (features/<feature>/messages.ts; the shared ones in
 * i18n/messages/common.ts); a key belongs to one file (checked by dictionaries.test.ts).
 */

import * as common from './messages/common.ts';
import * as search from '../features/search/messages.ts';
import * as auth from '../features/auth/messages.ts';
import * as account from '../features/account/messages.ts';
import * as overview from '../features/overview/messages.ts';
import * as node from '../features/node/messages.ts';
import * as kpi from '../features/kpi/messages.ts';
import * as report from '../features/report/messages.ts';
import * as dataEntry from '../features/data-entry/messages.ts';
import * as admin from '../features/admin/messages.ts';
import * as statsShared from '../features/statistics/shared/messages.ts';
import * as statsMap from '../features/statistics/map/messages.ts';
import * as statsArea from '../features/statistics/area/messages.ts';
import * as statsSeries from '../features/statistics/series/messages.ts';
import * as statsScatter from '../features/statistics/scatter/messages.ts';
import * as plans from '../features/plans/messages.ts';
import * as planFields from '../features/plans/field-messages.ts';
import * as investmentMap from '../features/investment-map/messages.ts';
import * as calculators from '../features/calculators/messages.ts';
import * as rules from '../features/rules/messages.ts';
import * as goodPractices from '../features/good-practices/messages.ts';
import * as strategyComparison from '../features/strategy-comparison/messages.ts';
import * as grants from '../features/grants/messages.ts';
import * as grantReview from '../features/grants/review-messages.ts';
import * as grantsVerification from '../features/grants/verification-messages.ts';
import * as strategyVerification from '../features/strategy-verification/messages.ts';
import * as strategyDocuments from '../features/strategy-documents/messages.ts';

export type Lang = 'ja' | 'en';

/** Every message file, for the check that a key is defined once. */
export const MESSAGE_FILES = {
  common,
  search,
  auth,
  account,
  overview,
  node,
  kpi,
  report,
  dataEntry,
  admin,
  statsShared,
  statsMap,
  statsArea,
  statsSeries,
  statsScatter,
  plans,
  planFields,
  investmentMap,
  calculators,
  rules,
  grants,
  goodPractices,
  strategyComparison,
  grantReview,
  grantsVerification,
  strategyVerification,
  strategyDocuments,
};

const ja = {
  ...common.ja,
  ...search.ja,
  ...auth.ja,
  ...account.ja,
  ...overview.ja,
  ...node.ja,
  ...kpi.ja,
  ...report.ja,
  ...dataEntry.ja,
  ...admin.ja,
  ...statsShared.ja,
  ...statsMap.ja,
  ...statsArea.ja,
  ...statsSeries.ja,
  ...statsScatter.ja,
  ...plans.ja,
  ...planFields.ja,
  ...investmentMap.ja,
  ...calculators.ja,
  ...rules.ja,
  ...grants.ja,
  ...grantReview.ja,
  ...grantsVerification.ja,
  ...strategyVerification.ja,
  ...strategyDocuments.ja,
  ...goodPractices.ja,
  ...strategyComparison.ja,
} as const;

export type MessageKey = keyof typeof ja;
export type Dictionary = Record<MessageKey, string>;

const en: Dictionary = {
  ...common.en,
  ...search.en,
  ...auth.en,
  ...account.en,
  ...overview.en,
  ...node.en,
  ...kpi.en,
  ...report.en,
  ...dataEntry.en,
  ...admin.en,
  ...statsShared.en,
  ...statsMap.en,
  ...statsArea.en,
  ...statsSeries.en,
  ...statsScatter.en,
  ...plans.en,
  ...planFields.en,
  ...investmentMap.en,
  ...calculators.en,
  ...rules.en,
  ...grants.en,
  ...grantReview.en,
  ...grantsVerification.en,
  ...strategyVerification.en,
  ...strategyDocuments.en,
  ...goodPractices.en,
  ...strategyComparison.en,
};

export const dictionaries: Record<Lang, Dictionary> = { ja, en };
