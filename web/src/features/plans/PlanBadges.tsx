import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { PlanHeader } from './api.ts';

/** 「サンプル」 and 「撤退基準に該当」 as words (never colour alone). */
export function PlanBadges({ plan }: { plan: Pick<PlanHeader, 'sample' | 'withdrawal_flag'> }) {
  const { t } = useI18n();
  return (
    <>
      {plan.sample ? <span className="plan-badge plan-badge-sample">{t('plans.sample')}</span> : null}
      {plan.withdrawal_flag ? <span className="plan-badge plan-badge-warn">{t('plans.withdrawalFlag')}</span> : null}
    </>
  );
}
