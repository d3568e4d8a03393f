/** Public entry of the calculators: 企業版ふるさと納税 (credits, what-if) and the プロ人材 side-job subsidy. */
export {
  calculateKigyoFurusato,
  type KfnCredits,
  type KfnEligibilityAnswers,
  type KigyoFurusatoInput,
  type KigyoFurusatoResult,
} from './domain/kigyo-furusato.ts';
export { whatIfKigyoFurusato, type CapStart, type WhatIfInput, type WhatIfResult, type WhatIfRow } from './domain/what-if.ts';
export { calculateProJinzai, PRO_COST_ITEM_LABELS, type ProJinzaiInput, type ProJinzaiResult } from './domain/pro-jinzai.ts';
